package eu.os2.platform.testing;

import eu.os2.platform.api.audit.AuditEntry;
import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.audit.AuditVerification;
import eu.os2.platform.api.storage.Transactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * Keeps what a service appends, for assertions on who changed what. Objects given to
 * {@link #appendChange} are kept as their {@code toString()}; the real log, its JSON and its hash
 * chain are core's and tested there.
 *
 * <p>{@link #inTransactionsOf(DataSource)} makes it refuse an append made outside a transaction of
 * {@link Transactions#run(DataSource, java.util.function.Supplier)} on the service's database: a
 * service test then fails when a change and its audit entry would not commit together.
 */
public final class RecordingAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();
    private final DataSource transactional;
    private volatile Set<String> failing = Set.of();

    /** A log that records every append, wherever it is made. */
    public RecordingAuditLog() {
        this.transactional = null;
    }

    private RecordingAuditLog(DataSource transactional) {
        this.transactional = transactional;
    }

    /** @return a log that accepts appends only inside a transaction on the database, as the platform's does */
    public static RecordingAuditLog inTransactionsOf(DataSource dataSource) {
        return new RecordingAuditLog(dataSource);
    }

    /**
     * Makes the appends of these actions fail, as an audit table that refuses would; none when
     * called without actions.
     *
     * @return this log
     */
    public RecordingAuditLog failOn(String... actions) {
        this.failing = Set.of(actions);
        return this;
    }

    /** @return every entry, oldest first */
    public List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public synchronized AuditEntry append(
            String actor, String action, String entityType, String entityId, String before, String after) {
        if (failing.contains(action)) {
            throw new IllegalStateException("the audit log is down: " + action);
        }
        if (transactional != null && !Transactions.active(transactional)) {
            throw new AssertionError(action + " on " + entityType + " " + entityId
                    + " was audited outside the change's transaction (Transactions.run)");
        }
        AuditEntry entry = new AuditEntry(
                entries.size() + 1, Instant.EPOCH, actor, action, entityType, entityId, before, after, "", "");
        entries.add(entry);
        return entry;
    }

    @Override
    public AuditEntry appendChange(
            String actor, String action, String entityType, String entityId, Object before, Object after) {
        return append(
                actor,
                action,
                entityType,
                entityId,
                before == null ? null : before.toString(),
                after == null ? null : after.toString());
    }

    @Override
    public List<AuditEntry> recent(String entityType, String entityId, int limit) {
        List<AuditEntry> result = new ArrayList<>(entries.stream()
                .filter(e -> e.entityType().equals(entityType)
                        && (entityId == null || e.entityId().equals(entityId)))
                .toList());
        result.sort(Comparator.comparingLong(AuditEntry::sequence).reversed());
        return result.subList(0, Math.min(limit, result.size()));
    }

    @Override
    public AuditVerification verify() {
        throw new UnsupportedOperationException("the hash chain is core's and tested there");
    }
}
