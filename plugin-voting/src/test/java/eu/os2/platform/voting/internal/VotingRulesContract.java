package eu.os2.platform.voting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.audit.AuditEntry;
import eu.os2.platform.api.ref.PlatformRef;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.api.voting.AssemblyKind;
import eu.os2.platform.api.voting.Decision;
import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.voting.internal.model.Agenda;
import eu.os2.platform.voting.internal.model.AgendaItem;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.BallotKind;
import eu.os2.platform.voting.internal.model.BoardEntry;
import eu.os2.platform.voting.internal.model.Option;
import eu.os2.platform.voting.internal.model.Registration;
import eu.os2.platform.voting.internal.model.RuleSets;
import eu.os2.platform.voting.internal.model.Tally;
import eu.os2.platform.voting.internal.model.Turnout;
import eu.os2.platform.voting.internal.model.Verification;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of issue 13 on a real database: the close's frozen snapshot, the board while open, a
 * ballot on an agenda item and the chair in odd years, attendance that goes down, field errors
 * before the database, and every change with its audit entry in one transaction.
 */
abstract class VotingRulesContract extends VotingContractBase {

    static PlatformRef ref(Ballot b) {
        return new PlatformRef(PlatformRef.DECISION, Long.toString(b.id()));
    }

    static void assertField(Runnable change, String field, String code) {
        assertThatThrownBy(change::run)
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry(field, code));
    }

    /** @return an open ballot on a statute change, its own agenda item: two thirds of those present */
    Ballot statuteChange(String title) {
        AgendaItem item = service.addItem(assembly.id(), title, null, DecisionType.STATUTE_CHANGE, SECRETARIAT);
        Ballot b = service.createBallot(
                assembly.id(),
                new BallotChange(
                        item.id(), BallotKind.YES_NO, DecisionType.STATUTE_CHANGE, title, false, 0, List.of(), null),
                SECRETARIAT);
        return service.open(b.id(), SECRETARIAT);
    }

    @Test
    void aClosedBallotKeepsTheResultItsCloseDecidedOnWhateverHappensAfter() {
        Ballot b = statuteChange("Ændring af § 5");
        checkIn(3, 5);
        service.cast(b.id(), 3, List.of("YES"), null, rep(3));
        service.cast(b.id(), 4, List.of("YES"), null, rep(4));
        service.cast(b.id(), 5, List.of("NO"), null, rep(5));
        Ballot closed = service.close(b.id(), SECRETARIAT);
        assertThat(closed.passed()).as("2 of the 3 present: two thirds").isTrue();
        Tally.Result result = service.ballots.count(closed);
        assertThat(result.present()).isEqualTo(3);
        assertThat(result.eligible()).isEqualTo(ORGANISATIONS - 1);
        Decision decision = service.decision(ref(b)).orElseThrow();
        Turnout turnout = service.ballots.turnout(b.id());
        List<BoardEntry> board = service.board(b.id());

        // later: fifteen more check in, and a new member joins
        checkIn(6, 20);
        orgs.add(municipality(500));
        assertThat(service.eligible()).hasSize(ORGANISATIONS);

        Ballot again = service.ballot(b.id()).orElseThrow();
        assertThat(service.ballots.count(again)).isEqualTo(result);
        assertThat(service.decision(ref(b))).contains(decision);
        assertThat(service.service.decisions()).contains(decision);
        assertThat(service.ballots.turnout(b.id())).isEqualTo(turnout);
        assertThat(service.board(b.id())).isEqualTo(board);
        Verification v = service.verify(b.id());
        assertThat(v.ok()).as(v.problems().toString()).isTrue();
        assertThat(v.recounted()).isEqualTo(closed.resultDigest());
        assertThat(service.draftMinutes(assembly.id()))
                .contains("Fremmødte medlemmer (17 af " + (ORGANISATIONS - 1) + " stemmeberettigede)")
                .contains(closed.summary());
    }

    @Test
    void aMemberThatVotedAndCheckedOutStillCountsAsPresentForItsVote() {
        Ballot b = statuteChange("Ændring af § 7");
        checkIn(20, 28);
        for (long org = 20; org <= 24; org++) {
            service.cast(b.id(), org, List.of("YES"), null, rep(org));
        }
        for (long org = 25; org <= 28; org++) {
            service.cast(b.id(), org, List.of("NO"), null, rep(org));
        }
        // two who voted yes leave before the close: 5 of 7 would be two thirds, 5 of 9 is not
        service.checkOut(assembly.id(), 20, rep(20));
        service.checkOut(assembly.id(), 21, rep(21));
        Ballot closed = service.close(b.id(), SECRETARIAT);
        assertThat(service.ballots.count(closed).present()).isEqualTo(9);
        assertThat(closed.passed()).isFalse();
    }

    @Test
    void theBoardShowsNothingOfTheVotesWhileTheBallotIsOpen() {
        Ballot b = yesNo("Eksklusion", true);
        checkIn(3, 4);
        service.cast(b.id(), 3, List.of("YES"), null, rep(3));
        service.cast(b.id(), 4, List.of("NO"), null, rep(4));
        assertThat(service.board(b.id())).isEmpty();
        assertThat(service.ballots.chainHead(b.id())).isEmpty();
        Verification open = service.verify(b.id());
        assertThat(open.ok()).isFalse();
        assertThat(open.ballots()).isZero();
        assertThat(open.recounted()).isNull();
        assertThat(open.problems()).containsExactly("the ballot is not closed");

        service.close(b.id(), SECRETARIAT);
        assertThat(service.board(b.id())).extracting(BoardEntry::choice).containsExactlyInAnyOrder("YES", "NO");
        assertThat(service.ballots.chainHead(b.id())).get().asString().hasSize(64);
        assertThat(service.verify(b.id()).ok()).isTrue();
    }

    @Test
    void aBallotBelongsToAnAgendaItemAndTheChairIsElectedInOddYearsWhateverTheItemIsCalled() throws Exception {
        assertField(
                () -> service.createBallot(
                        assembly.id(),
                        new BallotChange(
                                null,
                                BallotKind.YES_NO,
                                DecisionType.ORDINARY,
                                "Uden punkt",
                                false,
                                0,
                                List.of(),
                                null),
                        SECRETARIAT),
                "itemId",
                "required");
        // 2026 is even: no chair election, however the item is named or made
        assertField(
                () -> service.assemblies.addItem(
                        assembly.id(),
                        "Valg af formand",
                        null,
                        DecisionType.ELECTION,
                        Agenda.ItemKind.BOARD_CHAIR,
                        SECRETARIAT),
                "elects",
                "statutes.chair-odd-years");
        assertField(
                () -> service.addItem(assembly.id(), "Valg af formand", null, DecisionType.ELECTION, SECRETARIAT),
                "elects",
                "required");
        AgendaItem ordinary =
                service.addItem(assembly.id(), "Valg af formand", null, DecisionType.ORDINARY, SECRETARIAT);
        assertField(
                () -> service.createBallot(assembly.id(), chairElection(ordinary, 1), SECRETARIAT),
                "decisionType",
                "not-the-items");
        // items stored before the rule: an election item that does not say what it elects, a chair item in an even year
        long legacy = insertItem(Agenda.ItemKind.OTHER);
        assertField(
                () -> service.createBallot(assembly.id(), chairElection(item(legacy), 1), SECRETARIAT),
                "itemId",
                "elects-unknown");
        long chairItem = insertItem(Agenda.ItemKind.BOARD_CHAIR);
        assertField(
                () -> service.createBallot(assembly.id(), chairElection(item(chairItem), 1), SECRETARIAT),
                "itemId",
                "statutes.chair-odd-years");

        Assembly odd = service.call(
                new AssemblyChange(
                        AssemblyKind.ORDINARY,
                        "Ordinær generalforsamling 2027",
                        LocalDateTime.of(2027, 4, 22, 13, 0),
                        null,
                        LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 4, 1),
                        LocalDate.of(2027, 4, 10)),
                SECRETARIAT);
        AgendaItem chair = service.item(odd.id(), Agenda.ItemKind.BOARD_CHAIR);
        assertField(
                () -> service.createBallot(odd.id(), chairElection(chair, 2), SECRETARIAT),
                "seats",
                "statutes.chair-odd-years");
        assertThat(service.createBallot(odd.id(), chairElection(chair, 1), SECRETARIAT)
                        .itemId())
                .isEqualTo(chair.id());
        AgendaItem another = service.assemblies.addItem(
                odd.id(), "Suppleringsvalg", null, DecisionType.ELECTION, Agenda.ItemKind.BOARD_CHAIR, SECRETARIAT);
        assertThat(another.kind()).isEqualTo(Agenda.ItemKind.BOARD_CHAIR);
    }

    static BallotChange chairElection(AgendaItem item, int seats) {
        return new BallotChange(
                item.id(),
                BallotKind.ELECTION,
                DecisionType.ELECTION,
                "Valg af formand",
                null,
                seats,
                List.of(new Option("a", "Anna", 1L), new Option("b", "Bo", 2L)),
                null);
    }

    AgendaItem item(long id) {
        return service.agenda(assembly.id()).stream()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow();
    }

    long insertItem(Agenda.ItemKind kind) throws Exception {
        try (Connection con = db.getConnection();
                Statement st = con.createStatement()) {
            st.executeUpdate("INSERT INTO voting_item (assembly_id, sort_order, kind, title, decision_type) VALUES ("
                    + assembly.id() + ", 99, '" + kind + "', 'Valg af formand', 'ELECTION')");
        }
        return service.agenda(assembly.id()).stream()
                .filter(i -> i.position() == 99 && i.kind() == kind)
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void aMemberVotesOnlyWhileCheckedInAndACheckOutEndsItsPresence() {
        Ballot b = yesNo("Regnskab", false);
        assertField(
                () -> service.cast(b.id(), 3, List.of("YES"), null, rep(3)),
                "organisation",
                "rules.check-in-before-vote");
        service.checkIn(assembly.id(), 3, rep(3));
        assertThat(service.cast(b.id(), 3, List.of("YES"), null, rep(3)).revision())
                .isEqualTo(1);
        assertThat(service.ballots.turnout(b.id()).present()).isEqualTo(1);
        assertThatThrownBy(() -> service.checkOut(assembly.id(), 3, rep(4))).isInstanceOf(SecurityException.class);
        service.checkOut(assembly.id(), 3, rep(3));
        assertThat(service.ballots.turnout(b.id()).present()).isZero();
        Registration left = service.assemblies.registrations(assembly.id()).get(0);
        assertThat(left.present()).isFalse();
        assertThat(left.presentSince()).as("it attended").isNotNull();
        assertField(
                () -> service.cast(b.id(), 3, List.of("NO"), null, rep(3)),
                "organisation",
                "rules.check-in-before-vote");
        assertField(() -> service.checkOut(assembly.id(), 3, rep(3)), "organisation", "not-checked-in");
        service.checkIn(assembly.id(), 3, SECRETARIAT);
        assertThat(service.cast(b.id(), 3, List.of("NO"), null, rep(3)).revision())
                .isEqualTo(2);
        assertThat(audit.entries())
                .extracting(AuditEntry::action)
                .containsSubsequence(
                        "voting.attendance.check-in", "voting.attendance.check-out", "voting.attendance.check-in");
    }

    @Test
    void textsTooLongAndMalformedChoicesAreFieldErrorsBeforeTheDatabase() {
        String long201 = "x".repeat(201);
        assertField(
                () -> service.call(
                        new AssemblyChange(
                                AssemblyKind.ORDINARY,
                                "GF 2027",
                                LocalDateTime.of(2027, 4, 22, 13, 0),
                                long201,
                                LocalDate.of(2027, 3, 1),
                                LocalDate.of(2027, 4, 1),
                                LocalDate.of(2027, 4, 10)),
                        SECRETARIAT),
                "place",
                "too-long");
        assertField(() -> service.register(assembly.id(), 3, long201, null, rep(3)), "representative", "too-long");
        assertField(() -> service.register(assembly.id(), 3, "rep-3", long201, rep(3)), "substitute", "too-long");
        Ballot b = yesNo("Regnskab", false);
        checkIn(3, 3);
        assertField(
                () -> service.cast(b.id(), 3, Arrays.asList((String) null), null, rep(3)), "choice", "invalid-choice");
        assertField(
                () -> service.createBallot(
                        assembly.id(),
                        new BallotChange(
                                service.item(assembly.id(), Agenda.ItemKind.BOARD_MEMBERS)
                                        .id(),
                                BallotKind.ELECTION,
                                DecisionType.ELECTION,
                                "Valg",
                                null,
                                1,
                                List.of(new Option("a", long201, null), new Option("b", "Bo", null)),
                                null),
                        SECRETARIAT),
                "options",
                "too-long");
    }

    @Test
    void anAssemblyIsCalledOnlyForDatesAhead() {
        assertThatThrownBy(() -> service.call(
                        new AssemblyChange(
                                AssemblyKind.EXTRAORDINARY,
                                "Ekstraordinær",
                                LocalDateTime.of(2026, 4, 20, 13, 0),
                                null,
                                LocalDate.of(2026, 4, 1),
                                LocalDate.of(2026, 4, 2),
                                LocalDate.of(2026, 4, 3)),
                        SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("heldAt", "in-the-past")
                                .containsEntry("calledOn", "in-the-past"));
        // the assembly's own day has passed: its place may still be corrected, its date not moved back
        clock.now = Instant.parse("2026-05-01T08:00:00Z");
        AssemblyChange same = new AssemblyChange(
                AssemblyKind.ORDINARY,
                assembly.title(),
                assembly.heldAt(),
                "Aarhus Rådhus, byrådssalen",
                assembly.calledOn(),
                assembly.proposalsDue(),
                assembly.materialDue());
        Assembly corrected = service.assemblies.update(assembly.id(), assembly.version(), same, SECRETARIAT);
        assertThat(corrected.place()).isEqualTo("Aarhus Rådhus, byrådssalen");
        assertField(
                () -> service.assemblies.update(
                        assembly.id(),
                        corrected.version(),
                        new AssemblyChange(
                                AssemblyKind.ORDINARY,
                                assembly.title(),
                                assembly.heldAt().minusDays(1),
                                null,
                                assembly.calledOn(),
                                assembly.proposalsDue(),
                                assembly.materialDue()),
                        SECRETARIAT),
                "heldAt",
                "in-the-past");
    }

    @Test
    void aChangeAndItsAuditEntryCommitTogetherOrNotAtAll() {
        Ballot b = yesNo("Regnskab", false);
        checkIn(3, 3);
        service.cast(b.id(), 3, List.of("YES"), null, rep(3));
        VotingFixture failing = new VotingFixture(
                db,
                members,
                standing,
                audit.failOn("voting.ballot.close", "voting.attendance.check-in"),
                clock,
                events,
                RuleSets.configured("", 0, 0));
        assertThatThrownBy(() -> failing.close(b.id(), SECRETARIAT)).hasMessageContaining("audit log is down");
        assertThat(service.ballot(b.id()).orElseThrow().state()).isEqualTo(Ballot.OPEN);
        assertThat(service.ballots.chainHead(b.id())).isEmpty();
        assertThatThrownBy(() -> failing.checkIn(assembly.id(), 9, rep(9))).hasMessageContaining("audit log is down");
        assertThat(service.assemblies.registrations(assembly.id()))
                .extracting(Registration::organisationId)
                .containsExactly(3L);
        audit.failOn();
        assertThat(service.close(b.id(), SECRETARIAT).passed()).isTrue();
        assertThat(service.verify(b.id()).ok()).isTrue();
    }
}
