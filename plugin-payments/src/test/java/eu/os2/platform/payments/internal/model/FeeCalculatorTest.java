package eu.os2.platform.payments.internal.model;

import static eu.os2.platform.payments.internal.model.Fixtures.adopted;
import static eu.os2.platform.payments.internal.model.Fixtures.municipality;
import static eu.os2.platform.payments.internal.model.Fixtures.subscription;
import static eu.os2.platform.payments.internal.model.Fixtures.tariff2023;
import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.member.Membership;
import eu.os2.platform.api.member.MembershipStatus;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.member.SizeTier;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.LineKind;
import eu.os2.platform.api.payment.TariffChange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Golden cases written from OS2's facts ("Money"). */
class FeeCalculatorTest {

    static final int BALLERUP = 151;
    static final Population POPULATION = Population.of(List.of(
            new PopulationFigure(BALLERUP, 2022, 48_602),
            new PopulationFigure(101, 2022, 24_999),
            new PopulationFigure(101, 2023, 25_000)));

    final FeeCalculator fees2023 = new FeeCalculator(adopted(tariff2023(), 1), Map.of(), POPULATION);

    @Test
    void aMemberThatJoinedOnTwoJulyPaysHalfTheFee() {
        Charge c = fees2023.charge(municipality(1, "Ballerup", BALLERUP, LocalDate.of(2023, 7, 2)), List.of(), 2023);
        assertThat(c.lines()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LineKind.MEMBERSHIP_FEE);
            assertThat(l.amount()).isEqualTo(Money.kroner(12_500));
            assertThat(l.explanation()).contains("2. juli 2023").contains("halvt kontingent");
        });
    }

    @Test
    void aMemberThatJoinedOnOneJulyPaysTheWholeFee() {
        Charge c = fees2023.charge(municipality(1, "Ballerup", BALLERUP, LocalDate.of(2023, 7, 1)), List.of(), 2023);
        assertThat(c.total()).isEqualTo(Money.kroner(25_000));
    }

    @Test
    void theNextYearAMidYearMemberPaysTheWholeFee() {
        Charge c = fees2023.charge(municipality(1, "Ballerup", BALLERUP, LocalDate.of(2023, 7, 2)), List.of(), 2024);
        assertThat(c.total()).isEqualTo(Money.kroner(25_000));
    }

    @Test
    void theProductFeeFollowsTheTierOfThePopulationOnOneJanuaryOfThePreviousYear() {
        Billable kbh = municipality(2, "Grænseby", 101, LocalDate.of(2012, 1, 1));
        List<Subscription> subs = List.of(subscription(2, "OS2valghalla", LocalDate.of(2020, 1, 1), false));
        // 1 January 2022: 24,999 inhabitants — small; 1 January 2023: 25,000 — medium (the boundary belongs to medium)
        assertThat(product(fees2023.charge(kbh, subs, 2023))).isEqualTo(Money.kroner(23_980));
        Charge crossed = fees2023.charge(kbh, subs, 2024);
        assertThat(product(crossed)).isEqualTo(Money.kroner(34_880));
        assertThat(crossed.lines().get(1).explanation())
                .contains("mellem")
                .contains("25.000 indbyggere 1. januar 2023");
        assertThat(crossed.warnings()).isEmpty();
    }

    @Test
    void aMissingFigureForThePreviousYearUsesTheNewestEarlierOneWithAWarning() {
        Charge c = fees2023.charge(
                municipality(1, "Ballerup", BALLERUP, LocalDate.of(2012, 1, 1)),
                List.of(subscription(1, "OS2valghalla", LocalDate.of(2020, 1, 1), false)),
                2026);
        assertThat(product(c)).isEqualTo(Money.kroner(34_880));
        assertThat(c.warnings())
                .singleElement()
                .asString()
                .contains("1. januar 2025")
                .contains("1. januar 2022");
    }

    @Test
    void aPassiveMemberPaysAThirdRoundedOnceHalfUp() {
        Charge c = fees2023.charge(
                municipality(1, "Ballerup", BALLERUP, LocalDate.of(2012, 1, 1)),
                List.of(subscription(1, "OS2valghalla", LocalDate.of(2020, 1, 1), true)),
                2023);
        // 34,880 / 3 = 11,626.666… → 11,626.67
        assertThat(product(c)).isEqualTo(Money.parse("11626.67"));
        assertThat(c.lines().get(1).explanation()).contains("passivt medlem: 1/3");
    }

    @Test
    void aNonMemberPaysTheNonMemberPriceAndNoMembershipFee() {
        Billable outsider = municipality(3, "Ballerup", BALLERUP, null);
        Charge c = fees2023.charge(
                outsider, List.of(subscription(3, "OS2valghalla", LocalDate.of(2020, 1, 1), false)), 2023);
        assertThat(c.lines()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LineKind.PRODUCT_FEE);
            assertThat(l.amount()).isEqualTo(Money.kroner(43_200));
            assertThat(l.explanation()).contains("ikke-medlemmer");
        });
    }

    @Test
    void theJoiningFeeIsChargedInTheYearTheSubscriptionStartsOnly() {
        Billable b = municipality(1, "Ballerup", BALLERUP, LocalDate.of(2012, 1, 1));
        List<Subscription> subs = List.of(subscription(1, "OS2valghalla", LocalDate.of(2023, 3, 1), false));
        Charge first = fees2023.charge(b, subs, 2023);
        assertThat(first.lines())
                .extracting(ChargeLine::kind)
                .containsExactly(LineKind.MEMBERSHIP_FEE, LineKind.PRODUCT_FEE, LineKind.JOINING_FEE);
        assertThat(first.lines().get(2).amount()).isEqualTo(Money.kroner(70_000));
        assertThat(fees2023.charge(b, subs, 2024).lines())
                .extracting(ChargeLine::kind)
                .doesNotContain(LineKind.JOINING_FEE);
        assertThat(first.total()).isEqualTo(Money.kroner(25_000 + 34_880 + 70_000));
    }

    @Test
    void theFeeIsIndexedByNewIndexOverOldIndex() {
        TariffChange indexed = new TariffChange(
                "Takster 2026",
                LocalDate.of(2026, 1, 1),
                "decision:GF-2025-4",
                null,
                Money.kroner(25_000),
                2025,
                Money.ZERO,
                List.of());
        FeeCalculator fees = new FeeCalculator(
                adopted(indexed, 2),
                Map.of(2025, new BigDecimal("100.0"), 2026, new BigDecimal("103.2"), 2027, new BigDecimal("106.17")),
                POPULATION);
        Billable b = municipality(1, "Ballerup", BALLERUP, LocalDate.of(2012, 1, 1));
        assertThat(fees.charge(b, List.of(), 2026).total()).isEqualTo(Money.kroner(25_800));
        // 25,000 × 106.17 / 100 = 26,542.50; joined after 1 July: half of the exact amount, rounded once → 13,271.25
        assertThat(fees.charge(municipality(4, "Ballerup", BALLERUP, LocalDate.of(2027, 9, 1)), List.of(), 2027)
                        .total())
                .isEqualTo(Money.parse("13271.25"));
        Charge missing = fees.charge(b, List.of(), 2028);
        assertThat(missing.lines()).isEmpty();
        assertThat(missing.problems()).singleElement().asString().contains("2028");
    }

    @Test
    void supplierPartnersPayNothingUnlessAFeeIsSet() {
        Billable partner = new Billable(
                9,
                "Nordlys Software ApS",
                "12345674",
                null,
                OrganisationKind.SUPPLIER_PARTNER,
                null,
                null,
                new Membership(LocalDate.of(2016, 1, 1), MembershipStatus.ACTIVE),
                Fixtures.billing(9));
        assertThat(fees2023.charge(partner, List.of(), 2023).lines()).isEmpty();
        TariffChange withFee = new TariffChange(
                "Takster 2024",
                LocalDate.of(2024, 1, 1),
                "decision:GF-2023-5",
                null,
                Money.kroner(25_000),
                null,
                Money.kroner(5_000),
                List.of());
        assertThat(new FeeCalculator(adopted(withFee, 3), Map.of(), POPULATION)
                        .charge(partner, List.of(), 2024)
                        .lines())
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.kind()).isEqualTo(LineKind.SUPPLIER_PARTNER_FEE);
                    assertThat(l.amount()).isEqualTo(Money.kroner(5_000));
                });
    }

    @Test
    void aWithdrawnMemberPaysNoMembershipFee() {
        Billable withdrawn = new Billable(
                5,
                "Ishøj Kommune",
                "29188386",
                "5798000000155",
                OrganisationKind.MUNICIPALITY,
                183,
                null,
                new Membership(LocalDate.of(2012, 1, 1), MembershipStatus.WITHDRAWN),
                Fixtures.billing(5));
        assertThat(fees2023.charge(withdrawn, List.of(), 2023).lines()).isEmpty();
    }

    @Test
    void anOtherPublicBodyUsesItsReasonedManualTier() {
        Billable ski = new Billable(
                6,
                "SKI",
                "29188386",
                "5798000000155",
                OrganisationKind.OTHER_PUBLIC,
                null,
                null,
                new Membership(LocalDate.of(2016, 3, 1), MembershipStatus.ACTIVE),
                new BillingDetails(
                        6,
                        "PO",
                        "Økonomi",
                        "Vej 1",
                        "2100",
                        "København Ø",
                        SizeTier.LARGE,
                        "national indkøbscentral",
                        1));
        Charge c =
                fees2023.charge(ski, List.of(subscription(6, "OS2valghalla", LocalDate.of(2020, 1, 1), false)), 2023);
        assertThat(product(c)).isEqualTo(Money.kroner(45_780));
        assertThat(c.lines().get(1).explanation()).contains("skønnet: national indkøbscentral");
    }

    @Test
    void aBodyWithoutAnyTierCannotBeInvoicedForProducts() {
        Billable region = new Billable(
                7,
                "Region X",
                "29188386",
                "5798000000155",
                OrganisationKind.REGION,
                null,
                null,
                new Membership(LocalDate.of(2016, 3, 1), MembershipStatus.ACTIVE),
                Fixtures.billing(7));
        Charge c = fees2023.charge(
                region, List.of(subscription(7, "OS2valghalla", LocalDate.of(2020, 1, 1), false)), 2023);
        assertThat(c.invoiceable()).isFalse();
        assertThat(c.problems()).singleElement().asString().contains("skønnet størrelse");
    }

    @Test
    void aProductWithoutAPriceInTheVersionIsAProblem() {
        Charge c = fees2023.charge(
                municipality(1, "Ballerup", BALLERUP, LocalDate.of(2012, 1, 1)),
                List.of(subscription(1, "OS2ukendt", LocalDate.of(2020, 1, 1), false)),
                2023);
        assertThat(c.problems()).singleElement().asString().contains("OS2ukendt");
    }

    private static Money product(Charge c) {
        return c.lines().stream()
                .filter(l -> l.kind() == LineKind.PRODUCT_FEE)
                .map(ChargeLine::amount)
                .findFirst()
                .orElseThrow();
    }
}
