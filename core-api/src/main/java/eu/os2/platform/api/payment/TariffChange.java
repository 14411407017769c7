package eu.os2.platform.api.payment;

import eu.os2.platform.api.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * The editable fields of a draft tariff version; see {@link TariffVersion} for their meaning.
 *
 * @since 0.1.0
 */
public record TariffChange(
        String name,
        LocalDate effectiveFrom,
        String decisionRef,
        String proposalRef,
        Money membershipFee,
        Integer indexBaseYear,
        Money supplierPartnerFee,
        List<ProductTariff> products) {

    /** Copies the products. */
    public TariffChange {
        products = products == null ? List.of() : List.copyOf(products);
    }
}
