package eu.os2.platform.core.internal.storage;

import eu.os2.platform.api.storage.DatabaseKind;
import eu.os2.platform.api.storage.StorageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Properties;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each partner plugin's own database login and schema, kept in {@code core_plugin_account} so that
 * every node sharing the database logs in as the same login. Created on a plugin's first use when
 * the platform's database user may create logins; otherwise written as a script for an
 * administrator, and looked for again at the plugin's next start.
 */
final class PartnerAccounts {

    /** Opens a connection with the database's driver. */
    @FunctionalInterface
    interface Connector {
        Connection connect(String url, Properties properties) throws SQLException;
    }

    /** A plugin's account as the platform keeps it. */
    record Account(String pluginId, String role, String schema, String password, String status) {
        static final String READY = "READY";
        static final String SCRIPT = "SCRIPT";
    }

    private static final Logger LOG = LoggerFactory.getLogger(PartnerAccounts.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long MAX_WAIT_MILLIS = 10_000;

    private final DataSource platform;
    private final DatabaseKind kind;
    private final Connector connector;
    private final Path scripts;
    private final IntSupplier maxConnections;
    private final String platformUrl;

    /**
     * @param platform the platform's own DataSource (not a joining one: the account is set up in a
     *     transaction of its own)
     * @param connector opens connections as the plugin's login
     * @param scripts where scripts for the administrator are written, e.g. {@code data/os2-plugins}
     * @param maxConnections the most connections one plugin's pool opens
     */
    PartnerAccounts(
            DataSource platform, DatabaseKind kind, Connector connector, Path scripts, IntSupplier maxConnections) {
        this.platform = platform;
        this.kind = kind;
        this.connector = connector;
        this.scripts = scripts;
        this.maxConnections = maxConnections;
        try (Connection connection = platform.getConnection()) {
            this.platformUrl = connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new StorageException("cannot read the platform database's address", e);
        }
    }

    /** @return where the script for the plugin's administrator is written */
    Path scriptFile(String pluginId) {
        return scripts.resolve(pluginId + "-database.sql");
    }

    /**
     * @param pluginId the plugin id the bundle declares
     * @param owner the bundle's symbolic name: the first bundle to open a plugin id owns it
     * @return the plugin's storage, connected as its own login in its own schema
     * @throws StorageException when another bundle owns the plugin id, when the login is not there
     *     yet (the message names the script to run), or when it cannot be created or used
     */
    PartnerStorage open(String pluginId, String owner) {
        long started = System.nanoTime();
        Account account = account(pluginId, owner);
        if (Account.SCRIPT.equals(account.status())) {
            Path script = writeScript(account);
            throw new StorageException(
                    "Plugin " + pluginId + " needs its own database login, and the platform's database user may not"
                            + " create logins. An administrator runs " + script
                            + " (as a superuser or a user with CREATEROLE), then starts the plugin again.",
                    null);
        }
        PartnerPool pool = pool(account);
        try (Connection first = pool.getConnection()) {
            String schema = first.getSchema();
            if (schema == null || !schema.equalsIgnoreCase(account.schema())) {
                throw new SQLException("the login " + account.role() + " does not work in schema " + account.schema()
                        + " (it sees " + schema + ")");
            }
        } catch (SQLException e) {
            pool.close();
            throw new StorageException(
                    "Plugin " + pluginId + " cannot use its database login " + account.role() + ": " + e.getMessage(),
                    e);
        }
        LOG.info(
                "Plugin {} works in schema {} as {} ({} ms)",
                pluginId,
                account.schema(),
                account.role(),
                (System.nanoTime() - started) / 1_000_000);
        return new PartnerStorage(pluginId, kind, pool);
    }

    private PartnerPool pool(Account account) {
        String url = PartnerSql.url(kind, platformUrl, account.schema());
        Properties properties = new Properties();
        properties.setProperty("user", PartnerSql.login(kind, account.role()));
        properties.setProperty("password", account.password());
        return new PartnerPool(
                "plugin " + account.pluginId(),
                () -> connector.connect(url, properties),
                Math.max(1, maxConnections.getAsInt()),
                MAX_WAIT_MILLIS);
    }

    /** Reads the plugin's account and creates what is missing, one node at a time. */
    private synchronized Account account(String pluginId, String owner) {
        try (Connection connection = platform.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Account account = account(connection, pluginId);
                claim(connection, pluginId, owner);
                connection.commit();
                return account;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException(
                    "cannot set up the database login of plugin " + pluginId + ": " + e.getMessage(), e);
        }
    }

    private Account account(Connection connection, String pluginId) throws SQLException {
        if (kind == DatabaseKind.POSTGRESQL) {
            // nodes sharing the database set up one plugin's login one after the other
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT pg_advisory_xact_lock(hashtext('os2_plugin_account'), hashtext(?))")) {
                lock.setString(1, pluginId);
                lock.execute();
            }
        }
        Account account = read(connection, pluginId);
        if (account != null && Account.READY.equals(account.status())) {
            return account;
        }
        if (account != null && works(account)) {
            // an administrator ran the script
            update(connection, pluginId, Account.READY);
            LOG.info("Plugin {}: its database login {} exists now", pluginId, account.role());
            return new Account(pluginId, account.role(), account.schema(), account.password(), Account.READY);
        }
        boolean mayCreate = mayCreateRoles(connection);
        if (account == null) {
            account = new Account(
                    pluginId,
                    PartnerSql.roleName(pluginId),
                    PartnerSql.schemaName(pluginId),
                    newPassword(),
                    mayCreate ? Account.READY : Account.SCRIPT);
            insert(connection, account);
        }
        if (!mayCreate) {
            return account;
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : PartnerSql.create(
                    kind,
                    account.role(),
                    account.schema(),
                    account.password(),
                    database(connection),
                    connection.getSchema())) {
                statement.execute(sql);
            }
        }
        if (Account.SCRIPT.equals(account.status())) {
            update(connection, pluginId, Account.READY);
        }
        LOG.info("Plugin {}: created database login {} and schema {}", pluginId, account.role(), account.schema());
        return new Account(pluginId, account.role(), account.schema(), account.password(), Account.READY);
    }

    private boolean works(Account account) {
        PartnerPool probe = pool(account);
        try (Connection connection = probe.getConnection()) {
            return account.schema().equalsIgnoreCase(connection.getSchema());
        } catch (SQLException e) {
            return false;
        } finally {
            probe.close();
        }
    }

    private boolean mayCreateRoles(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(PartnerSql.mayCreateRoles(kind))) {
            return rows.next() && rows.getBoolean(1);
        }
    }

    private String database(Connection connection) throws SQLException {
        if (kind != DatabaseKind.POSTGRESQL) {
            return connection.getCatalog();
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT current_database()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Binds the plugin id to the first bundle that opens it; refuses any other bundle. */
    private static void claim(Connection connection, String pluginId, String owner) throws SQLException {
        String current;
        try (PreparedStatement select =
                connection.prepareStatement("SELECT owner FROM core_plugin_account WHERE plugin_id = ?")) {
            select.setString(1, pluginId);
            try (ResultSet rows = select.executeQuery()) {
                current = rows.next() ? rows.getString(1) : null;
            }
        }
        if (current == null) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE core_plugin_account SET owner = ? WHERE plugin_id = ? AND owner IS NULL")) {
                update.setString(1, owner);
                update.setString(2, pluginId);
                update.executeUpdate();
            }
        } else if (!current.equals(owner)) {
            throw new StorageException(
                    "Plugin id " + pluginId + " belongs to bundle " + current + "; bundle " + owner
                            + " declares the same id and gets no database storage",
                    null);
        }
    }

    private static Account read(Connection connection, String pluginId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT role_name, schema_name, password, status FROM core_plugin_account WHERE plugin_id = ?")) {
            select.setString(1, pluginId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next()
                        ? new Account(
                                pluginId, rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4))
                        : null;
            }
        }
    }

    private static void insert(Connection connection, Account account) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO core_plugin_account (plugin_id, role_name, schema_name, password, status, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, account.pluginId());
            insert.setString(2, account.role());
            insert.setString(3, account.schema());
            insert.setString(4, account.password());
            insert.setString(5, account.status());
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    private static void update(Connection connection, String pluginId, String status) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE core_plugin_account SET status = ? WHERE plugin_id = ?")) {
            update.setString(1, status);
            update.setString(2, pluginId);
            update.executeUpdate();
        }
    }

    private Path writeScript(Account account) {
        Path file = scriptFile(account.pluginId());
        try (Connection connection = platform.getConnection()) {
            String script = PartnerSql.script(
                    kind,
                    account.pluginId(),
                    account.role(),
                    account.schema(),
                    account.password(),
                    database(connection),
                    connection.getSchema());
            Files.createDirectories(scripts);
            if (!Files.exists(file)
                    && scripts.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // the script holds the login's password: readable by the platform's operating system user only
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, script, StandardCharsets.UTF_8);
            LOG.warn("Plugin {} waits for its database login: run {}", account.pluginId(), file);
            return file;
        } catch (SQLException | IOException e) {
            throw new StorageException(
                    "Plugin " + account.pluginId() + " needs its own database login, and the script for it cannot be"
                            + " written to " + file + ": " + e.getMessage(),
                    e);
        }
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        // letters, digits, '-' and '_': safe inside a quoted SQL literal
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
