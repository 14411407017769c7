package eu.os2.platform.payments.internal.rest;

import com.fasterxml.jackson.annotation.JsonValue;
import eu.os2.platform.api.member.SizeTier;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.InvoiceLine;
import eu.os2.platform.api.payment.StandingRecord;
import eu.os2.platform.payments.internal.model.BillingDetails;
import eu.os2.platform.payments.internal.model.Decimals;
import eu.os2.platform.payments.internal.model.PopulationCsv;
import eu.os2.platform.payments.internal.model.PopulationFigure;
import eu.os2.platform.payments.internal.model.ProblemGroups;
import eu.os2.platform.payments.internal.model.Reports;
import eu.os2.platform.payments.internal.model.Subscription;
import eu.os2.platform.payments.internal.store.LedgerEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The answers of the payments API, field by field: renaming a component here renames a JSON field of
 * {@code /api/v1/payments}, which the console and partners read. Amounts are {@link Money} (JSON
 * strings with two decimals); tariffs, invoices and standing records are core-api's published records.
 * Answers shaped as objects keyed by year, municipality or organisation have String keys.
 */
public final class Dtos {

    private Dtos() {}

    /** The product names a tariff may price; {@code registry} false when any name goes. */
    public record Products(boolean registry, List<String> products) {}

    /** The index series: {@code {"2025": 100.0, …}}. */
    public record Index(@JsonValue Map<String, BigDecimal> values) {
        static Index of(Map<Integer, BigDecimal> index) {
            Map<String, BigDecimal> values = new TreeMap<>();
            index.forEach((year, value) -> values.put(Integer.toString(year), Decimals.plain(value)));
            return new Index(values);
        }
    }

    /** Imported population figures per year and municipality code: {@code {"2020": {"101": 632340, …}}}. */
    public record Population(@JsonValue Map<String, Map<String, Long>> years) {
        static Population of(List<PopulationFigure> figures) {
            Map<String, Map<String, Long>> years = new TreeMap<>();
            for (PopulationFigure f : figures) {
                years.computeIfAbsent(Integer.toString(f.year()), y -> new TreeMap<>())
                        .put(Integer.toString(f.municipalityCode()), f.inhabitants());
            }
            return new Population(years);
        }
    }

    /** What a population import stored. */
    public record PopulationImport(int figures, int skipped, List<Integer> years) {
        static PopulationImport of(PopulationCsv.Result result) {
            return new PopulationImport(
                    result.figures().size(),
                    result.skipped(),
                    result.figures().stream()
                            .map(PopulationFigure::year)
                            .distinct()
                            .sorted()
                            .toList());
        }
    }

    /** An organisation's billing details; {@code version} 0 when none are stored. */
    public record Billing(
            long organisationId,
            String orderReference,
            String personReference,
            String street,
            String postcode,
            String city,
            SizeTier manualTier,
            String tierReason,
            long version) {
        static Billing of(BillingDetails b) {
            return new Billing(
                    b.organisationId(),
                    b.orderReference(),
                    b.personReference(),
                    b.street(),
                    b.postcode(),
                    b.city(),
                    b.manualTier(),
                    b.tierReason(),
                    b.version());
        }
    }

    /** A product subscription. */
    public record SubscriptionDto(
            long id, long organisationId, String product, LocalDate from, LocalDate to, boolean passive, long version) {
        static SubscriptionDto of(Subscription s) {
            return new SubscriptionDto(
                    s.id(), s.organisationId(), s.product(), s.from(), s.to(), s.passive(), s.version());
        }
    }

    /** What one organisation pays for a year and why. */
    public record MemberCharge(
            long organisationId,
            String name,
            List<InvoiceLine> lines,
            Money lineTotal,
            Money total,
            boolean alreadyIssued,
            List<String> warnings,
            List<String> problems) {
        static MemberCharge of(Reports.MemberCharge c) {
            return new MemberCharge(
                    c.organisationId(),
                    c.name(),
                    c.lines(),
                    c.lineTotal(),
                    c.total(),
                    c.alreadyIssued(),
                    c.warnings(),
                    c.problems());
        }
    }

    /** A problem that stops invoices, told once, with how many organisations (and which) it stops. */
    public record ProblemGroup(String problem, int organisations, List<String> names) {}

