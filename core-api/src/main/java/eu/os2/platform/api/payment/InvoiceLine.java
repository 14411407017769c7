package eu.os2.platform.api.payment;

import eu.os2.platform.api.money.Money;

/**
 * One line of an invoice, excluding VAT.
 *
 * @param lineNo 1, 2, … in the invoice
 * @param kind what the line charges
 * @param product the product for product and joining fees, else {@code null}
 * @param description the line's text on the invoice (Danish)
 * @param explanation how the amount was computed, in Danish (tariff version, tier and the population
 *     it came from, index, half-year rule, passive share)
 * @param amount the line's amount excluding VAT
 * @since 0.1.0
 */
public record InvoiceLine(
        int lineNo, LineKind kind, String product, String description, String explanation, Money amount) {}
