package eu.os2.platform.core.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.os2.platform.api.storage.DatabaseKind;
import eu.os2.platform.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The partner storage on PostgreSQL: a login and a schema of its own per plugin. The test
 * database's user needs CREATEROLE, as {@code test.sh} gives it.
 */
@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_URL, matches = ".+")
class PartnerStoragePostgresTest extends PartnerStorageContract {

    private String schema;
    private final String limitedRole = "os2_" + run + "_platform";
    private final String limitedSchema = run + "_limited";

    private static PGSimpleDataSource admin() {
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(System.getenv(TestDatabases.POSTGRES_URL));
        return admin;
    }

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }

    @Override
    DataSource platform() throws Exception {
        try (Connection connection = admin().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")) {
            rows.next();
            assumeTrue(rows.getBoolean(1), "the test database's user needs CREATEROLE (test.sh grants it)");
        }
        DataSource dataSource = TestDatabases.postgres(CoreSchema.CHANGELOG);
        try (Connection connection = dataSource.getConnection()) {
            schema = connection.getSchema();
        }
        return dataSource;
    }

    @Override
    DataSource platformWithoutRoleRights() throws Exception {
        try (Connection connection = admin().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + limitedRole + " LOGIN PASSWORD 'limited' NOCREATEROLE");
            statement.execute("GRANT " + limitedRole + " TO CURRENT_USER");
            statement.execute("CREATE SCHEMA " + limitedSchema + " AUTHORIZATION " + limitedRole);
        }
        PGSimpleDataSource limited = admin();
        limited.setUser(limitedRole);
        limited.setPassword("limited");
        limited.setCurrentSchema(limitedSchema);
        return TestDatabases.migrate(limited, CoreSchema.CHANGELOG);
    }

    @Override
    void runAsAdministrator(Path script) throws Exception {
        try (Connection connection = admin().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(Files.readString(script));
        }
    }

    @Override
    PartnerAccounts.Connector connector() {
        return (address, properties) -> new org.postgresql.Driver().connect(address, properties);
    }

    @Override
    String platformSchema() {
        return schema;
    }

    @Override
    void dropAccounts(String... pluginIds) throws Exception {
        try (Connection connection = admin().getConnection();
                Statement statement = connection.createStatement()) {
            for (String pluginId : pluginIds) {
                String role = PartnerSql.roleName(pluginId);
                statement.execute("DROP SCHEMA IF EXISTS " + PartnerSql.schemaName(pluginId) + " CASCADE");
                if (exists(statement, role)) {
                    statement.execute("DROP OWNED BY " + role);
                    statement.execute("DROP ROLE " + role);
                }
            }
            statement.execute("DROP SCHEMA IF EXISTS " + limitedSchema + " CASCADE");
            if (exists(statement, limitedRole)) {
                statement.execute("DROP OWNED BY " + limitedRole);
                statement.execute("DROP ROLE " + limitedRole);
            }
            if (schema != null) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            try (ResultSet rows =
                    statement.executeQuery("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'os2%" + run + "%'")) {
                rows.next();
                assertThat(rows.getInt(1)).as("logins left behind").isZero();
            }
        }
    }

    private static boolean exists(Statement statement, String role) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
            return rows.next();
        }
    }

    @Override
    String denied() {
        return "permission denied";
    }

    /**
     * What PostgreSQL hides and what it cannot, as the admin guide says: information_schema lists no
     * table of the platform or of another plugin; pg_catalog (pg_class) names every table.
     */
    @Test
    void informationSchemaShowsOnlyThePluginsOwnTables() throws Exception {
        PartnerAccounts accounts = accounts(platform);
        open(accounts, other);
        PartnerStorage storage = open(accounts, meetings);
        try (Connection connection = storage.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE meetings_visible (id INT)");
            assertThat(column(
                            statement,
                            "SELECT table_schema || '.' || table_name FROM information_schema.tables"
                                    + " WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"))
                    .containsExactly(PartnerSql.schemaName(meetings) + ".meetings_visible");
            assertThat(column(
                            statement,
                            "SELECT table_name FROM information_schema.columns"
                                    + " WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"))
                    .containsOnly("meetings_visible");
            assertThat(column(statement, "SELECT schema_name FROM information_schema.schemata"))
                    .doesNotContain(schema, PartnerSql.schemaName(other), "public");
            // what PostgreSQL cannot hide: the catalogue names every table
            assertThat(column(statement, "SELECT relname FROM pg_class WHERE relname = 'core_user'"))
                    .isNotEmpty();
        }
    }

    private static List<String> column(Statement statement, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    @Test
    void settingUpAPluginsLoginAndSchemaIsQuick() {
        long started = System.nanoTime();
        open(accounts(platform), meetings);
        long firstMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        open(accounts(platform), meetings);
        long againMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("partner schema set up in %d ms; opened again in %d ms%n", firstMillis, againMillis);
        assertThat(firstMillis).isLessThan(5_000);
    }
}
