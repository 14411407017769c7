package eu.os2.platform.api.payment;

import java.time.Instant;

/**
 * One recorded payment standing.
 *
 * @param organisationId the member
 * @param standing the standing
 * @param note why (e.g. which invoice, when the reminder went out)
 * @param recordedBy the user who recorded it
 * @param recordedAt when
 * @since 0.1.0
 */
public record StandingRecord(
        long organisationId, PaymentStanding standing, String note, String recordedBy, Instant recordedAt) {}
