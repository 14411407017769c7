package eu.os2.platform.api.initiative;

import java.time.LocalDate;

/**
 * A milestone as sent with an initiative change.
 *
 * @param id the id of an existing milestone of the same initiative to keep, or {@code null} for a new one
 * @param title 1–300 characters
 * @param due inside the initiative's period
 * @param weight 1–1000
 * @param progress 0–100, or {@code null} to use the status's default
 * @param status an {@link InitiativeStatus} id
 * @since 0.1.0
 */
public record MilestoneChange(Long id, String title, LocalDate due, int weight, Integer progress, String status) {}
