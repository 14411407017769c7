package eu.os2.platform.payments.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.member.SizeTier;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.ProductTariff;
import eu.os2.platform.api.payment.TariffChange;
import eu.os2.platform.api.payment.TierPrice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaymentRulesTest {

    @Test
    void theFactsTariffIsValid() {
        assertThat(PaymentRules.tariff(Fixtures.tariff2023())).isEmpty();
    }

    @Test
    void everyFieldOfATariffIsChecked() {
        Map<SizeTier, TierPrice> threeTiers = new EnumMap<>(Fixtures.valghalla().prices());
        threeTiers.remove(SizeTier.VERY_LARGE);
        threeTiers.put(SizeTier.SMALL, new TierPrice(Money.kroner(-1), Money.ZERO, Money.ZERO));
        TariffChange bad = new TariffChange(
                " ",
                LocalDate.of(1999, 1, 1),
                "no reference",
                "decision:GF-1",
                null,
                1999,
                new Money(-1),
                List.of(
                        new ProductTariff("OS2valghalla", threeTiers, 2, 1, new BigDecimal("100.5")),
                        new ProductTariff(
                                "OS2valghalla", Fixtures.valghalla().prices(), 1, 0, new BigDecimal("5.00001"))));
        assertThat(PaymentRules.tariff(bad))
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("name", "required"),
                        Map.entry("effectiveFrom", "out-of-range"),
                        Map.entry("decisionRef", "invalid-ref"),
                        Map.entry("membershipFee", "required"),
                        Map.entry("supplierPartnerFee", "negative"),
                        Map.entry("indexBaseYear", "out-of-range"),
                        Map.entry("products[0].prices.SMALL.memberFee", "negative"),
                        Map.entry("products[0].prices.VERY_LARGE", "missing-tier"),
                        Map.entry("products[0].passiveNumerator", "out-of-range"),
                        Map.entry("products[0].contributionRate", "out-of-range"),
                        Map.entry("products[1].product", "duplicate"),
                        Map.entry("products[1].passiveDenominator", "out-of-range"),
                        Map.entry("products[1].contributionRate", "out-of-range")));
    }

    @Test
    void billingDetailsNeedWhatAnEInvoiceNeeds() {
        assertThat(PaymentRules.billing(Fixtures.billing(1), OrganisationKind.MUNICIPALITY))
                .isEmpty();
        assertThat(PaymentRules.billing(
                        new BillingDetails(1, "PO", "Økonomi", "Torvet 12B, 2. tv", "8000", "Aarhus C", null, null, 1),
                        OrganisationKind.MUNICIPALITY))
                .isEmpty();
        assertThat(PaymentRules.billing(
                        new BillingDetails(1, "PO", "Økonomi", "Vej 1", "0800", "By", SizeTier.LARGE, "x", 1),
                        OrganisationKind.MUNICIPALITY))
                .containsOnlyKeys("postcode", "manualTier");
        assertThat(PaymentRules.billing(
                        new BillingDetails(
                                1, "PO", "Økonomi", "Vej 1", "8000", "By", SizeTier.LARGE, "landsdækkende", 1),
                        OrganisationKind.OTHER_PUBLIC))
                .isEmpty();
    }

    @Test
    void streetsSplitIntoNameAndNumber() {
        assertThat(Streets.split("Hold-An Vej 7")).containsExactly("Hold-An Vej", "7");
        assertThat(Streets.split("Torvet 12 B, 2. tv")).containsExactly("Torvet", "12B");
        assertThat(Streets.split("Rådhuspladsen")).containsExactly("Rådhuspladsen", null);
        assertThat(Streets.valid("Rådhuspladsen")).isFalse();
    }
}
