package eu.os2.platform.voting.internal.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counting: from the canonical choices to the result, by the rule the decision type has. The
 * same function counts when a ballot closes and when anyone verifies the bulletin board.
 */
public final class Tally {

    private Tally() {}

    /**
     * A ballot's result.
     *
     * @param counts votes per choice (YES/NO/ABSTAIN, option ids, candidate ids; "blank" for blank election votes)
     * @param cast ballots counted
     * @param present voting members present when it closed
     * @param eligible voting members when it closed
     * @param quorumMet whether the rule set's quorum was met
     * @param passed whether it passed; an election: every seat filled without a tie; a single choice: one option ahead
     * @param elected an election's winners in order (option ids), else empty
     * @param summary the outcome in Danish, with the rule applied
     */
    public record Result(
            Map<String, Long> counts,
            long cast,
            long present,
            long eligible,
            boolean quorumMet,
            boolean passed,
            List<String> elected,
            String summary) {

        /** @return a one-line digest that two counts of the same ballots always give the same way */
        public String digest() {
            return "cast=" + cast + ";present=" + present + ";eligible=" + eligible + ";passed=" + passed + ";counts="
                    + counts + ";elected=" + elected;
        }
    }

    /**
     * @param kind the ballot's kind
     * @param rule the decision's rule
     * @param ruleSet the assembly's rule set (quorum)
     * @param options the options or candidates
     * @param seats an election's seats
     * @param choices every counted canonical choice
     * @param present members present
     * @param eligible voting members
     */
    public static Result count(
            BallotKind kind,
            DecisionRule rule,
            RuleSet ruleSet,
            List<Option> options,
            int seats,
            List<String> choices,
            long present,
            long eligible) {
        Map<String, Long> grouped = new LinkedHashMap<>();
        for (String c : choices) {
            grouped.merge(c, 1L, Long::sum);
        }
        return countGrouped(kind, rule, ruleSet, options, seats, grouped, present, eligible);
    }

    /**
     * Counts as {@link #count} does, from the number of ballots per canonical choice.
     *
     * @param ballotsPerChoice canonical choice → ballots cast with it
     */
    public static Result countGrouped(
            BallotKind kind,
            DecisionRule rule,
            RuleSet ruleSet,
            List<Option> options,
            int seats,
            Map<String, Long> ballotsPerChoice,
            long present,
            long eligible) {
        Map<String, Long> counts = new LinkedHashMap<>();
        switch (kind) {
            case YES_NO -> List.of(Choices.YES, Choices.NO, Choices.ABSTAIN).forEach(k -> counts.put(k, 0L));
            default -> {
                options.forEach(o -> counts.put(o.id(), 0L));
                counts.put(kind == BallotKind.ELECTION ? "blank" : Choices.ABSTAIN, 0L);
            }
        }
        long cast = 0;
        for (Map.Entry<String, Long> e : ballotsPerChoice.entrySet()) {
            long n = e.getValue();
            if (n <= 0) {
                continue;
            }
            cast += n;
            if (kind == BallotKind.ELECTION) {
                List<String> picks = Choices.picks(e.getKey());
                if (picks.isEmpty()) {
                    counts.merge("blank", n, Long::sum);
                }
                picks.forEach(p -> counts.merge(p, n, Long::sum));
            } else {
                counts.merge(e.getKey(), n, Long::sum);
            }
        }
        boolean quorum = ruleSet.quorumMet(present, eligible);
        String quorumText = quorum
                ? ""
                : " Ikke beslutningsdygtig: " + present + " af " + eligible + " fremmødt, kræver "
                        + ruleSet.quorumPercent() + " %.";
        return switch (kind) {
            case YES_NO -> yesNo(rule, counts, cast, present, eligible, quorum, quorumText);
            case SINGLE_CHOICE -> single(options, counts, cast, present, eligible, quorum, quorumText);
            case ELECTION -> election(options, seats, counts, cast, present, eligible, quorum, quorumText);
        };
    }

    private static Result yesNo(
            DecisionRule rule,
            Map<String, Long> counts,
            long cast,
            long present,
            long eligible,
            boolean quorum,
            String quorumText) {
        long yes = counts.get(Choices.YES);
        long no = counts.get(Choices.NO);
        long abstain = counts.get(Choices.ABSTAIN);
        long base = switch (rule.base()) {
            case CAST -> yes + no;
            case PRESENT -> present;
            case ALL_MEMBERS -> eligible;
        };
        boolean passed = quorum && rule.majority().reached(yes, base);
        String how = (rule.majority() == Majority.SIMPLE ? "mere end halvdelen" : "mindst 2/3") + " af "
                + switch (rule.base()) {
                    case CAST -> "de afgivne for- og imod-stemmer (" + base + "; undladelser tæller ikke)";
                    case PRESENT -> "de fremmødte stemmeberettigede (" + base + "; undladelser tæller som ikke-for)";
                    case ALL_MEMBERS -> "alle stemmeberettigede (" + base + ")";
                };
        String summary = (passed ? "Vedtaget" : "Forkastet") + ": " + yes + " for, " + no + " imod, " + abstain
                + " undlod. Krav: " + how
                + "."
                + quorumText;
        return new Result(counts, cast, present, eligible, quorum, passed, List.of(), summary);
    }

