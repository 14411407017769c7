package eu.os2.platform.core.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.storage.DatabaseKind;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.api.storage.Transactions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a partner plugin's storage promises on every database: its own schema and login, its
 * changelog applied there, no reading of the platform's or another plugin's tables, the same login
 * on a second node, and a script for the administrator where the platform may not create logins.
 */
abstract class PartnerStorageContract {

    static final String CHANGELOG = """
            databaseChangeLog:
              - changeSet:
                  id: meetings-1
                  author: partner
                  changes:
                    - createTable:
                        tableName: meetings_meeting
                        columns:
                          - column: { name: id, type: BIGINT, constraints: { primaryKey: true } }
                          - column: { name: place, type: VARCHAR(200) }
            """;

    @TempDir
    Path scripts;

    @TempDir
    Path bundle;

    /** Plugin ids unique to this run: logins are shared by every database of a PostgreSQL server. */
    final String run =
            "t" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

    final String meetings = run + "-meetings";
    final String other = run + "-other";
    final List<PartnerStorage> opened = new ArrayList<>();
    DataSource platform;

    abstract DatabaseKind kind();

    /** @return a fresh platform database with core's changelog applied, as a user who may create logins */
    abstract DataSource platform() throws Exception;

    /** @return the platform's DataSource as a user who may not create logins, with core's changelog applied */
    abstract DataSource platformWithoutRoleRights() throws Exception;

    /** Runs the script as the database's administrator would. */
    abstract void runAsAdministrator(Path script) throws Exception;

    abstract PartnerAccounts.Connector connector();

    /** @return the schema the platform's own tables live in */
    abstract String platformSchema() throws Exception;

    /** Removes the logins and schemas of the plugin ids. */
    abstract void dropAccounts(String... pluginIds) throws Exception;

    /** @return the words of the database's "permission denied" */
    abstract String denied();

    @BeforeEach
    void setUp() throws Exception {
        platform = platform();
    }

    @AfterEach
    void cleanUp() throws Exception {
        opened.forEach(PartnerStorage::close);
        dropAccounts(meetings, other);
    }

    PartnerAccounts accounts(DataSource platformDataSource) {
        return new PartnerAccounts(platformDataSource, kind(), connector(), scripts, () -> 4);
    }

    PartnerStorage open(PartnerAccounts accounts, String pluginId) {
        PartnerStorage storage = accounts.open(pluginId, owner(pluginId));
        opened.add(storage);
        return storage;
    }

    /** @return the symbolic name of the bundle that declares the plugin id in these tests */
    static String owner(String pluginId) {
        return "eu.example." + pluginId;
    }

    @Test
    void aPluginIdBelongsToTheFirstBundleThatOpensIt() {
        open(accounts(platform), meetings);

        assertThatThrownBy(() -> accounts(platform).open(meetings, "eu.example.impostor"))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("belongs to bundle " + owner(meetings));
        // the owner itself, on another node too, still opens it
        open(accounts(platform), meetings);
    }

    String schemaOf(String table) throws SQLException {
        try (Connection connection = platform.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT table_schema FROM information_schema.tables WHERE lower(table_name) = ?")) {
            select.setString(1, table);
            try (ResultSet rows = select.executeQuery()) {
                List<String> schemas = new ArrayList<>();
                while (rows.next()) {
                    schemas.add(rows.getString(1).toLowerCase(Locale.ROOT));
                }
                return String.join(",", schemas);
            }
        }
    }

    @Test
    void aPartnerCreatesAndUsesTablesInItsOwnSchema() throws Exception {
        PartnerStorage storage = open(accounts(platform), meetings);
        DataSource dataSource = storage.dataSource();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE meetings_room (id INT PRIMARY KEY, name VARCHAR(50))");
        }
        // the helpers of core-api work on the plugin's DataSource, transactions included
        JdbcQueries queries = new JdbcQueries(dataSource, "meetings");
        Transactions.run(dataSource, () -> {
            insertRoom(queries, 1, "Byrådssalen");
            insertRoom(queries, 2, "Mødelokale 2");
        });
        assertThatThrownBy(() -> Transactions.run(dataSource, () -> {
                    insertRoom(queries, 3, "undone");
                    throw new IllegalStateException("undo");
                }))
                .hasMessage("undo");
        int rooms = queries.query("SELECT count(*) FROM meetings_room", ps -> {}, rows -> {
            rows.next();
            return rows.getInt(1);
        });
        assertThat(rooms).isEqualTo(2);

