package eu.os2.platform.api.initiative;

import eu.os2.platform.api.ref.PlatformRef;
import java.time.LocalDate;
import java.util.List;

/**
 * A progress update someone posts.
 *
 * @param date the day it is about, not in the future; {@code null} means today
 * @param text 1–4000 characters
 * @param status a new {@link InitiativeStatus} id for the initiative, or {@code null} to keep it
 * @param completionNote when {@code status} is done and a milestone is not: why
 * @param links at most 20
 * @since 0.1.0
 */
public record NewProgressUpdate(
        LocalDate date, String text, String status, String completionNote, List<PlatformRef> links) {

    public NewProgressUpdate {
        links = links == null ? List.of() : List.copyOf(links);
    }
}
