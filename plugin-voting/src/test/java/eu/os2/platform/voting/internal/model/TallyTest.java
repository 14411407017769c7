package eu.os2.platform.voting.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.voting.DecisionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statutes' majorities, each on both sides of its limit, and elections with one seat per organisation. */
class TallyTest {

    static final RuleSet RULES = RuleSets.STATUTES;

    static List<String> votes(int yes, int no, int abstain) {
        List<String> all = new ArrayList<>();
        all.addAll(Collections.nCopies(yes, Choices.YES));
        all.addAll(Collections.nCopies(no, Choices.NO));
        all.addAll(Collections.nCopies(abstain, Choices.ABSTAIN));
        return all;
    }

    static Tally.Result yesNo(DecisionType type, int yes, int no, int abstain, long present, long eligible) {
        return Tally.count(
                BallotKind.YES_NO, RULES.rule(type), RULES, List.of(), 0, votes(yes, no, abstain), present, eligible);
    }

    @Test
    void aSimpleMajorityOfTheVotesCastLeavesAbstentionsOut() {
        assertThat(yesNo(DecisionType.ORDINARY, 10, 9, 30, 49, 70).passed()).isTrue();
        assertThat(yesNo(DecisionType.ORDINARY, 10, 10, 0, 20, 70).passed())
                .as("a tie is not a majority")
                .isFalse();
        assertThat(yesNo(DecisionType.MEMBERSHIP_FEE, 1, 0, 40, 41, 70).passed())
                .isTrue();
        assertThat(yesNo(DecisionType.MEMBERSHIP_FEE, 0, 0, 5, 5, 70).passed()).isFalse();
        assertThat(yesNo(DecisionType.ORDINARY, 10, 9, 30, 49, 70).summary())
                .startsWith("Vedtaget: 10 for, 9 imod, 30 undlod")
                .contains("undladelser tæller ikke");
    }

    @Test
    void aStatuteChangeNeedsTwoThirdsOfThoseWithAVotePresent() {
        // 30 present: 20 is exactly two thirds
        assertThat(yesNo(DecisionType.STATUTE_CHANGE, 20, 5, 5, 30, 70).passed())
                .isTrue();
        assertThat(yesNo(DecisionType.STATUTE_CHANGE, 19, 5, 6, 30, 70).passed())
                .isFalse();
        // abstaining members present weigh like a no
        assertThat(yesNo(DecisionType.DISSOLUTION, 20, 0, 11, 31, 70).passed()).isFalse();
        assertThat(yesNo(DecisionType.DISSOLUTION, 20, 0, 11, 31, 70).summary()).contains("mindst 2/3 af de fremmødte");
    }

    @Test
    void aQuorumFromALaterRuleSetStopsADecision() {
        RuleSet withQuorum = RuleSet.statutes("lokal", java.time.LocalDate.of(2027, 1, 1), 50, 0);
        Tally.Result r = Tally.count(
                BallotKind.YES_NO,
                withQuorum.rule(DecisionType.ORDINARY),
                withQuorum,
                List.of(),
                0,
                votes(30, 0, 0),
                34,
                70);
        assertThat(r.quorumMet()).isFalse();
        assertThat(r.passed()).isFalse();
        assertThat(r.summary()).contains("Ikke beslutningsdygtig");
        assertThat(Tally.count(
                                BallotKind.YES_NO,
                                withQuorum.rule(DecisionType.ORDINARY),
                                withQuorum,
                                List.of(),
                                0,
                                votes(30, 0, 0),
                                35,
                                70)
                        .passed())
                .isTrue();
    }

    static final List<Option> CANDIDATES = List.of(
            new Option("a", "Anna (Aarhus)", 1L),
            new Option("b", "Bo (Aarhus)", 1L),
            new Option("c", "Cecilie (Ballerup)", 2L),
            new Option("d", "Dan (Favrskov)", 3L));

    static Tally.Result elect(int seats, String... ballots) {
        return Tally.count(
                BallotKind.ELECTION,
                RULES.rule(DecisionType.ELECTION),
                RULES,
                CANDIDATES,
                seats,
                List.of(ballots),
                ballots.length,
                70);
    }

    @Test
    void anElectionFillsTheSeatsWithAtMostOneSeatPerOrganisation() {
        Tally.Result r = elect(2, "a,b", "a,b", "a,b", "a", "c", "c", "d", "");
        // Bo has more votes than Cecilie but Aarhus already has a seat, won with more votes
        assertThat(r.elected()).containsExactly("a", "c");
        assertThat(r.passed()).isTrue();
        assertThat(r.counts()).containsEntry("blank", 1L).containsEntry("b", 3L);
        assertThat(r.summary()).contains("højst én pr. organisation");
    }

    @Test
    void aTieForTheLastSeatIsLeftToTheChair() {
        Tally.Result r = elect(2, "a", "a", "c", "d");
        assertThat(r.passed()).isFalse();
        assertThat(r.elected()).containsExactly("a");
        assertThat(r.summary()).contains("Stemmelighed om den sidste plads mellem Cecilie (Ballerup), Dan (Favrskov)");
        assertThat(elect(3, "a", "c").summary()).contains("1 plads(er) ikke besat");
    }

