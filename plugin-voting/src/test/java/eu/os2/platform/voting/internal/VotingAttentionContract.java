package eu.os2.platform.voting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.attention.AttentionItem;
import eu.os2.platform.api.calendar.CalendarEvent;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.voting.internal.attention.VotingAttention;
import eu.os2.platform.voting.internal.calendar.VotingCalendar;
import eu.os2.platform.voting.internal.model.AgendaItem;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.BallotKind;
import eu.os2.platform.voting.internal.store.VotingDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The home page's voting items appear when it is a person's turn and disappear when it is done; the calendar's events. */
abstract class VotingAttentionContract extends VotingContractBase {

    static final PlatformUser BOARD = new PlatformUser(3, "bestyrelse", "Bestyrelsen", Set.of(Role.BOARD), null);
    static final PlatformUser VIEWER = new PlatformUser(4, "laeser", "Læser", Set.of(Role.VIEWER), null);

    VotingAttention attention;
    VotingCalendar calendar;

    @BeforeEach
    void sources() {
        VotingDatabase database = VotingDatabase.over(db);
        attention = new VotingAttention(database, service.assemblies, service.electorate, clock);
        calendar = new VotingCalendar(database, service.outbox, clock);
    }

    List<String> keys(PlatformUser user) {
        return attention.itemsFor(user).stream().map(AttentionItem::key).toList();
    }

