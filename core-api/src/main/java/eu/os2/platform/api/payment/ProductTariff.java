package eu.os2.platform.api.payment;

import eu.os2.platform.api.member.SizeTier;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What a product costs under one tariff version.
 *
 * @param product the product's name, e.g. {@code "OS2valghalla"} (the same name as in a
 *     {@link eu.os2.platform.api.ref.PlatformRef#PRODUCT} reference)
 * @param prices the prices per size tier; every tier is present
 * @param passiveNumerator with {@code passiveDenominator}, the share of the yearly fee a passive
 *     member pays (1/3 by OS2's model)
 * @param passiveDenominator see {@code passiveNumerator}, positive
 * @param contributionRate the product's contribution to the association in percent of its yearly
 *     fees (bidragssats; the real rate is not public, so it is entered per product)
 * @since 0.1.0
 */
public record ProductTariff(
        String product,
        Map<SizeTier, TierPrice> prices,
        int passiveNumerator,
        int passiveDenominator,
        BigDecimal contributionRate) {

    /** Copies the prices. */
    public ProductTariff {
        prices = prices == null ? Map.of() : Map.copyOf(prices);
    }
}
