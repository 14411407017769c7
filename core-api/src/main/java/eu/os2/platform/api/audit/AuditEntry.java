package eu.os2.platform.api.audit;

import java.time.Instant;

/**
 * One recorded change.
 *
 * @param sequence position in the chain, starting at 1, without gaps
 * @param at when the change was made (UTC)
 * @param actor the username of the person (or {@code "system"})
 * @param action what was done, e.g. {@code "member.update"}
 * @param entityType the kind of object changed, e.g. {@code "organisation"}
 * @param entityId the object's id
 * @param before a JSON snapshot of the object before, or {@code null} on creation
 * @param after a JSON snapshot after, or {@code null} on deletion
 * @param previousHash the hash of entry {@code sequence - 1}, or 64 zeros for the first
 * @param hash SHA-256 (hex) over the previous hash and every field of this entry
 * @since 0.1.0
 */
public record AuditEntry(
        long sequence,
        Instant at,
        String actor,
        String action,
        String entityType,
        String entityId,
        String before,
        String after,
        String previousHash,
        String hash) {}
