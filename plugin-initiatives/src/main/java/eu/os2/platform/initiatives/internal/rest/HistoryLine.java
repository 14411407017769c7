package eu.os2.platform.initiatives.internal.rest;

import eu.os2.platform.api.audit.AuditEntry;
import java.time.Instant;

/**
 * One line of an initiative's change log as {@code GET /initiatives/{id}/history} answers it: the
 * audit entry and the display name of the person who made the change, so the console never shows a
 * login name where it can show a person's name.
 *
 * @param sequence position in the audit chain
 * @param at when the change was made (UTC)
 * @param actor the login name of the person (or {@code "system"})
 * @param actorName the person's display name; the login name when the account is gone
 * @param action what was done, e.g. {@code "initiatives.update.post"} (the console turns it into words)
 * @param entityType the kind of object changed
 * @param entityId the object's id
 * @param before a JSON snapshot before, or {@code null}
 * @param after a JSON snapshot after, or {@code null}
 */
public record HistoryLine(
        long sequence,
        Instant at,
        String actor,
        String actorName,
        String action,
        String entityType,
        String entityId,
        String before,
        String after) {

    static HistoryLine of(AuditEntry e, String actorName) {
        return new HistoryLine(
                e.sequence(),
                e.at(),
                e.actor(),
                actorName,
                e.action(),
                e.entityType(),
                e.entityId(),
                e.before(),
                e.after());
    }
}
