package eu.os2.platform.voting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.message.Attachment;
import eu.os2.platform.api.message.Message;
import eu.os2.platform.api.message.MessageContent;
import eu.os2.platform.api.message.Outbox;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.api.voting.AssemblyKind;
import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.testing.RecordingOutbox;
import eu.os2.platform.voting.internal.model.Agenda;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.BallotKind;
import eu.os2.platform.voting.internal.model.RuleSets;
import eu.os2.platform.voting.internal.notices.VotingMessageKinds;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The messages the voting changes write: each in the change's own transaction (the outbox refuses
 * one written outside it), to the right members, in Danish and English without a missing value.
 */
abstract class VotingNoticesContract extends VotingContractBase {

    RecordingOutbox outbox() {
        return (RecordingOutbox) service.outbox;
    }

    @Test
    void callingAnAssemblyWritesOneNoticeToEveryMemberWithAnInvitationThatParses() throws Exception {
        List<RecordingOutbox.Written> notices = outbox().written(VotingMessageKinds.ASSEMBLY_CALLED);
        assertThat(notices).hasSize(1);
        Message m = notices.get(0).message();
        // the statutes' written notice goes to every member organisation, one in arrears too (it votes
        // if it pays before the assembly)
        assertThat(m.recipients().organisationIds())
                .hasSize(ORGANISATIONS)
                .contains(UNPAID)
                .doesNotContain(PARTNER)
                .isEqualTo(service.members());
        assertThat(m.onceKey()).isEqualTo("assembly-called/" + assembly.id());
        assertThat(m.reference()).isEqualTo("voting/assembly/" + assembly.id());

        MessageContent da = notices.get(0).da();
        assertThat(da.subject()).isEqualTo("Indkaldelse til Ordinær generalforsamling 2026 den 23. april 2026");
        assertThat(da.text())
                .contains("Tid: 23. april 2026 kl. 13.00")
                .contains("Sted: Aarhus Rådhus")
                .contains("senest 9. april 2026")
                .contains("senest 15. april 2026")
                .contains("1. ")
                .contains(service.agenda(assembly.id()).get(0).title())
                .contains("https://platform.example/console/#/voting/assembly/" + assembly.id())
                .doesNotContain("null")
                .doesNotContain("{");
        MessageContent en = notices.get(0).en();
        assertThat(en.subject()).isEqualTo("Notice of Ordinær generalforsamling 2026 on 23 April 2026");
        assertThat(en.text())
                .contains("Time: 23 April 2026 at 13:00")
                .contains("by 9 April 2026")
                .doesNotContain("null")
                .doesNotContain("{");

        assertThat(da.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("generalforsamling.ics");
            assertThat(a.mediaType()).isEqualTo("text/calendar; charset=UTF-8; method=PUBLISH");
        });
        assertThat(en.attachments())
                .singleElement()
                .extracting(Attachment::fileName)
                .isEqualTo("general-assembly.ics");
        VEvent event = event(da.attachments().get(0));
        assertThat(value(event, Property.UID)).isEqualTo("assembly-" + assembly.id() + "@os2.eu");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Aarhus Rådhus");
        assertThat(value(event, Property.DTSTART)).isEqualTo("20260423T110000Z"); // 13.00 in Copenhagen (summer time)
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Ordinær generalforsamling 2026");
    }

    @Test
    void aChangedPlaceSendsAnUpdatedInvitationWithAHigherSequenceAndAnUnchangedAssemblyNothing() throws Exception {
        clock.now = Instant.parse("2026-03-02T09:00:00Z");
        Assembly moved =
                service.assemblies.update(assembly.id(), assembly.version(), change("Odense Rådhus"), SECRETARIAT);
        List<RecordingOutbox.Written> notices = outbox().written(VotingMessageKinds.ASSEMBLY_CALLED);
        assertThat(notices).hasSize(2);
        assertThat(notices.get(1).da().subject()).startsWith("Ændret indkaldelse");
        assertThat(notices.get(1).en().subject()).startsWith("Changed notice");
        VEvent event = event(notices.get(1).da().attachments().get(0));
        assertThat(value(event, Property.UID)).isEqualTo("assembly-" + assembly.id() + "@os2.eu");
        assertThat(Integer.parseInt(value(event, Property.SEQUENCE))).isGreaterThan(0);
        assertThat(value(event, Property.LOCATION)).isEqualTo("Odense Rådhus");

        service.assemblies.update(assembly.id(), moved.version(), change("Odense Rådhus"), SECRETARIAT);
        assertThat(outbox().written(VotingMessageKinds.ASSEMBLY_CALLED)).hasSize(2);
    }

    @Test
    void anAssemblyEnteredAfterItWasHeldAndACallThatFailsWriteNoNotice() {
        outbox().clear();
        service.assemblies.enterHeld(
                new AssemblyChange(
                        AssemblyKind.ORDINARY,
                        "Ordinær generalforsamling 2025",
                        LocalDateTime.of(2025, 4, 24, 13, 0),
                        "Aarhus",
                        LocalDate.of(2025, 3, 20),
                        LocalDate.of(2025, 4, 10),
                        LocalDate.of(2025, 4, 15)),
                SECRETARIAT);
        assertThat(outbox().written()).isEmpty();

        clock.now = Instant.parse("2026-03-02T09:00:00Z");
        VotingFixture failing = new VotingFixture(
                db,
                members,
                standing,
                audit.failOn("voting.assembly.call"),
                clock,
                events,
                RuleSets.configured("", 0, 0),
                outbox());
        assertThatThrownBy(() -> failing.call(next(), SECRETARIAT)).hasMessageContaining("audit log is down");
        assertThat(outbox().written()).isEmpty();
    }

    @Test
    void anOutboxThatCannotBeWrittenRollsTheCallBack() {
        clock.now = Instant.parse("2026-03-02T09:00:00Z");
        int before = service.service.assemblies().size();
        Outbox down = new Outbox() {
            @Override
            public int enqueue(Message message) {
                throw new StorageException("the outbox is down", null);
            }

            @Override
            public String consoleUrl() {
                return "https://platform.example/console/";
            }
        };
        VotingFixture failing =
                new VotingFixture(db, members, standing, audit, clock, events, RuleSets.configured("", 0, 0), down);
        assertThatThrownBy(() -> failing.call(next(), SECRETARIAT)).hasMessageContaining("the outbox is down");
        assertThat(service.service.assemblies()).hasSize(before);
    }

    @Test
    void aBallotOpenedAndClosedTellsTheMembersAndTheBoardTheResult() {
        Ballot b = yesNo("Godkendelse af regnskab 2025", false);
        RecordingOutbox.Written opened =
                outbox().written(VotingMessageKinds.BALLOT_OPENED).get(0);
        assertThat(opened.message().recipients().organisationIds()).isEqualTo(service.eligible());
        assertThat(opened.da().text())
                .contains("Godkendelse af regnskab 2025")
                .contains("#/voting/assembly/" + assembly.id() + "?ballot=" + b.id())
                .contains("Dirigenten afslutter afstemningen.");
        assertThat(opened.en().text()).contains("The chair closes the ballot.").doesNotContain("null");

        checkIn(1, 4);
        for (long org = 1; org <= 4; org++) {
            service.cast(b.id(), org, List.of(org == 4 ? "NO" : "YES"), null, rep(org));
        }
        service.close(b.id(), SECRETARIAT);
        List<RecordingOutbox.Written> closed = outbox().written(VotingMessageKinds.BALLOT_CLOSED);
        assertThat(closed).hasSize(1);
        assertThat(closed.get(0).message().recipients().roles()).containsExactly(Role.BOARD);
        assertThat(closed.get(0).message().recipients().organisationIds()).hasSize(ORGANISATIONS - 1);
        assertThat(closed.get(0).da().text())
                .contains("Resultat: Vedtaget: 3 for, 1 imod")
                .contains("4 af 199");
        assertThat(closed.get(0).en().text())
                .contains("Result: Adopted: 3 for, 1 against, 0 abstained.")
                .contains("#/voting/ballot/" + b.id())
                .doesNotContain("null");
    }

    @Test
    void aBallotWithAClosingTimeSaysWhenItCloses() {
        Ballot b = service.createBallot(
                assembly.id(),
                new BallotChange(
                        service.item(assembly.id(), Agenda.ItemKind.ACCOUNTS).id(),
                        BallotKind.YES_NO,
                        DecisionType.ORDINARY,
                        "Godkendelse af regnskab 2025",
                        false,
                        0,
                        List.of(),
                        Instant.parse("2026-04-23T14:00:00Z")),
                SECRETARIAT);
        service.open(b.id(), SECRETARIAT);
        RecordingOutbox.Written opened =
                outbox().written(VotingMessageKinds.BALLOT_OPENED).get(0);
        assertThat(opened.da().text()).contains("Afstemningen lukker 23. april 2026 kl. 16.00.");
        assertThat(opened.en().text()).contains("The ballot closes on 23 April 2026 at 16:00.");
    }

    @Test
    void theBallotsAndMinutesOfAnAssemblyEnteredAfterItWasHeldAnnounceNothing() {
        clock.now = Instant.parse("2026-06-01T09:00:00Z");
        Assembly held = service.assemblies.enterHeld(
                new AssemblyChange(
                        AssemblyKind.ORDINARY,
                        "Ordinær generalforsamling 2025",
                        LocalDateTime.of(2025, 4, 24, 13, 0),
                        "Aarhus",
                        LocalDate.of(2025, 3, 20),
                        LocalDate.of(2025, 4, 10),
                        LocalDate.of(2025, 4, 15)),
                SECRETARIAT);
        outbox().clear();
        Ballot b = service.createBallot(
                held.id(),
                new BallotChange(
                        service.item(held.id(), Agenda.ItemKind.ACCOUNTS).id(),
                        BallotKind.YES_NO,
                        DecisionType.ORDINARY,
                        "Godkendelse af regnskab 2024",
                        false,
                        0,
                        List.of(),
                        null),
                SECRETARIAT);
        service.open(b.id(), SECRETARIAT);
        service.close(b.id(), SECRETARIAT);
        Assembly now = service.service.assembly(held.id()).orElseThrow();
        service.minutes.saveMinutes(held.id(), now.version(), "Referat", LocalDate.of(2025, 5, 6), SECRETARIAT);
        assertThat(outbox().written()).isEmpty();
    }

    @Test
    void publishedMinutesAreAnnouncedOnceToTheMembersAndTheBoard() {
        clock.now = Instant.parse("2026-04-30T09:00:00Z");
        Assembly a = service.service.assembly(assembly.id()).orElseThrow();
        Assembly saved = service.saveMinutes(a.id(), a.version(), "Referat", false, SECRETARIAT);
        assertThat(outbox().written(VotingMessageKinds.MINUTES_PUBLISHED)).isEmpty();
        Assembly published = service.saveMinutes(a.id(), saved.version(), "Referat", true, SECRETARIAT);
        service.saveMinutes(a.id(), published.version(), "Referat, rettet", true, SECRETARIAT);
        List<RecordingOutbox.Written> minutes = outbox().written(VotingMessageKinds.MINUTES_PUBLISHED);
        assertThat(minutes).hasSize(1);
        assertThat(minutes.get(0).message().recipients().roles()).containsExactly(Role.BOARD);
        assertThat(minutes.get(0).da().text())
                .contains("#/voting/minutes/" + a.id())
                .contains("23. april 2026");
        assertThat(minutes.get(0).en().subject()).isEqualTo("Minutes of Ordinær generalforsamling 2026 published");
    }

    @Test
    void theProposalsDeadlineIsRemindedOnceInTheDaysBefore() {
        clock.now = Instant.parse("2026-04-01T09:00:00Z");
        assertThat(service.notices.remindProposalsDeadlines()).isZero();
        clock.now = Instant.parse("2026-04-07T09:00:00Z");
        assertThat(service.notices.remindProposalsDeadlines()).isEqualTo(1);
        assertThat(service.notices.remindProposalsDeadlines()).isZero();
        clock.now = Instant.parse("2026-04-09T20:00:00Z");
        assertThat(service.notices.remindProposalsDeadlines()).isZero();
        clock.now = Instant.parse("2026-04-10T09:00:00Z");
        assertThat(service.notices.remindProposalsDeadlines()).isZero();
        List<RecordingOutbox.Written> reminders = outbox().written(VotingMessageKinds.PROPOSALS_DEADLINE);
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).message().onceKey()).isEqualTo("proposals-deadline/" + assembly.id());
        assertThat(reminders.get(0).da().subject()).contains("9. april 2026");
        assertThat(reminders.get(0).en().text()).contains("by 9 April 2026").doesNotContain("null");
    }

    private AssemblyChange change(String place) {
        return new AssemblyChange(
                assembly.kind(),
                assembly.title(),
                assembly.heldAt(),
                place,
                assembly.calledOn(),
                assembly.proposalsDue(),
                assembly.materialDue());
    }

    private static AssemblyChange next() {
        return new AssemblyChange(
                AssemblyKind.ORDINARY,
                "Ordinær generalforsamling 2027",
                LocalDateTime.of(2027, 4, 22, 13, 0),
                null,
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 4, 8),
                LocalDate.of(2027, 4, 14));
    }

    static VEvent event(Attachment ics) throws Exception {
        Calendar calendar =
                new CalendarBuilder().build(new StringReader(new String(ics.content(), StandardCharsets.UTF_8)));
        assertThat(value(calendar.getProperty(Property.METHOD))).isEqualTo("PUBLISH");
        return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    }

    static String value(VEvent event, String property) {
        return value(event.getProperty(property));
    }

    private static String value(java.util.Optional<? extends Property> property) {
        return property.map(Property::getValue).orElse(null);
    }
}
