package eu.os2.platform.core.internal;

import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.core.internal.storage.CoreSchema;
import eu.os2.platform.testing.TestDatabases;
import javax.sql.DataSource;

/** A fresh database with core's real changelog applied. */
public final class TestDatabase {

    private TestDatabase() {}

    /** The environment variable that points the PostgreSQL variants of the storage tests at a server. */
    public static final String POSTGRES_URL = TestDatabases.POSTGRES_URL;

    /** @return a fresh H2 database */
    public static DataSource create() throws Exception {
        return TestDatabases.h2(CoreSchema.CHANGELOG);
    }

    /** @return a fresh schema in the PostgreSQL database named by {@value #POSTGRES_URL} */
    public static DataSource postgres() throws Exception {
        return TestDatabases.postgres(CoreSchema.CHANGELOG);
    }

    /** A clock fixed at the given instant. */
    public static PlatformClock clockAt(String instant) {
        return TestDatabases.clockAt(instant);
    }
}
