package eu.os2.platform.core.internal.backup;

import eu.os2.platform.api.audit.AuditVerification;
import eu.os2.platform.api.backup.Consistency;
import eu.os2.platform.api.storage.StorageException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The backup's SQL: H2's online copy, and a database's {@link Consistency} (the audit chain's
 * verification as given, its head, and the rows of each table).
 */
final class BackupStore {

    private final DataSource dataSource;

    BackupStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes a consistent copy of what is committed into the zip file (H2 only). */
    void copyTo(Path file) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new StorageException("cannot write the backup " + file, e);
        }
    }

    Consistency consistency(AuditVerification audit) {
        try (Connection connection = dataSource.getConnection()) {
            return new Consistency(audit.valid(), audit.entriesChecked(), head(connection), rows(connection));
        } catch (SQLException e) {
            throw new StorageException("cannot read the database's tables", e);
        }
    }

    private static String head(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT hash FROM core_audit ORDER BY sequence DESC FETCH FIRST 1 ROWS ONLY")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /**
     * The tables of the connection's own schema (a partner plugin's schema is its own, and not
     * counted), without {@code core_event}: events handed between nodes, deleted after minutes, are
     * not part of what the platform holds.
     */
    private static Map<String, Long> rows(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                if (!table.equalsIgnoreCase("core_event")) {
                    tables.add(table);
                }
            }
        }
        Map<String, Long> rows = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs =
                        statement.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    rs.next();
                    rows.put(table.toLowerCase(Locale.ROOT), rs.getLong(1));
                }
            }
        }
        return rows;
    }
}