    private static Result single(
            List<Option> options,
            Map<String, Long> counts,
            long cast,
            long present,
            long eligible,
            boolean quorum,
            String quorumText) {
        long best = options.stream().mapToLong(o -> counts.get(o.id())).max().orElse(0);
        List<Option> leaders =
                options.stream().filter(o -> counts.get(o.id()) == best).toList();
        boolean passed = quorum && best > 0 && leaders.size() == 1;
        String summary = passed
                ? "Valgt: " + leaders.get(0).label() + " med " + best + " stemmer." + quorumText
                : best == 0
                        ? "Ingen stemmer." + quorumText
                        : "Stemmelighed mellem " + labels(leaders) + " (" + best + " stemmer hver); dirigenten afgør."
                                + quorumText;
        return new Result(
                counts,
                cast,
                present,
                eligible,
                quorum,
                passed,
                passed ? List.of(leaders.get(0).id()) : List.of(),
                summary);
    }

    private static Result election(
            List<Option> candidates,
            int seats,
            Map<String, Long> counts,
            long cast,
            long present,
            long eligible,
            boolean quorum,
            String quorumText) {
        List<Option> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingLong((Option o) -> counts.get(o.id()))
                .reversed()
                .thenComparing(Option::id));
        List<Option> elected = new ArrayList<>();
        Map<Long, Option> seated = new LinkedHashMap<>();
        for (int i = 0; i < ranked.size() && elected.size() < seats; i++) {
            Option c = ranked.get(i);
            if (counts.get(c.id()) == 0) {
                break;
            }
            if (c.organisationId() != null && seated.containsKey(c.organisationId())) {
                continue; // at most one seat per organisation
            }
            elected.add(c);
            if (c.organisationId() != null) {
                seated.put(c.organisationId(), c);
            }
        }
        // ProcedureRule.TIE_AT_LAST_SEAT: a candidate left out who could take a seat with as many
        // votes as the one holding it is a tie, whatever the organisations; never settled by order
        Set<Option> tied = new java.util.LinkedHashSet<>();
        // level with the last one elected matters only when every seat is taken; level with the
        // holder of its organisation's seat matters always (also when seats stay empty)
        Option last = elected.size() == seats ? elected.get(seats - 1) : null;
        {
            for (Option o : ranked) {
                long votes = counts.get(o.id());
                if (elected.contains(o) || votes == 0) {
                    continue;
                }
                Option sameOrganisation = o.organisationId() == null ? null : seated.get(o.organisationId());
                if (sameOrganisation != null) {
                    // level with the one who holds its organisation's seat
                    if (votes == counts.get(sameOrganisation.id())) {
                        tied.add(sameOrganisation);
                        tied.add(o);
                    }
                } else if (last != null && votes == counts.get(last.id())) {
                    // level with the last one elected: so is every one elected with as many votes
                    elected.stream().filter(e -> counts.get(e.id()) == votes).forEach(tied::add);
                    tied.add(o);
                }
            }
        }
        boolean tie = !tied.isEmpty();
        long tiedVotes = tied.stream().mapToLong(o -> counts.get(o.id())).min().orElse(0);
        List<Option> certain = elected.stream().filter(o -> !tied.contains(o)).toList();
        boolean passed = quorum && elected.size() == seats && !tie;
        StringBuilder summary = new StringBuilder(certain.isEmpty() ? "Ingen valgt" : "Valgt: " + labels(certain));
        if (tie) {
            summary.append(". Stemmelighed om ")
                    .append(
                            elected.size() - certain.size() == 1
                                    ? "den sidste plads"
                                    : "de sidste " + (elected.size() - certain.size()) + " pladser")
                    .append(" mellem ")
                    .append(labels(List.copyOf(tied)))
                    .append(" (")
                    .append(tiedVotes)
                    .append(
                            " stemmer hver), også ved kandidater fra samme organisation; dirigenten afgør ved lodtrækning");
        }
        if (elected.size() < seats) {
            summary.append(". ").append(seats - elected.size()).append(" plads(er) ikke besat");
        }
        summary.append(" (")
                .append(seats)
                .append(" pladser, højst én pr. organisation).")
                .append(quorumText);
        return new Result(
                counts,
                cast,
                present,
                eligible,
                quorum,
                passed,
                certain.stream().map(Option::id).toList(),
                summary.toString());
    }

    private static String labels(List<Option> options) {
        return String.join(", ", options.stream().map(Option::label).toList());
    }
}