        assertThat(schemaOf("meetings_room")).isEqualTo(PartnerSql.schemaName(meetings));
    }

    private static void insertRoom(JdbcQueries queries, int id, String name) {
        try {
            queries.transaction(connection -> {
                try (PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO meetings_room (id, name) VALUES (?, ?)")) {
                    insert.setInt(1, id);
                    insert.setString(2, name);
                    insert.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StorageException(e.getMessage(), e);
        }
    }

    @Test
    void migrateAppliesTheChangelogInThePluginsSchemaWithItsOwnBookkeeping() throws Exception {
        Path changelog = bundle.resolve("db/meetings/changelog.yaml");
        Files.createDirectories(changelog.getParent());
        Files.writeString(changelog, CHANGELOG);
        PartnerStorage storage = open(accounts(platform), meetings);

        storage.migrate(new DirectoryResourceAccessor(bundle), "db/meetings/changelog.yaml");
        storage.migrate(new DirectoryResourceAccessor(bundle), "db/meetings/changelog.yaml");

        String schema = PartnerSql.schemaName(meetings);
        assertThat(schemaOf("meetings_meeting")).isEqualTo(schema);
        assertThat(schemaOf("databasechangelog")).contains(schema, platformSchema());
        try (Connection connection = storage.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM databasechangelog")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("meetings-1");
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void aPartnerCannotReadThePlatformsOrAnotherPluginsTables() throws Exception {
        PartnerAccounts accounts = accounts(platform);
        PartnerStorage theirs = open(accounts, other);
        try (Connection connection = theirs.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE other_secret (id INT)");
        }
        PartnerStorage mine = open(accounts, meetings);
        String platformSchema = platformSchema();
        List<String> forbidden = List.of(
                "SELECT * FROM " + platformSchema + ".core_user",
                "SELECT * FROM " + platformSchema + ".core_plugin_account",
                "SELECT * FROM " + platformSchema + ".databasechangelog",
                "SELECT * FROM " + PartnerSql.schemaName(other) + ".other_secret",
                "CREATE TABLE " + platformSchema + ".meetings_intruder (id INT)",
                "CREATE TABLE " + PartnerSql.schemaName(other) + ".meetings_intruder (id INT)");
        try (Connection connection = mine.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : forbidden) {
                assertThatThrownBy(() -> statement.execute(sql), sql)
                        .isInstanceOf(SQLException.class)
                        .message()
                        .containsIgnoringCase(denied());
            }
        }
    }

    @Test
    void aSecondNodeUsesTheSameLoginAndSeesTheSameTables() throws Exception {
        PartnerStorage first = open(accounts(platform), meetings);
        try (Connection connection = first.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE meetings_note (id INT)");
            statement.execute("INSERT INTO meetings_note VALUES (7)");
        }
        PartnerStorage second = open(accounts(platform), meetings);
        try (Connection connection = second.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM meetings_note")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(7);
        }
        try (Connection connection = platform.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT role_name, status FROM core_plugin_account WHERE plugin_id = '" + meetings + "'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(PartnerSql.roleName(meetings));
            assertThat(rows.getString(2)).isEqualTo("READY");
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void closingTheStorageClosesEveryConnectionOfThePlugin() throws Exception {
        PartnerStorage storage = open(accounts(platform), meetings);
        Connection held = storage.dataSource().getConnection();
        try (Connection other = storage.dataSource().getConnection()) {
            assertThat(other.isValid(1)).isTrue();
        }
        assertThat(storage.pool().openConnections()).isEqualTo(2);
        assertThat(storage.pool().maxConnections()).isEqualTo(4);

        storage.close();

        assertThat(storage.pool().openConnections()).isZero();
        assertThatThrownBy(() -> held.createStatement()).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> storage.dataSource().getConnection())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void withoutTheRightToCreateLoginsTheAdministratorGetsAScriptAndThePluginWaitsForIt() throws Exception {
        DataSource limited = platformWithoutRoleRights();
        PartnerAccounts accounts = accounts(limited);
        Path script = scripts.resolve(meetings + "-database.sql");

        assertThatThrownBy(() -> accounts.open(meetings, owner(meetings)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("run")
                .hasMessageContaining(script.toString());
        assertThat(script).exists();
        String text = Files.readString(script);
        assertThat(text.toLowerCase(Locale.ROOT))
                .contains("create " + (kind() == DatabaseKind.POSTGRESQL ? "role " : "user if not exists "))
                .contains(PartnerSql.roleName(meetings))
                .contains("create schema");
        // the next start, still without the login, refuses the same way and keeps the password
        assertThatThrownBy(() -> accounts.open(meetings, owner(meetings))).hasMessageContaining(script.toString());
        assertThat(Files.readString(script)).isEqualTo(text);

        runAsAdministrator(script);

        PartnerStorage storage = open(accounts(limited), meetings);
        try (Connection connection = storage.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE meetings_after_script (id INT)");
        }
        assertThat(schemaOf("meetings_after_script")).isEqualTo(PartnerSql.schemaName(meetings));
    }
}
