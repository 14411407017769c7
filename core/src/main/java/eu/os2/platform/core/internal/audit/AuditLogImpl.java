package eu.os2.platform.core.internal.audit;

import eu.os2.platform.api.audit.AuditEntry;
import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.audit.AuditVerification;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.api.storage.Transactions;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.core.internal.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The audit log in table {@code core_audit}. An append joins the transaction of the change it
 * records ({@link eu.os2.platform.api.storage.Transactions}) and holds the row of
 * {@code core_audit_lock} until that transaction ends, so the chain grows one entry at a time
 * across every node; the primary key on the sequence number would refuse a fork anyway.
 */
@Component(service = AuditLog.class)
public class AuditLogImpl implements AuditLog {

    private static final String COLUMNS =
            "sequence, at, actor, action, entity_type, entity_id, before_json, after_json, previous_hash, hash";

    private final DataSource dataSource;
    private final PlatformClock clock;

    @Activate
    public AuditLogImpl(@Reference PlatformStorage storage, @Reference PlatformClock clock) {
        this(storage.dataSource(), clock);
    }

    // not public: Declarative Services would try it too, as a second two-argument constructor, and log an error
    private AuditLogImpl(DataSource dataSource, PlatformClock clock) {
        this.dataSource = Transactions.joining(dataSource);
        this.clock = clock;
    }

    /** For tests: an audit log over a DataSource whose schema is already in place. */
    public static AuditLogImpl over(DataSource dataSource, PlatformClock clock) {
        return new AuditLogImpl(dataSource, clock);
    }

    @Override
    public AuditEntry appendChange(
            String actor, String action, String entityType, String entityId, Object before, Object after) {
        return append(actor, action, entityType, entityId, Json.write(before), Json.write(after));
    }

    @Override
    public AuditEntry append(
            String actor, String action, String entityType, String entityId, String before, String after) {
        // Stored timestamps keep microseconds on both databases; hash what is stored.
        Instant at = clock.now().truncatedTo(ChronoUnit.MICROS);
        // Inside Transactions.run this is the change's own transaction: the entry commits with the
        // change or not at all. The lock row is held until that transaction ends, so appends on every
        // node take the chain's next place one after the other and the chain never forks.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                lock(connection);
                AuditEntry entry =
                        AuditChain.next(head(connection), at, actor, action, entityType, entityId, before, after);
                insert(connection, entry);
                connection.commit();
                return entry;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException("cannot append to the audit log: " + e.getMessage(), e);
        }
    }

    private static void lock(Connection connection) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("UPDATE core_audit_lock SET appended = appended + 1 WHERE id = 1")) {
            if (statement.executeUpdate() != 1) {
                throw new SQLException("the audit log's lock row is missing (changeset core-6-audit-lock)");
            }
        }
    }

    private static AuditEntry head(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM core_audit ORDER BY sequence DESC FETCH FIRST 1 ROWS ONLY");
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? read(rows) : null;
        }
    }

    private static void insert(Connection connection, AuditEntry entry) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO core_audit (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setLong(1, entry.sequence());
            statement.setObject(2, entry.at().atOffset(ZoneOffset.UTC));
            statement.setString(3, entry.actor());
            statement.setString(4, entry.action());
            statement.setString(5, entry.entityType());
            statement.setString(6, entry.entityId());
            statement.setString(7, entry.before());
            statement.setString(8, entry.after());
            statement.setString(9, entry.previousHash());
            statement.setString(10, entry.hash());
            statement.executeUpdate();
        }
    }

    private static AuditEntry read(ResultSet rows) throws SQLException {
        return new AuditEntry(
                rows.getLong("sequence"),
                rows.getObject("at", OffsetDateTime.class).toInstant(),
                rows.getString("actor"),
                rows.getString("action"),
                rows.getString("entity_type"),
                rows.getString("entity_id"),
                rows.getString("before_json"),
                rows.getString("after_json"),
                rows.getString("previous_hash"),
                rows.getString("hash"));
    }

    @Override
    public List<AuditEntry> recent(String entityType, String entityId, int limit) {
        boolean filtered = entityType != null && entityId != null;
        String sql = "SELECT " + COLUMNS + " FROM core_audit"
                + (filtered ? " WHERE entity_type = ? AND entity_id = ?" : "")
                + " ORDER BY sequence DESC FETCH FIRST " + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (filtered) {
                statement.setString(1, entityType);
                statement.setString(2, entityId);
            }
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(read(rows));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new StorageException("cannot read the audit log", e);
        }
    }

    @Override
    public AuditVerification verify() {
        AuditChain.Verifier verifier = AuditChain.verifier();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("SELECT " + COLUMNS + " FROM core_audit ORDER BY sequence")) {
            statement.setFetchSize(500);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    verifier.accept(read(rows));
                }
            }
            return verifier.result();
        } catch (SQLException e) {
            throw new StorageException("cannot read the audit log", e);
        }
    }
}
