package eu.os2.platform.payments.internal.model;

import java.time.LocalDate;

/**
 * An organisation's subscription to a product.
 *
 * @param id stable identifier
 * @param organisationId the subscriber
 * @param product the product's name as in the tariff
 * @param from the first day; the joining fee is charged in this year
 * @param to the last day, or {@code null} while it runs
 * @param passive a passive member pays the tariff's passive share of the yearly fee
 * @param version optimistic-locking version
 */
public record Subscription(
        long id, long organisationId, String product, LocalDate from, LocalDate to, boolean passive, long version) {

    /** @return whether the subscription runs on at least one day of the year */
    public boolean activeIn(int year) {
        return from.getYear() <= year && (to == null || to.getYear() >= year);
    }
}
