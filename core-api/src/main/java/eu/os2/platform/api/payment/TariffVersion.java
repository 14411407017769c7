package eu.os2.platform.api.payment;

import eu.os2.platform.api.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of the tariff model. An adopted version is in force from its effective date until
 * the next adopted version's effective date, and never changes.
 *
 * @param id stable identifier
 * @param name e.g. {@code "Takster 2023"}
 * @param effectiveFrom the first day the version applies to
 * @param state draft or adopted
 * @param decisionRef the assembly decision that set it, as a {@link eu.os2.platform.api.ref.PlatformRef}
 *     text (e.g. {@code "decision:GF-2022-6"} or {@code "url:https://…"}); required to adopt
 * @param proposalRef for a draft, the assembly proposal it is put forward in (filled when the
 *     draft is published for a vote), else {@code null}
 * @param membershipFee the yearly membership fee (kontingent) at the index of {@code indexBaseYear}
 * @param indexBaseYear the year whose index {@code membershipFee} is expressed in; {@code null}
 *     when the fee is not indexed. For year Y the fee is {@code membershipFee × index(Y) / index(base)}.
 * @param supplierPartnerFee the yearly fee of a supplier partner (0 unless the assembly sets one)
 * @param products the product tariffs, by product name
 * @param version optimistic-locking version
 * @since 0.1.0
 */
public record TariffVersion(
        long id,
        String name,
        LocalDate effectiveFrom,
        TariffState state,
        String decisionRef,
        String proposalRef,
        Money membershipFee,
        Integer indexBaseYear,
        Money supplierPartnerFee,
        List<ProductTariff> products,
        long version) {

    /** Copies the products. */
    public TariffVersion {
        products = products == null ? List.of() : List.copyOf(products);
    }
}
