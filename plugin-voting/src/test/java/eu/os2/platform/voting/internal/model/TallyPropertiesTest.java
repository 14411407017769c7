package eu.os2.platform.voting.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.voting.DecisionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Tallies over many generated elections and votes. */
class TallyPropertiesTest {

    @Property(tries = 1000)
    void countsAddUpAndTheOrderOfBallotsDoesNotMatter(
            @ForAll @IntRange(max = 300) int yes,
            @ForAll @IntRange(max = 300) int no,
            @ForAll @IntRange(max = 300) int abstain,
            @ForAll long seed) {
        List<String> ballots = TallyTest.votes(yes, no, abstain);
        RuleSet rules = RuleSets.STATUTES;
        long present = yes + no + abstain;
        Tally.Result ordered = Tally.count(
                BallotKind.YES_NO, rules.rule(DecisionType.ORDINARY), rules, List.of(), 0, ballots, present, 1000);
        List<String> shuffled = new ArrayList<>(ballots);
        Collections.shuffle(shuffled, new java.util.Random(seed));
        Tally.Result again = Tally.count(
                BallotKind.YES_NO, rules.rule(DecisionType.ORDINARY), rules, List.of(), 0, shuffled, present, 1000);
        assertThat(again.digest()).isEqualTo(ordered.digest());
        assertThat(ordered.counts().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(ballots.size());
        assertThat(ordered.passed()).isEqualTo(yes > no);
        // two thirds of those present: never passes with fewer yes than a simple majority would need
        Tally.Result qualified = Tally.count(
                BallotKind.YES_NO,
                rules.rule(DecisionType.STATUTE_CHANGE),
                rules,
                List.of(),
                0,
                ballots,
                present,
                1000);
        assertThat(qualified.passed()).isEqualTo(present > 0 && 3L * yes >= 2L * present);
        if (qualified.passed()) {
            assertThat(ordered.passed()).isTrue();
        }
    }

    @Property(tries = 1000)
    void anElectionNeverGivesAnOrganisationTwoSeatsNorMoreThanTheSeats(
            @ForAll("ballots") List<List<String>> picks, @ForAll @IntRange(min = 1, max = 4) int seats) {
        List<String> canonical = picks.stream()
                .map(p -> Choices.canonical(BallotKind.ELECTION, TallyTest.CANDIDATES, 4, p)
                        .orElseThrow())
                .toList();
        Tally.Result r = Tally.count(
                BallotKind.ELECTION,
                RuleSets.STATUTES.rule(DecisionType.ELECTION),
                RuleSets.STATUTES,
                TallyTest.CANDIDATES,
                seats,
                canonical,
                canonical.size(),
                100);
        assertThat(r.elected().size()).isLessThanOrEqualTo(seats);
        assertThat(r.elected().stream()
                        .map(id -> TallyTest.CANDIDATES.stream()
                                .filter(o -> o.id().equals(id))
                                .findFirst()
                                .orElseThrow()
                                .organisationId())
                        .distinct()
                        .count())
                .isEqualTo(r.elected().size());
        long picksTotal = picks.stream().mapToLong(List::size).sum();
        assertThat(r.counts().entrySet().stream()
                        .filter(e -> !e.getKey().equals("blank"))
                        .mapToLong(e -> e.getValue())
                        .sum())
                .isEqualTo(picksTotal);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<List<String>>> ballots() {
        return net.jqwik.api.Arbitraries.of("a", "b", "c", "d")
                .set()
                .ofMaxSize(4)
                .map(s -> List.copyOf(s))
                .list()
                .ofMaxSize(200);
    }
}
