package eu.os2.platform.core.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.storage.DatabaseKind;
import eu.os2.platform.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The partner storage on embedded H2, the default database: H2 users with rights on their own schema. */
class PartnerStorageH2Test extends PartnerStorageContract {

    private String url;

    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }

    @Override
    DataSource platform() throws Exception {
        DataSource dataSource = TestDatabases.h2(CoreSchema.CHANGELOG);
        // without the settings: a login that is not an administrator may not change them
        String full = ((JdbcDataSource) dataSource).getURL();
        url = full.substring(0, full.indexOf(';'));
        return dataSource;
    }

    @Override
    DataSource platformWithoutRoleRights() throws Exception {
        try (Connection connection = platform.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE USER LIMITED_PLATFORM PASSWORD 'limited'");
            statement.execute("CREATE SCHEMA LIMITED AUTHORIZATION LIMITED_PLATFORM");
        }
        JdbcDataSource limited = new JdbcDataSource();
        limited.setURL(url + ";SCHEMA=LIMITED");
        limited.setUser("LIMITED_PLATFORM");
        limited.setPassword("limited");
        return TestDatabases.migrate(limited, CoreSchema.CHANGELOG);
    }

    @Override
    void runAsAdministrator(Path script) throws Exception {
        try (Connection connection = platform.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + script + "'");
        }
    }

    @Override
    PartnerAccounts.Connector connector() {
        return (address, properties) -> new org.h2.Driver().connect(address, properties);
    }

    @Override
    String platformSchema() {
        return "public";
    }

    @Override
    void dropAccounts(String... pluginIds) {
        // the in-memory database goes away with the test
    }

    @Override
    String denied() {
        return "Not enough rights";
    }

    /**
     * What H2 does not hide, as the admin guide says: INFORMATION_SCHEMA lists every table's and
     * column's name, though no row of them can be read.
     */
    @Test
    void h2ShowsOtherSchemasTableNamesButNoneOfTheirRows() throws Exception {
        PartnerStorage storage = open(accounts(platform), meetings);
        List<String> tables = new ArrayList<>();
        try (Connection connection = storage.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        assertThat(tables).contains("CORE_USER");
        try (Connection connection = storage.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT count(*) FROM PUBLIC.CORE_USER"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining(denied());
            // nor through the administrator's commands: a dump, a file read, a link to the database
            for (String sql : List.of(
                    "SCRIPT",
                    "SELECT * FROM CSVREAD('" + scripts.resolve("any.csv") + "')",
                    "SELECT * FROM LINK_SCHEMA('L', '', '" + url + "', '', '', 'PUBLIC')")) {
                assertThatThrownBy(() -> statement.execute(sql), sql)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("Admin rights are required");
            }
        }
    }
}
