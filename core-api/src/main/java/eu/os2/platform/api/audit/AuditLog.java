package eu.os2.platform.api.audit;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only audit log. Every change made by a person is appended with who, when, what and
 * the object before and after. Entries are hash-chained: changing or removing a stored entry
 * breaks {@link #verify()}.
 *
 * <p>An append made inside {@link eu.os2.platform.api.storage.Transactions#run(javax.sql.DataSource,
 * java.util.function.Supplier)} on the platform's DataSource is part of that transaction: the
 * change and its entry commit together or not at all. Stores write the change, then append, then
 * return, so that the log's place is held only for the end of the transaction.
 *
 * @since 0.1.0
 */
@ProviderType
public interface AuditLog {

    /**
     * Appends an entry. Safe to call from several threads and several platform nodes sharing one
     * database: entries get consecutive sequence numbers.
     *
     * @param actor username of the person, or {@code "system"}
     * @param action e.g. {@code "member.update"}
     * @param entityType e.g. {@code "organisation"}
     * @param entityId the object's id
     * @param before JSON before the change, or {@code null}
     * @param after JSON after the change, or {@code null}
     * @return the stored entry
     */
    AuditEntry append(String actor, String action, String entityType, String entityId, String before, String after);

    /**
     * Appends an entry whose snapshots the platform writes as JSON: records, maps, lists, numbers
     * and text as JSON values, dates and instants as ISO-8601 strings. The same guarantees as
     * {@link #append(String, String, String, String, String, String)}.
     *
     * @param before the object before the change, or {@code null}
     * @param after the object after the change, or {@code null}
     * @return the stored entry
     * @throws IllegalArgumentException if an object cannot be written as JSON
     */
    AuditEntry appendChange(
            String actor, String action, String entityType, String entityId, Object before, Object after);

    /** @return the newest entries first, at most {@code limit}, optionally for one object */
    List<AuditEntry> recent(String entityType, String entityId, int limit);

    /** @return the result of re-computing the whole chain */
    AuditVerification verify();
}