    /** A dry run of the invoice run; {@code problemGroups} tells each distinct problem once. */
    public record Preview(
            int year,
            long tariffId,
            String tariffName,
            int toIssue,
            int alreadyIssued,
            int withProblems,
            Money lineTotal,
            Money total,
            List<MemberCharge> members,
            List<ProblemGroup> problemGroups) {
        static Preview of(Reports.Preview p) {
            return new Preview(
                    p.year(),
                    p.tariffId(),
                    p.tariffName(),
                    p.toIssue(),
                    p.alreadyIssued(),
                    p.withProblems(),
                    p.lineTotal(),
                    p.total(),
                    p.members().stream().map(MemberCharge::of).toList(),
                    ProblemGroups.of(p.members()).stream()
                            .map(g -> new ProblemGroup(g.problem(), g.organisations(), g.names()))
                            .toList());
        }
    }

    /** An invoice run's progress and outcome; {@code state} is RUNNING, DONE or FAILED. */
    public record RunStatus(
            long id,
            int year,
            String state,
            int members,
            int done,
            int created,
            int skipped,
            int withProblems,
            Money total,
            List<String> problems,
            String error,
            String startedBy,
            Instant started,
            Instant finished) {
        static RunStatus of(Reports.RunStatus r) {
            return new RunStatus(
                    r.id(),
                    r.year(),
                    r.state().name(),
                    r.members(),
                    r.done(),
                    r.created(),
                    r.skipped(),
                    r.withProblems(),
                    r.total(),
                    r.problems(),
                    r.error(),
                    r.startedBy(),
                    r.started(),
                    r.finished());
        }
    }

    /** One organisation in a what-if comparison. */
    public record WhatIfRow(
            long organisationId, String name, SizeTier tier, Money current, Money draft, Money change) {}

    /** What a draft tariff would change for a year. */
    public record WhatIf(
            int year,
            String currentTariff,
            String draftTariff,
            String proposalRef,
            Money currentTotal,
            Money draftTotal,
            Money change,
            Money associationIncomeChange,
            List<WhatIfRow> rows) {
        static WhatIf of(Reports.WhatIf w) {
            return new WhatIf(
                    w.year(),
                    w.currentTariff(),
                    w.draftTariff(),
                    w.proposalRef(),
                    w.currentTotal(),
                    w.draftTotal(),
                    w.change(),
                    w.associationIncomeChange(),
                    w.rows().stream()
                            .map(r -> new WhatIfRow(
                                    r.organisationId(), r.name(), r.tier(), r.current(), r.draft(), r.change()))
                            .toList());
        }
    }

    /** The association's economy for a year, by the chart of accounts. */
    public record EconomyYear(
            int year,
            Money membershipFees,
            Money otherIncome,
            Money productContributions,
            Money income,
            Money expenses,
            Money result,
            Money reserve,
            Money reserveTarget,
            Money reserveGap,
            Money productYearlyFees,
            Money productJoiningFees) {
        static EconomyYear of(Reports.EconomyYear y) {
            return new EconomyYear(
                    y.year(),
                    y.membershipFees(),
                    y.otherIncome(),
                    y.productContributions(),
                    y.income(),
                    y.expenses(),
                    y.result(),
                    y.reserve(),
                    y.reserveTarget(),
                    y.reserveGap(),
                    y.productYearlyFees(),
                    y.productJoiningFees());
        }
    }

    /** A ledger entry the secretariat recorded. */
    public record Ledger(long id, int year, String account, Money amount, String note, String recordedBy) {
        static Ledger of(LedgerEntry e) {
            return new Ledger(e.id(), e.year(), e.account(), e.amount(), e.note(), e.recordedBy());
        }
    }

    /** The economy page: every year and every ledger entry. */
    public record Economy(List<EconomyYear> years, List<Ledger> ledger) {
        static Economy of(List<Reports.EconomyYear> years, List<LedgerEntry> ledger) {
            return new Economy(
                    years.stream().map(EconomyYear::of).toList(),
                    ledger.stream().map(Ledger::of).toList());
        }
    }

    /** An organisation's payment standing: the latest record (or null), the statutes' reading of it, and the history. */
    public record Standing(StandingRecord current, boolean treatedAsWithdrawn, List<StandingRecord> history) {}

    /** Every organisation's latest standing, keyed by organisation id: {@code {"3": {…}}}. */
    public record Standings(@JsonValue Map<String, StandingRecord> byOrganisation) {
        static Standings of(Map<Long, StandingRecord> current) {
            return new Standings(current.entrySet().stream()
                    .collect(Collectors.toMap(
                            e -> Long.toString(e.getKey()), Map.Entry::getValue, (a, b) -> b, TreeMap::new)));
        }
    }
}
