package eu.os2.platform.payments.internal.model;

import eu.os2.platform.api.member.MembershipStatus;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.member.SizeTier;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.LineKind;
import eu.os2.platform.api.payment.ProductTariff;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.payment.TierPrice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OS2's payment model as one pure function: what an organisation owes for a year under a tariff
 * version. Rules (OS2's facts; choices marked):
 *
 * <ul>
 *   <li>Membership fee: the tariff's fee, indexed when the version names an index base year
 *       ({@code fee × index(year) / index(base)}); a member that joined after 1 July of the year
 *       pays half (joined on 1 July pays in full — choice: "after" read strictly). Supplier
 *       partners pay the supplier-partner fee instead, only when it is above zero. A withdrawn
 *       member pays nothing.</li>
 *   <li>Size tier: a municipality's from its population on 1 January of the PREVIOUS year; when
 *       that figure is missing, the newest earlier figure is used and a warning says so. Any other
 *       body: the tier set by judgement with a reason, else the member directory's tier.</li>
 *   <li>Product fee for every subscription running on at least one day of the year (choice: no
 *       proration inside the year): the member price for a member, else the non-member price;
 *       a passive subscriber pays the passive share. The joining fee is charged in the year the
 *       subscription starts.</li>
 *   <li>Each amount is rounded once, half up ({@link Money#times(BigDecimal, BigDecimal)}); lines
 *       of zero are left out.</li>
 * </ul>
 */
public final class FeeCalculator {

    /** Joining after this day of the year halves the membership fee. */
    public static final MonthDay HALF_YEAR_FROM = MonthDay.of(7, 1);

    private final TariffVersion tariff;
    private final Map<Integer, BigDecimal> index;
    private final Population population;

    /**
     * @param tariff the version to apply
     * @param index the index series by year
     * @param population the population series
     */
    public FeeCalculator(TariffVersion tariff, Map<Integer, BigDecimal> index, Population population) {
        this.tariff = tariff;
        this.index = index;
        this.population = population;
    }

    /** @return the tariff version applied */
    public TariffVersion tariff() {
        return tariff;
    }

    /**
     * @param member the organisation
     * @param subscriptions its subscriptions (any years)
     * @param year the year to charge
     * @return its charge; empty lines when it owes nothing
     */
    public Charge charge(Billable member, List<Subscription> subscriptions, int year) {
        List<ChargeLine> lines = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        membership(member, year, lines, problems);
        List<Subscription> running = subscriptions.stream()
                .filter(s -> s.activeIn(year))
                .sorted(Comparator.comparing(Subscription::product).thenComparing(Subscription::from))
                .toList();
        if (!running.isEmpty()) {
            Optional<Tier> tier = tier(member, year, warnings, problems);
            if (tier.isPresent()) {
                for (Subscription s : running) {
                    product(member, s, tier.get(), year, lines, problems);
                }
            }
        }
        return new Charge(member, year, List.copyOf(lines), List.copyOf(warnings), List.copyOf(problems));
    }

    private void membership(Billable m, int year, List<ChargeLine> lines, List<String> problems) {
        if (m.membership() == null
                || m.membership().status() == MembershipStatus.WITHDRAWN
                || m.membership().joined().getYear() > year) {
            return;
        }
        if (m.kind() == OrganisationKind.SUPPLIER_PARTNER) {
            Money fee = tariff.supplierPartnerFee() == null ? Money.ZERO : tariff.supplierPartnerFee();
            if (!fee.isZero()) {
                lines.add(new ChargeLine(
                        LineKind.SUPPLIER_PARTNER_FEE,
                        null,
                        "Partnerbidrag " + year,
                        tariff.name() + ": partnerbidrag " + Danish.kroner(fee),
                        fee,
                        BigDecimal.ZERO));
            }
            return;
        }
        BigDecimal numerator = BigDecimal.ONE;
        BigDecimal denominator = BigDecimal.ONE;
        StringBuilder why =
                new StringBuilder(tariff.name()).append(": kontingent ").append(Danish.kroner(tariff.membershipFee()));
        if (tariff.indexBaseYear() != null) {
            BigDecimal now = index.get(year);
            BigDecimal base = index.get(tariff.indexBaseYear());
            if (now == null || base == null) {
                problems.add("Indekstal for " + (now == null ? year : tariff.indexBaseYear())
                        + " mangler (kontingentet reguleres efter indeks).");
                return;
            }
            numerator = numerator.multiply(now);
            denominator = denominator.multiply(base);
            why.append(" × indeks ")
                    .append(year)
                    .append(" (")
                    .append(Danish.decimal(now))
                    .append(") / indeks ")
                    .append(tariff.indexBaseYear())
                    .append(" (")
                    .append(Danish.decimal(base))
                    .append(")");
        }
        LocalDate joined = m.membership().joined();
        if (joined.getYear() == year && joined.isAfter(HALF_YEAR_FROM.atYear(year))) {
            denominator = denominator.multiply(BigDecimal.valueOf(2));
            why.append("; indmeldt ").append(Danish.date(joined)).append(", efter 1. juli: halvt kontingent");
        }
        Money amount = tariff.membershipFee().times(numerator, denominator);
        if (!amount.isZero()) {
            lines.add(new ChargeLine(
                    LineKind.MEMBERSHIP_FEE, null, "Kontingent " + year, why.toString(), amount, BigDecimal.ZERO));
        }
    }

    /** A size tier and why. */
    record Tier(SizeTier tier, String why) {}

    /** @return the organisation's size tier for the year by the rules above, if it has one */
    public Optional<SizeTier> tier(Billable m, int year) {
        return tier(m, year, new ArrayList<>(), new ArrayList<>()).map(Tier::tier);
    }

    private Optional<Tier> tier(Billable m, int year, List<String> warnings, List<String> problems) {
        if (m.kind() == OrganisationKind.MUNICIPALITY && m.municipalityCode() != null) {
            Optional<PopulationFigure> figure = population.onOrBefore(m.municipalityCode(), year - 1);
            if (figure.isEmpty()) {
                problems.add("Intet befolkningstal for " + m.name() + " (1. januar " + (year - 1)
                        + " eller før); importér befolkningstal.");
                return Optional.empty();
            }
            PopulationFigure f = figure.get();
            if (f.year() != year - 1) {
                warnings.add("Befolkningstal for 1. januar " + (year - 1) + " mangler; nyeste tal (1. januar "
                        + f.year() + ") er brugt.");
            }
            SizeTier tier = SizeTier.forPopulation(f.inhabitants());
            return Optional.of(new Tier(
                    tier,
                    "størrelse " + tier.danishName() + " (" + Danish.number(f.inhabitants()) + " indbyggere 1. januar "
                            + f.year() + ")"));
        }
        if (m.billing().manualTier() != null) {
            return Optional.of(new Tier(
                    m.billing().manualTier(),
                    "størrelse " + m.billing().manualTier().danishName() + " (skønnet: "
                            + m.billing().tierReason() + ")"));
        }
        if (m.directoryTier() != null) {
            return Optional.of(
                    new Tier(m.directoryTier(), "størrelse " + m.directoryTier().danishName() + " (medlemsregistret)"));
        }
        problems.add("Ingen størrelse for " + m.name() + ": angiv en skønnet størrelse med begrundelse.");
        return Optional.empty();
    }

    private void product(
            Billable m, Subscription s, Tier tier, int year, List<ChargeLine> lines, List<String> problems) {
        ProductTariff pt = tariff.products().stream()
                .filter(p -> p.product().equals(s.product()))
                .findFirst()
                .orElse(null);
        if (pt == null || pt.prices().get(tier.tier()) == null) {
            problems.add(tariff.name() + " har ingen pris for " + s.product() + " ("
                    + tier.tier().danishName() + ").");
            return;
        }
        TierPrice price = pt.prices().get(tier.tier());
        boolean member = m.memberIn(year);
        Money fee = member ? price.memberFee() : price.nonMemberFee();
        StringBuilder why = new StringBuilder(tariff.name())
                .append(": ")
                .append(tier.why())
                .append("; ")
                .append(member ? "medlemspris " : "pris for ikke-medlemmer ")
                .append(Danish.kroner(fee));
        Money amount = fee;
        if (s.passive()) {
            amount = fee.times(pt.passiveNumerator(), pt.passiveDenominator());
            why.append("; passivt medlem: ")
                    .append(pt.passiveNumerator())
                    .append("/")
                    .append(pt.passiveDenominator());
        }
        if (!amount.isZero()) {
            lines.add(new ChargeLine(
                    LineKind.PRODUCT_FEE,
                    s.product(),
                    s.product() + " – årligt vederlag " + year,
                    why.toString(),
                    amount,
                    pt.contributionRate() == null ? BigDecimal.ZERO : pt.contributionRate()));
        }
        if (s.from().getYear() == year && !price.joiningFee().isZero()) {
            lines.add(new ChargeLine(
                    LineKind.JOINING_FEE,
                    s.product(),
                    s.product() + " – tilslutningsafgift",
                    tariff.name() + ": tilsluttet " + Danish.date(s.from()) + "; " + tier.why() + "; engangsbeløb "
                            + Danish.kroner(price.joiningFee()),
                    price.joiningFee(),
                    BigDecimal.ZERO));
        }
    }
}
