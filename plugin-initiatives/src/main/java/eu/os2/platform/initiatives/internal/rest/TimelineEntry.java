package eu.os2.platform.initiatives.internal.rest;

import eu.os2.platform.api.initiative.ProgressUpdate;
import eu.os2.platform.api.ref.PlatformRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A progress update as {@code GET /initiatives/{id}/updates} answers it: the update and the display
 * name of its author.
 *
 * @param id platform id
 * @param initiativeId the initiative
 * @param date the day the update is about
 * @param text what happened
 * @param author the login name of the person who posted it
 * @param authorName the person's display name; the login name when the account is gone
 * @param statusFrom the status before, when the update changed it; else {@code null}
 * @param statusTo the status after, when the update changed it; else {@code null}
 * @param links references to other platform objects or web pages
 * @param recordedAt when it was posted
 */
public record TimelineEntry(
        long id,
        long initiativeId,
        LocalDate date,
        String text,
        String author,
        String authorName,
        String statusFrom,
        String statusTo,
        List<PlatformRef> links,
        Instant recordedAt) {

    static TimelineEntry of(ProgressUpdate u, String authorName) {
        return new TimelineEntry(
                u.id(),
                u.initiativeId(),
                u.date(),
                u.text(),
                u.author(),
                authorName,
                u.statusFrom(),
                u.statusTo(),
                u.links(),
                u.recordedAt());
    }
}
