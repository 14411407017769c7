package eu.os2.platform.payments.internal.model;

import eu.os2.platform.api.member.Membership;
import eu.os2.platform.api.member.MembershipStatus;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.member.SizeTier;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.ProductTariff;
import eu.os2.platform.api.payment.TariffChange;
import eu.os2.platform.api.payment.TariffState;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.payment.TierPrice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Tariffs and members from OS2's facts, for tests. */
public final class Fixtures {

    private Fixtures() {}

    /** OS2valghalla 3.0 (2023): member / non-member / one-off per tier. */
    public static ProductTariff valghalla() {
        return new ProductTariff(
                "OS2valghalla",
                Map.of(
                        SizeTier.SMALL, new TierPrice(Money.kroner(23_980), Money.kroner(29_700), Money.kroner(35_000)),
                        SizeTier.MEDIUM,
                                new TierPrice(Money.kroner(34_880), Money.kroner(43_200), Money.kroner(70_000)),
                        SizeTier.LARGE,
                                new TierPrice(Money.kroner(45_780), Money.kroner(56_700), Money.kroner(190_000)),
                        SizeTier.VERY_LARGE,
                                new TierPrice(Money.kroner(56_680), Money.kroner(70_200), Money.kroner(350_000))),
                1,
                3,
                new BigDecimal("5"));
    }

    /** The 2023 tariff: DKK 25,000, not indexed, partners free, OS2valghalla. */
    public static TariffChange tariff2023() {
        return new TariffChange(
                "Takster 2023",
                LocalDate.of(2023, 1, 1),
                "decision:GF-2022-6",
                null,
                Money.kroner(25_000),
                null,
                Money.ZERO,
                List.of(valghalla()));
    }

    /** @return the change as an adopted version */
    public static TariffVersion adopted(TariffChange c, long id) {
        return new TariffVersion(
                id,
                c.name(),
                c.effectiveFrom(),
                TariffState.ADOPTED,
                c.decisionRef(),
                c.proposalRef(),
                c.membershipFee(),
                c.indexBaseYear(),
                c.supplierPartnerFee(),
                c.products(),
                1);
    }

    /** A municipality that joined on the date. */
    public static Billable municipality(long id, String name, int code, LocalDate joined) {
        return new Billable(
                id,
                name + " Kommune",
                "29188386",
                "5798000000155",
                OrganisationKind.MUNICIPALITY,
                code,
                null,
                joined == null ? null : new Membership(joined, MembershipStatus.ACTIVE),
                billing(id));
    }

    /** Complete billing details. */
    public static BillingDetails billing(long id) {
        return new BillingDetails(
                id, "PO-" + id, "Økonomi " + id, "Rådhuspladsen 1", "1550", "København V", null, null, 1);
    }

    public static Subscription subscription(long org, String product, LocalDate from, boolean passive) {
        return new Subscription(org * 100, org, product, from, null, passive, 1);
    }
}
