package eu.os2.platform.payments.internal.rest;

import eu.os2.platform.api.member.SizeTier;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.PaymentStanding;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The request bodies of the payments API. */
final class Requests {

    private Requests() {}

    /** Adopts a draft: the assembly decision that set it. */
    record Adopt(String decisionRef) {}

    /** A year's index value. */
    record IndexValue(BigDecimal value) {}

    /** Starts the invoice run for a year. */
    record Run(Integer year) {}

    /** Subscribes an organisation to a product from a date. */
    record Subscribe(String product, LocalDate from, boolean passive) {}

    /** Ends a subscription or changes whether it is passive. */
    record ChangeSubscription(LocalDate to, boolean passive) {}

    /** Credits an invoice, optionally issuing a new one. */
    record Credit(String reason, boolean reissue) {}

    /** A ledger entry. */
    record Ledger(Integer year, String account, Money amount, String note) {}

    /** A payment standing. */
    record Standing(PaymentStanding standing, String note) {}

    /** An organisation's billing details. */
    record Billing(
            String orderReference,
            String personReference,
            String street,
            String postcode,
            String city,
            SizeTier manualTier,
            String tierReason) {}
}
