package eu.os2.platform.payments.internal.model;

import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.LineKind;
import java.math.BigDecimal;

/**
 * One line the fee calculation charges.
 *
 * @param kind what it charges
 * @param product the product, or null
 * @param description the invoice text
 * @param explanation how the amount came about
 * @param amount excluding VAT
 * @param contributionRate for a product fee, the product's contribution rate in percent; else zero
 */
public record ChargeLine(
        LineKind kind,
        String product,
        String description,
        String explanation,
        Money amount,
        BigDecimal contributionRate) {}
