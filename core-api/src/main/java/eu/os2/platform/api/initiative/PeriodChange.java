package eu.os2.platform.api.initiative;

import java.time.LocalDate;

/**
 * The fields of a strategy period someone creates or edits.
 *
 * @param name 1–200 characters
 * @param from first day
 * @param to last day, after {@code from}
 * @param approvedBy the approving assembly, 1–200 characters
 * @param approvedOn the day of approval, not after {@code from}
 * @since 0.1.0
 */
public record PeriodChange(String name, LocalDate from, LocalDate to, String approvedBy, LocalDate approvedOn) {}
