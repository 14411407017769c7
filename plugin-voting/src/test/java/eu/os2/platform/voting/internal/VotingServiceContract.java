package eu.os2.platform.voting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.ref.PlatformRef;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.api.voting.AssemblyKind;
import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.api.voting.VotingService;
import eu.os2.platform.voting.internal.model.Agenda;
import eu.os2.platform.voting.internal.model.AgendaItem;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.BallotKind;
import eu.os2.platform.voting.internal.model.BoardEntry;
import eu.os2.platform.voting.internal.model.CastReceipt;
import eu.os2.platform.voting.internal.model.Option;
import eu.os2.platform.voting.internal.model.Receipts;
import eu.os2.platform.voting.internal.model.Verification;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The service on a real database with the plugin's changelog; run on H2 and on PostgreSQL. */
abstract class VotingServiceContract extends VotingContractBase {

    @Test
    void anAssemblyOutsideTheStatutesIsRefusedWithTheProvision() {
        assertThatThrownBy(() -> service.call(
                        new AssemblyChange(
                                AssemblyKind.ORDINARY,
                                "GF",
                                LocalDateTime.of(2026, 6, 23, 13, 0),
                                null,
                                LocalDate.of(2026, 6, 1),
                                LocalDate.of(2026, 6, 15),
                                LocalDate.of(2026, 6, 16)),
                        SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("heldAt", "statutes.ordinary-months")
                                .containsEntry("calledOn", "statutes.notice")
                                .containsEntry("proposalsDue", "statutes.proposals-due"));
        assertThat(service.agenda(assembly.id()))
                .extracting(AgendaItem::kind)
                .contains(Agenda.ItemKind.MEMBERSHIP_FEE)
                .doesNotContain(Agenda.ItemKind.BOARD_CHAIR);
        assertThat(assembly.ruleSet()).isEqualTo("vedtaegter");
    }

    @Test
    void proposalsAfterTheDeadlineAreRefused() {
        // the clock says 23 April; proposals were due 9 April
        assertThatThrownBy(() -> service.propose(assembly.id(), 3, "Nyt forslag", "Tekst", rep(3)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("proposalsDue", "statutes.proposals-due"));
        AgendaItem item = service.addItem(
                assembly.id(), "Bekræftelse af eksklusion", null, DecisionType.EXCLUSION_CONFIRMATION, SECRETARIAT);
        List<AgendaItem> agenda = service.agenda(assembly.id());
        assertThat(agenda.get(agenda.size() - 1).kind())
                .as("Eventuelt stays last")
                .isEqualTo(Agenda.ItemKind.ANY_OTHER);
        assertThat(agenda.get(agenda.size() - 2).id()).isEqualTo(item.id());
    }

    @Test
    void aRevoteReplacesTheEarlierOneAndNothingIsAcceptedAfterTheClose() {
        Ballot b = yesNo("Regnskab 2025", false);
        checkIn(3, 5);
        CastReceipt first = service.cast(b.id(), 3, List.of("NO"), null, rep(3));
        CastReceipt second = service.cast(b.id(), 3, List.of("YES"), null, rep(3));
        assertThat(second.revision()).isEqualTo(2);
        // the organisation sees that it has voted, when and how often it changed — nothing of what
        assertThat(service.ballots.participation(assembly.id(), 3))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.ballotId()).isEqualTo(b.id());
                    assertThat(p.revision()).isEqualTo(2);
                    assertThat(p.votedAt()).isNotNull();
                });
        assertThat(service.ballots.participation(assembly.id(), 4)).isEmpty();
        assertThat(service.board(b.id())).as("nothing of the votes while open").isEmpty();
        assertThat(Receipts.receipt(b.id(), "YES", second.nonce())).isEqualTo(second.receipt());
        assertThat(first.receipt()).isNotEqualTo(second.receipt());
        service.cast(b.id(), 4, List.of("NO"), null, rep(4));
        Ballot closed = service.close(b.id(), SECRETARIAT);
        assertThat(service.board(b.id()))
                .hasSize(2)
                .anyMatch(
                        e -> e.receipt().equals(second.receipt()) && e.choice().equals("YES"));
        assertThat(closed.summary()).startsWith("Forkastet: 1 for, 1 imod, 0 undlod");
        assertThatThrownBy(() -> service.cast(b.id(), 5, List.of("YES"), null, rep(5)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("ballot", "closed"));
        Verification v = service.verify(b.id());
        assertThat(v.ok()).as(v.problems().toString()).isTrue();
        assertThat(v.chainEntries()).isEqualTo(3);
        assertThat(service.decision(new PlatformRef(PlatformRef.DECISION, Long.toString(b.id()))))
                .get()
                .satisfies(d -> assertThat(d.passed()).isFalse());
        assertThat(events.topics()).contains(VotingService.TOPIC_BALLOT_OPENED, VotingService.TOPIC_BALLOT_CLOSED);
    }

