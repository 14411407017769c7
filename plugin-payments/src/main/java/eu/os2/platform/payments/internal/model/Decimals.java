package eu.os2.platform.payments.internal.model;

import java.math.BigDecimal;

/**
 * Decimal values (index values, contribution and VAT rates) as they are shown: without trailing
 * zeros and never in scientific notation — {@code 100}, not {@code 1E+2}, in JSON, CSV and text alike.
 */
public final class Decimals {

    private Decimals() {}

    /**
     * @return the value without trailing zeros and with a scale of at least 0, so that its
     *     {@code toString()} (what JSON writers use) is plain notation; null for null
     */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
