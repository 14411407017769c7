package eu.os2.platform.initiatives.internal;

import java.sql.Connection;
import java.util.UUID;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** A fresh database with the plugin's real changelog applied, as PlatformStorage applies it in the platform. */
final class TestDatabase {

    /** Set to a PostgreSQL JDBC URL to run the PostgreSQL variants of the storage tests. */
    static final String POSTGRES_URL = "OS2_TEST_POSTGRES_URL";

    private TestDatabase() {}

    static DataSource h2() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return migrated(dataSource);
    }

    static DataSource postgres() throws Exception {
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
            new Liquibase(InitiativeServiceImpl.CHANGELOG, new ClassLoaderResourceAccessor(), database).update("");
        }
        return dataSource;
    }
}
