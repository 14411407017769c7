package eu.os2.platform.core.internal.audit;

import eu.os2.platform.api.audit.AuditEntry;
import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.audit.AuditVerification;
import eu.os2.platform.api.storage.DuplicateKeyException;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.storage.StorageException;
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
 * The audit log in table {@code core_audit}. The primary key on the sequence number makes two
 * nodes that append at the same moment collide; the loser re-reads the chain's head and retries,
 * so the chain never forks.
 */
@Component(service = AuditLog.class)
public class AuditLogImpl implements AuditLog {

    private static final int MAX_ATTEMPTS = 20;
    private static final String COLUMNS =
            "sequence, at, actor, action, entity_type, entity_id, before_json, after_json, previous_hash, hash";

    private final DataSource dataSource;
    private final PlatformClock clock;
    private final Object appendLock = new Object();

    @Activate
    public AuditLogImpl(@Reference PlatformStorage storage, @Reference PlatformClock clock) {
        this(storage.dataSource(), clock);
    }

    // not public: Declarative Services would try it too, as a second two-argument constructor, and log an error
    private AuditLogImpl(DataSource dataSource, PlatformClock clock) {
        this.dataSource = dataSource;
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
        // One append at a time on this node; another node sharing the database takes the next
        // sequence number first now and then, and the unique key makes this one try again.
        synchronized (appendLock) {
            for (int attempt = 1; ; attempt++) {
                try (Connection connection = dataSource.getConnection()) {
                    AuditEntry head = head(connection);
                    AuditEntry entry = AuditChain.next(head, at, actor, action, entityType, entityId, before, after);
                    insert(connection, entry);
                    return entry;
                } catch (SQLException e) {
                    if (attempt >= MAX_ATTEMPTS || !isDuplicateKey(e)) {
                        throw new StorageException("cannot append to the audit log", e);
                    }
                    pause(attempt);
                }
            }
        }
    }

    /** A short random pause, longer after each lost race, so that nodes do not collide in step. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 2L + Math.min(attempt, 8) * 5L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while appending to the audit log", e);
        }
    }

    private static boolean isDuplicateKey(SQLException e) {
        // 23505: unique violation on both PostgreSQL and H2
        return DuplicateKeyException.isDuplicateKey(e);
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
