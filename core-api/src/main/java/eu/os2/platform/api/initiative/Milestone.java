package eu.os2.platform.api.initiative;

import java.time.LocalDate;

/**
 * A milestone or key result of an initiative.
 *
 * @param id platform id, stable across edits of the initiative
 * @param title what is to be reached
 * @param due the due date, inside the initiative's period
 * @param weight its share of the initiative's progress, positive
 * @param reportedProgress the progress someone reported, 0–100, or {@code null}
 * @param progress the progress that counts: 100 when the status is done, else the reported
 *     progress, else the status's default
 * @param status an {@link InitiativeStatus} id
 * @since 0.1.0
 */
public record Milestone(
        long id, String title, LocalDate due, int weight, Integer reportedProgress, int progress, String status) {}