    AttentionItem item(PlatformUser user, String key) {
        return attention.itemsFor(user).stream()
                .filter(i -> i.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item " + key + " for " + user.username()));
    }

    @Test
    void anOpenBallotIsOnTheRepresentativesHomePageUntilTheOrganisationHasVoted() {
        Ballot b = yesNo("Godkendelse af regnskab 2025", false);
        String key = "voting.ballot-open/" + b.id();
        AttentionItem open = item(rep(5), key);
        assertThat(open.link()).isEqualTo("#/voting/assembly/" + assembly.id() + "?ballot=" + b.id());
        assertThat(open.textDa()).contains("Stem om").contains("Godkendelse af regnskab 2025");
        assertThat(open.textEn()).contains("Vote on");
        assertThat(open.urgent()).isTrue();
        assertThat(open.due()).isEqualTo(LocalDate.of(2026, 4, 23));

        checkIn(5, 5);
        service.cast(b.id(), 5, List.of("YES"), null, rep(5));
        assertThat(keys(rep(5))).doesNotContain(key);
        assertThat(keys(rep(6))).contains(key);
        // a member that may not vote, the secretariat and a reader are not asked to vote
        assertThat(keys(rep(UNPAID))).isEmpty();
        assertThat(keys(SECRETARIAT)).doesNotContain(key);
        assertThat(keys(VIEWER)).isEmpty();

        service.close(b.id(), SECRETARIAT);
        assertThat(keys(rep(6))).doesNotContain(key);
    }

    @Test
    void aCalledAssemblyAheadShowsItsNextDeadlineAndTheRegistrationUntilItIsDone() {
        clock.now = Instant.parse("2026-03-02T09:00:00Z");
        AttentionItem ahead = item(rep(8), "voting.assembly/" + assembly.id());
        assertThat(ahead.due()).isEqualTo(assembly.proposalsDue());
        assertThat(ahead.textDa()).contains("send forslag senest 9. april 2026");
        assertThat(ahead.textEn()).contains("send proposals by 9 April 2026");
        assertThat(ahead.link()).isEqualTo("#/voting/assembly/" + assembly.id());
        assertThat(ahead.urgent()).isFalse();
        String registration = "voting.registration/" + assembly.id();
        assertThat(keys(rep(8))).contains(registration);

        service.register(assembly.id(), 8, "rep-8", null, rep(8));
        assertThat(keys(rep(8))).doesNotContain(registration).contains("voting.assembly/" + assembly.id());

        clock.now = Instant.parse("2026-04-20T09:00:00Z"); // after the proposals deadline: the day itself
        AttentionItem soon = item(rep(8), "voting.assembly/" + assembly.id());
        assertThat(soon.due()).isEqualTo(LocalDate.of(2026, 4, 23));
        assertThat(soon.textDa()).contains("kl. 13.00").contains("Aarhus Rådhus");
        assertThat(soon.urgent()).isTrue();
    }

    @Test
    void aProposalAwaitsTheSecretariatUntilItHasABallot() {
        clock.now = Instant.parse("2026-03-02T09:00:00Z");
        String key = "voting.proposals/" + assembly.id();
        assertThat(keys(SECRETARIAT)).doesNotContain(key);
        AgendaItem proposal = service.propose(assembly.id(), 12, "Fælles tilgængelighed", null, rep(12));
        AttentionItem waiting = item(SECRETARIAT, key);
        assertThat(waiting.textDa()).startsWith("1 forslag til Ordinær generalforsamling 2026 venter");
        assertThat(waiting.due()).isEqualTo(assembly.materialDue());
        assertThat(keys(rep(12))).doesNotContain(key);

        service.createBallot(
                assembly.id(),
                new BallotChange(
                        proposal.id(),
                        BallotKind.YES_NO,
                        DecisionType.ORDINARY,
                        proposal.title(),
                        false,
                        0,
                        List.of(),
                        null),
                SECRETARIAT);
        assertThat(keys(SECRETARIAT)).doesNotContain(key);
    }

    @Test
    void minutesAreDueAfterTheAssemblyUrgentWhenLateAndGoneWhenPublished() {
        String key = "voting.minutes/" + assembly.id();
        clock.now = Instant.parse("2026-03-02T09:00:00Z");
        assertThat(keys(SECRETARIAT)).doesNotContain(key);
        clock.now = Instant.parse("2026-04-24T09:00:00Z");
        AttentionItem due = item(SECRETARIAT, key);
        assertThat(due.due()).isEqualTo(LocalDate.of(2026, 5, 7));
        assertThat(due.urgent()).isFalse();
        assertThat(due.link()).isEqualTo("#/voting/minutes/" + assembly.id());
        assertThat(keys(rep(5))).doesNotContain(key);

        clock.now = Instant.parse("2026-05-08T09:00:00Z");
        AttentionItem late = item(SECRETARIAT, key);
        assertThat(late.urgent()).isTrue();
        assertThat(late.textDa()).startsWith("For sent");
        assertThat(late.textEn()).startsWith("Late");

        var a = service.service.assembly(assembly.id()).orElseThrow();
        service.saveMinutes(a.id(), a.version(), "Referat", true, SECRETARIAT);
        assertThat(keys(SECRETARIAT)).doesNotContain(key);
    }

    @Test
    void aThirdOfTheMembersAskingPutsTheExtraordinaryAssemblyBeforeTheBoard() {
        service.requestExtraordinary(1, "Vi ønsker en ekstraordinær generalforsamling", rep(1));
        assertThat(keys(SECRETARIAT)).contains("voting.extraordinary-requests");
        assertThat(keys(BOARD)).doesNotContain("voting.extraordinary-required");
        for (long org = 2; org <= 68; org++) {
            if (org != UNPAID) {
                service.requestExtraordinary(org, "Enig", rep(org));
            }
        }
        AttentionItem required = item(BOARD, "voting.extraordinary-required");
        assertThat(required.urgent()).isTrue();
        assertThat(required.textDa()).contains("67 af 199");
        assertThat(keys(SECRETARIAT)).contains("voting.extraordinary-required");
        assertThat(keys(rep(1))).doesNotContain("voting.extraordinary-required");
    }

    @Test
    void theCalendarHoldsTheAssemblyWithItsPlaceAndItsDeadlinesAsWholeDays() {
        List<CalendarEvent> events = calendar.events(rep(5), Language.DA);
        assertThat(events)
                .extracting(CalendarEvent::uid)
                .containsExactly(
                        "assembly-" + assembly.id() + "@os2.eu",
                        "assembly-" + assembly.id() + "-proposals@os2.eu",
                        "assembly-" + assembly.id() + "-material@os2.eu");
        CalendarEvent meeting = events.get(0);
        assertThat(meeting.location()).isEqualTo("Aarhus Rådhus");
        assertThat(meeting.start()).isEqualTo(Instant.parse("2026-04-23T11:00:00Z"));
        assertThat(meeting.end()).isAfter(meeting.start());
        assertThat(meeting.url()).isEqualTo("https://platform.example/console/#/voting/assembly/" + assembly.id());
        assertThat(events.get(1).day()).isEqualTo(assembly.proposalsDue());
        assertThat(events.get(1).summary()).startsWith("Frist for forslag");
        assertThat(events.get(2).day()).isEqualTo(assembly.materialDue());
        assertThat(calendar.events(rep(5), Language.EN).get(1).summary()).startsWith("Deadline for proposals");
        // the same uids every time, so a calendar updates the events instead of adding them again
        assertThat(calendar.events(SECRETARIAT, Language.DA))
                .extracting(CalendarEvent::uid)
                .isEqualTo(events.stream().map(CalendarEvent::uid).toList());
        // more than a year after the assembly it is no longer in the feed
        clock.now = Instant.parse("2027-05-01T09:00:00Z");
        assertThat(calendar.events(rep(5), Language.DA)).isEmpty();
    }
}
