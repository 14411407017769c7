package eu.os2.platform.onboarding.internal.model;

import java.time.LocalDate;

/**
 * A product whose self-assessment for the current round is not handed in.
 *
 * @param productId the product
 * @param product its name
 * @param coordinator its coordinator (username), or null
 * @param round the round, e.g. {@code 2026-2}
 * @param deadline the round's deadline
 * @param daysLate days after the deadline (negative: days left)
 */
public record Reminder(
        long productId, String product, String coordinator, String round, LocalDate deadline, long daysLate) {}