    @Test
    void whoMayVoteIsCheckedLive() {
        Ballot b = yesNo("Kontingent", false);
        assertThatThrownBy(() -> service.cast(b.id(), UNPAID, List.of("YES"), null, rep(UNPAID)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("organisation", "statutes.unpaid"));
        assertThatThrownBy(() -> service.cast(b.id(), PARTNER, List.of("YES"), null, rep(PARTNER)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("organisation", "statutes.one-vote"));
        assertThatThrownBy(() -> service.cast(b.id(), 5, List.of("YES"), null, rep(6)))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> service.cast(b.id(), 5, List.of("MAYBE"), null, rep(5)))
                .isInstanceOf(ValidationException.class);
        // a registered representative: another user of the organisation is refused
        service.register(assembly.id(), 5, "rep-5", "rep-5b", SECRETARIAT);
        PlatformUser other = new PlatformUser(77, "rep-5x", "X", Set.of(Role.MEMBER_REPRESENTATIVE), 5L);
        assertThatThrownBy(() -> service.cast(b.id(), 5, List.of("YES"), null, other))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("representative", "not-registered"));
        PlatformUser substitute = new PlatformUser(78, "rep-5b", "Sub", Set.of(Role.MEMBER_REPRESENTATIVE), 5L);
        checkIn(5, 5);
        assertThat(service.cast(b.id(), 5, List.of("YES"), null, substitute).revision())
                .isEqualTo(1);
        assertThatThrownBy(() -> service.giveProxy(assembly.id(), 8, 9, rep(8)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("proxy", "statutes.proxies"));
        assertThat(service.eligible()).hasSize(ORGANISATIONS - 1);
    }

    @Test
    void aSecretBallotKeepsNoLinkFromChoiceToOrganisationYetRefusesASecondVote() throws Exception {
        Ballot b = yesNo("Eksklusion af medlem", true);
        checkIn(3, 3);
        CastReceipt r = service.cast(b.id(), 3, List.of("YES"), null, rep(3));
        assertThat(r.changeToken()).isNotBlank();
        assertThatThrownBy(() -> service.cast(b.id(), 3, List.of("NO"), null, rep(3)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("organisation", "already-voted"));
        CastReceipt changed = service.cast(b.id(), 3, List.of("NO"), r.changeToken(), rep(3));
        assertThat(service.ballots.participation(assembly.id(), 3))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.ballotId()).isEqualTo(b.id());
                    assertThat(p.votedAt())
                            .as("no time of a secret vote: with the log's order it would tell who voted what")
                            .isNull();
                });
        Ballot closed = service.close(b.id(), SECRETARIAT);
        assertThat(closed.summary())
                .as("the changed ballot is counted once, as changed")
                .contains("0 for, 1 imod");
        assertThat(service.board(b.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.choice()).isEqualTo("NO"));
        try (Connection con = db.getConnection();
                Statement st = con.createStatement();
                var rs = st.executeQuery("SELECT * FROM voting_secret_vote")) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                assertThat(rs.getMetaData().getColumnName(i).toLowerCase()).doesNotContain("organisation");
            }
        }
        assertThat(service.verify(b.id()).ok()).isTrue();
        assertThat(changed.receipt()).isNotEqualTo(r.receipt());
    }

    @Test
    void twoHundredOrganisationsSendingTwentyDuplicatesEachAreCountedOnce() throws Exception {
        Ballot b = yesNo("Vedtægtsændring", false);
        checkIn(1, ORGANISATIONS);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        AtomicInteger refused = new AtomicInteger();
        for (long org = 1; org <= ORGANISATIONS; org++) {
            if (org == UNPAID) {
                continue;
            }
            long o = org;
            for (int i = 0; i < 20; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        service.cast(b.id(), o, List.of(o % 3 == 0 ? "NO" : "YES"), null, rep(o));
                    } catch (ValidationException e) {
                        refused.incrementAndGet();
                    }
                    return null;
                }));
            }
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        Ballot closed = service.close(b.id(), SECRETARIAT);
        List<BoardEntry> board = service.board(b.id());
        assertThat(board).hasSize(ORGANISATIONS - 1);
        long no = (ORGANISATIONS / 3);
        assertThat(closed.summary()).startsWith("Vedtaget: " + (ORGANISATIONS - 1 - no) + " for, " + no + " imod");
        assertThat(service.verify(b.id()).ok()).isTrue();
    }

    @Test
    void aVoteRacingTheCloseIsEitherCountedOrRefused() throws Exception {
        Ballot b = yesNo("Kapløb", false);
        checkIn(1, 120);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (long org = 1; org <= 120; org++) {
            long o = org;
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    accepted.add(service.cast(b.id(), o, List.of("YES"), null, rep(o))
                            .receipt());
                } catch (ValidationException e) {
                    // refused after the close, or unpaid
                }
                return null;
            }));
        }
        futures.add(pool.submit(() -> {
            start.await();
            Thread.sleep(5);
            service.close(b.id(), SECRETARIAT);
            return null;
        }));
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        Set<String> board = new HashSet<>();
        service.board(b.id()).forEach(e -> board.add(e.receipt()));
        assertThat(board).containsExactlyInAnyOrderElementsOf(accepted);
        Ballot closed = service.ballot(b.id()).orElseThrow();
        assertThat(closed.summary())
                .startsWith("Vedtaget: " + accepted.size() + " for")
                .isNotNull();
        assertThat(service.verify(b.id()).ok()).isTrue();
    }

    @Test
    void verifyFindsATamperedRowAndABrokenChain() throws Exception {
        Ballot b = yesNo("Regnskab", false);
        checkIn(3, 4);
        service.cast(b.id(), 3, List.of("YES"), null, rep(3));
        service.cast(b.id(), 4, List.of("YES"), null, rep(4));
        service.close(b.id(), SECRETARIAT);
        try (Connection con = db.getConnection();
                Statement st = con.createStatement()) {
            st.executeUpdate(
                    "UPDATE voting_vote SET choice = 'NO' WHERE organisation_id = 4 AND ballot_id = " + b.id());
        }
        Verification v = service.verify(b.id());
        assertThat(v.ok()).isFalse();
        assertThat(v.problems())
                .anyMatch(p -> p.contains("does not match its stored choice"))
                .anyMatch(p -> p.contains("differ from the" + " log"))
                .anyMatch(p -> p.contains("recount differs"));
        try (Connection con = db.getConnection();
                Statement st = con.createStatement()) {
            st.executeUpdate(
                    "UPDATE voting_vote SET choice = 'YES' WHERE organisation_id = 4 AND ballot_id = " + b.id());
            st.executeUpdate("UPDATE voting_log SET choice = 'NO' WHERE seq = 1 AND ballot_id = " + b.id());
        }
        assertThat(service.verify(b.id()).problems()).anyMatch(p -> p.contains("breaks the hash chain"));
    }

    @Test
    void anElectionSeatsOnePerOrganisationAndTheMinutesAreDraftedFromTheResults() {
        AgendaItem board = service.agenda(assembly.id()).stream()
                .filter(i -> i.kind() == Agenda.ItemKind.BOARD_MEMBERS)
                .findFirst()
                .orElseThrow();
        AgendaItem chair = new AgendaItem(0, 0, 0, Agenda.ItemKind.BOARD_CHAIR, "", null, null, null);
        assertThat(chair.kind()).isNotNull();
        Ballot election = service.createBallot(
                assembly.id(),
                new BallotChange(
                        board.id(),
                        BallotKind.ELECTION,
                        DecisionType.ELECTION,
                        "Valg af 2 bestyrelsesmedlemmer",
                        null,
                        2,
                        List.of(new Option("a", "Anna", 1L), new Option("b", "Bo", 1L), new Option("c", "Cecilie", 2L)),
                        null),
                SECRETARIAT);
        assertThat(election.secret()).as("elections are secret by default").isTrue();
        service.open(election.id(), SECRETARIAT);
        checkIn(3, 5);
        service.cast(election.id(), 3, List.of("a", "b"), null, rep(3));
        service.cast(election.id(), 4, List.of("a"), null, rep(4));
        service.cast(election.id(), 5, List.of("c"), null, rep(5));
        Ballot closed = service.close(election.id(), SECRETARIAT);
        assertThat(closed.summary()).startsWith("Valgt: Anna, Cecilie");
        String minutes = service.draftMinutes(assembly.id());
        assertThat(minutes)
                .contains("Fremmødte medlemmer (3 af 199")
                .contains("Valg af bestyrelsesmedlemmer")
                .contains("Valgt: Anna," + " Cecilie")
                .contains("Referatet offentliggøres senest 7. maj 2026");
        Assembly published = service.saveMinutes(assembly.id(), assembly.version(), minutes, true, SECRETARIAT);
        assertThat(published.minutesPublishedOn()).isEqualTo(LocalDate.of(2026, 4, 23));
        assertThat(events.topics()).contains(VotingService.TOPIC_MINUTES_PUBLISHED);
    }

    @Test
    void aThirdOfTheMembersAskingTellsTheBoardToCallAnExtraordinaryAssembly() {
        // 199 may vote (one is unpaid after a reminder): 66 is less than a third, 67 is a third
        for (long org = 1; org <= 67; org++) {
            if (org != UNPAID) {
                service.requestExtraordinary(org, "Nyvalg af bestyrelsen", rep(org));
            }
        }
        assertThat(service.requestState().boardMustCall()).isFalse();
        assertThatThrownBy(() -> service.requestExtraordinary(1, "igen", rep(1)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.requestExtraordinary(UNPAID, "x", rep(UNPAID)))
                .isInstanceOf(ValidationException.class);
        service.requestExtraordinary(68, "Nyvalg af bestyrelsen", rep(68));
        assertThat(service.requestState().boardMustCall()).isTrue();
        assertThat(service.requestState().requests()).isEqualTo(67L);
        assertThat(events.topics()).contains(VotingService.TOPIC_EXTRAORDINARY_REQUIRED);
    }

    @Test
    void aBallotPastItsClosingTimeIsClosedByTheScheduleAndNotByAReading() {
        Ballot b = service.createBallot(
                assembly.id(),
                new BallotChange(
                        service.item(assembly.id(), Agenda.ItemKind.ACCOUNTS).id(),
                        BallotKind.YES_NO,
                        DecisionType.ORDINARY,
                        "Frist",
                        false,
                        0,
                        List.of(),
                        java.time.Instant.parse("2026-04-23T11:00:00Z")),
                SECRETARIAT);
        service.open(b.id(), SECRETARIAT);
        int eventsBefore = events.topics().size();
        assertThat(service.ballot(b.id())).get().extracting(Ballot::state).isEqualTo(Ballot.OPEN);
        assertThat(service.ballots.ballots(assembly.id()))
                .extracting(Ballot::state)
                .containsOnly(Ballot.OPEN);
        assertThat(service.board(b.id())).isEmpty();
        assertThat(events.topics()).as("a reading writes nothing").hasSize(eventsBefore);
        assertThat(service.ballots.closeDue()).isEqualTo(1);
        assertThat(service.ballots.closeDue())
                .as("closed once, also when two nodes try")
                .isZero();
        assertThat(service.ballot(b.id())).get().extracting(Ballot::state).isEqualTo(Ballot.CLOSED);
        assertThat(events.topics()).contains(VotingService.TOPIC_BALLOT_CLOSED);
        assertThat(service.verify(b.id()).ok()).isTrue();
    }
}
