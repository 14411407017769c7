package eu.os2.platform.testing;

import eu.os2.platform.api.time.PlatformClock;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh databases with real changelogs applied, as {@code PlatformStorage.migrate} applies them in
 * the platform. Write a storage test once as an abstract contract and run it on both:
 * {@link #h2(String...)} always, {@link #postgres(String...)} when {@value #POSTGRES_URL} is set
 * (annotate that variant {@code @EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_URL, matches = ".+")}).
 */
public final class TestDatabases {

    /** The environment variable with a PostgreSQL JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/os2test?user=os2&password=…}. */
    public static final String POSTGRES_URL = "OS2_TEST_POSTGRES_URL";

    private static JdbcConnectionPool lastPool;

    private TestDatabases() {}

    /** @return a fresh in-memory H2 database with the changelogs (class-path resources) applied in order */
    public static DataSource h2(String... changelogs) throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return migrated(dataSource, changelogs);
    }

    /** @return a fresh schema in the PostgreSQL database named by {@value #POSTGRES_URL}, with the changelogs applied */
    public static DataSource postgres(String... changelogs) throws Exception {
        String url = System.getenv(POSTGRES_URL);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(POSTGRES_URL + " is not set");
        }
        String schema = "t" + UUID.randomUUID().toString().replace("-", "");
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url);
        try (Connection connection = admin.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        // pooled, as the platform's own data source is: a test that casts thousands of votes measures the code, not
        // logins
        PGConnectionPoolDataSource pooled = new PGConnectionPoolDataSource();
        pooled.setURL(url);
        pooled.setCurrentSchema(schema);
        JdbcConnectionPool dataSource = JdbcConnectionPool.create(pooled);
        dataSource.setMaxConnections(48);
        synchronized (TestDatabases.class) {
            // tests run one after the other: the previous test's connections go back to the server
            if (lastPool != null) {
                lastPool.dispose();
            }
            lastPool = dataSource;
        }
        return migrated(dataSource, changelogs);
    }

    /** @return a platform clock fixed at the instant, in Copenhagen */
    public static PlatformClock clockAt(String instant) {
        Clock fixed = Clock.fixed(Instant.parse(instant), PlatformClock.ZONE);
        return () -> fixed;
    }

    /** @return the data source, with the changelogs (class-path resources) applied in order, e.g. to a file database for a benchmark */
    public static DataSource migrate(DataSource dataSource, String... changelogs) throws Exception {
        return migrated(dataSource, changelogs);
    }

    private static DataSource migrated(DataSource dataSource, String... changelogs) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            var database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            for (String changelog : changelogs) {
                new Liquibase(changelog, new ClassLoaderResourceAccessor(), database).update("");
            }
        }
        return dataSource;
    }
}