    @Test
    void aTieBetweenCandidatesOfOneOrganisationIsATieAndNeverSettledByTheirOrder() {
        // one seat, Anna and Bo of Aarhus level: before, Anna won silently by her option id
        Tally.Result one = elect(1, "a", "b");
        assertThat(one.passed()).isFalse();
        assertThat(one.elected()).isEmpty();
        assertThat(one.summary()).contains("Stemmelighed", "Anna (Aarhus), Bo (Aarhus)", "samme organisation");
        // two seats: Cecilie ahead; Anna and Bo level for Aarhus's seat, the last one
        Tally.Result two = elect(2, "a,c", "b,c", "c");
        assertThat(two.passed()).isFalse();
        assertThat(two.elected()).containsExactly("c");
        // Anna and Bo level, Cecilie and Dan behind: Aarhus's seat is undecided, the second seat is not
        Tally.Result level = elect(2, "a,c", "b,c", "a,b", "c");
        assertThat(level.passed()).isFalse();
        assertThat(level.elected()).containsExactly("c");
        // seats left empty do not hide it: two seats, only Aarhus's Anna and Bo, level
        Tally.Result empty = elect(2, "a", "b");
        assertThat(empty.passed()).isFalse();
        assertThat(empty.elected()).isEmpty();
        assertThat(empty.summary()).contains("Stemmelighed om den sidste plads", "1 plads(er) ikke besat");
        // a candidate of an organisation that won its seat with more votes is no tie
        assertThat(elect(2, "a", "a", "b", "c").passed()).isTrue();
        assertThat(elect(2, "a", "a", "a", "b", "c", "c").elected()).containsExactly("a", "c");
        assertThat(elect(2, "a", "a", "a", "b", "c", "c").passed()).isTrue();
    }

    @Test
    void theTieRuleIsARuleOfProcedureInDanishAndEnglish() {
        assertThat(RULES.procedures())
                .contains(ProcedureRule.TIE_AT_LAST_SEAT, ProcedureRule.CHECK_IN_BEFORE_VOTE)
                .allMatch(p -> !p.danish().isBlank()
                        && !p.english().isBlank()
                        && p.code().startsWith("rules."));
        assertThat(ProcedureRule.TIE_AT_LAST_SEAT.danish()).contains("samme organisation");
        assertThat(ProcedureRule.TIE_AT_LAST_SEAT.english()).contains("same organisation");
    }

    @Test
    void aSingleChoiceNeedsOneOptionAhead() {
        List<Option> options = List.of(new Option("x", "Model X", null), new Option("y", "Model Y", null));
        assertThat(Tally.count(
                                BallotKind.SINGLE_CHOICE,
                                RULES.rule(DecisionType.ORDINARY),
                                RULES,
                                options,
                                0,
                                List.of("x", "x", "y", "ABSTAIN"),
                                4,
                                70)
                        .elected())
                .containsExactly("x");
        assertThat(Tally.count(
                                BallotKind.SINGLE_CHOICE,
                                RULES.rule(DecisionType.ORDINARY),
                                RULES,
                                options,
                                0,
                                List.of("x", "y"),
                                2,
                                70)
                        .passed())
                .isFalse();
    }

    @Test
    void choicesAreCheckedAndMadeCanonical() {
        assertThat(Choices.canonical(BallotKind.YES_NO, List.of(), 0, List.of("YES")))
                .contains("YES");
        assertThat(Choices.canonical(BallotKind.YES_NO, List.of(), 0, List.of("MAYBE")))
                .isEmpty();
        assertThat(Choices.canonical(BallotKind.YES_NO, List.of(), 0, List.of("YES", "NO")))
                .isEmpty();
        assertThat(Choices.canonical(BallotKind.ELECTION, CANDIDATES, 2, List.of("d", "a")))
                .contains("a,d");
        assertThat(Choices.canonical(BallotKind.ELECTION, CANDIDATES, 2, List.of("a", "c", "d")))
                .as("more than the seats")
                .isEmpty();
        assertThat(Choices.canonical(BallotKind.ELECTION, CANDIDATES, 2, List.of("a", "a")))
                .isEmpty();
        assertThat(Choices.canonical(BallotKind.ELECTION, CANDIDATES, 2, List.of()))
                .contains("");
        assertThat(Choices.canonical(BallotKind.SINGLE_CHOICE, CANDIDATES, 0, List.of("z")))
                .isEmpty();
        assertThat(Choices.canonical(BallotKind.YES_NO, List.of(), 0, java.util.Arrays.asList((String) null)))
                .as("a null in the list is no choice, not a failure")
                .isEmpty();
        assertThat(Choices.canonical(BallotKind.ELECTION, CANDIDATES, 2, java.util.Arrays.asList("a", null)))
                .isEmpty();
    }

    @Test
    void receiptsAreReproducibleOnlyWithTheNonce() {
        String nonce = Receipts.nonce();
        assertThat(Receipts.receipt(7, "YES", nonce))
                .isEqualTo(Receipts.receipt(7, "YES", nonce))
                .hasSize(64)
                .isNotEqualTo(Receipts.receipt(7, "NO", nonce))
                .isNotEqualTo(Receipts.receipt(7, "YES", Receipts.nonce()));
    }
}
