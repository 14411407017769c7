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
import org.postgresql.ds.PGSimpleDataSource;

/** A fresh in-memory H2 database with core's real changelog applied. */
public final class TestDatabase {

    private TestDatabase() {}

    /** The environment variable that points the PostgreSQL variants of the storage tests at a server. */
    public static final String POSTGRES_URL = "OS2_TEST_POSTGRES_URL";

    /** @return a fresh H2 database */
    public static DataSource create() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return migrated(dataSource);
    }

    /**
     * @return a fresh schema in the PostgreSQL database named by {@value #POSTGRES_URL}
     *     (e.g. {@code jdbc:postgresql://127.0.0.1:5432/os2test?user=os2&password=os2})
     */
    public static DataSource postgres() throws Exception {
        String url = System.getenv(POSTGRES_URL);
        String schema = "t" + UUID.randomUUID().toString().replace("-", "");
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url);
        try (Connection connection = admin.getConnection(); var statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setCurrentSchema(schema);
        return migrated(dataSource);
    }

    private static DataSource migrated(DataSource dataSource) throws Exception {
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
