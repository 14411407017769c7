package eu.os2.platform.payments.internal.model;

import eu.os2.platform.api.money.Money;
import java.util.List;

/**
 * What one organisation owes for a year under one tariff version.
 *
 * @param member the organisation
 * @param year the year
 * @param lines the lines, in invoice order
 * @param warnings facts worth checking that do not stop invoicing (e.g. an older population figure used)
 * @param problems facts missing that stop invoicing this organisation (e.g. no size tier)
 */
public record Charge(Billable member, int year, List<ChargeLine> lines, List<String> warnings, List<String> problems) {

    /** @return the sum of the lines */
    public Money total() {
        return lines.stream().map(ChargeLine::amount).reduce(Money.ZERO, Money::plus);
    }

    /** @return whether an invoice is to be issued: no problems and something to pay */
    public boolean invoiceable() {
        return problems.isEmpty() && !lines.isEmpty();
    }
}
