package eu.os2.platform.api.initiative;

import eu.os2.platform.api.ref.PlatformRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A dated progress update on an initiative: the timeline the strategy page shows.
 *
 * @param id platform id
 * @param initiativeId the initiative
 * @param date the day the update is about
 * @param text what happened
 * @param author the username of the person who posted it
 * @param statusFrom the status before, when the update changed it; else {@code null}
 * @param statusTo the status after, when the update changed it; else {@code null}
 * @param links references to other platform objects or web pages
 * @param recordedAt when it was posted
 * @since 0.1.0
 */
public record ProgressUpdate(
        long id,
        long initiativeId,
        LocalDate date,
        String text,
        String author,
        String statusFrom,
        String statusTo,
        List<PlatformRef> links,
        Instant recordedAt) {

    public ProgressUpdate {
        links = List.copyOf(links);
    }
}
