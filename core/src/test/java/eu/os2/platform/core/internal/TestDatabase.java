package eu.os2.platform.core.internal;

import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.core.internal.storage.CoreSchema;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh in-memory H2 database with core's real changelog applied. */
public final class TestDatabase {

    private TestDatabase() {}

    public static DataSource create() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = dataSource.getConnection()) {
            var database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            new Liquibase(CoreSchema.CHANGELOG, new ClassLoaderResourceAccessor(), database).update("");
        }
        return dataSource;
    }

    /** A clock fixed at the given instant. */
    public static PlatformClock clockAt(String instant) {
        Clock fixed = Clock.fixed(Instant.parse(instant), PlatformClock.ZONE);
        return () -> fixed;
    }
}
