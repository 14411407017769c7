package eu.os2.platform.onboarding.internal.rest;

import eu.os2.platform.onboarding.internal.model.Reminder;
import java.time.LocalDate;

/** A product whose self-assessment for the current round is not handed in; {@code daysLate} negative: days left. */
public record ReminderDto(
        long productId, String product, String coordinator, String round, LocalDate deadline, long daysLate) {

    static ReminderDto of(Reminder r) {
        return new ReminderDto(r.productId(), r.product(), r.coordinator(), r.round(), r.deadline(), r.daysLate());
    }
}
