package eu.os2.platform.voting.internal.notices;

import static eu.os2.platform.voting.internal.notices.NoticeTexts.date;

import eu.os2.platform.api.calendar.Calendars;
import eu.os2.platform.api.message.Attachment;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.message.Message;
import eu.os2.platform.api.message.MessageContent;
import eu.os2.platform.api.message.MessageTemplates;
import eu.os2.platform.api.message.Outbox;
import eu.os2.platform.api.message.Recipients;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.voting.internal.Electorate;
import eu.os2.platform.voting.internal.calendar.AssemblyEvents;
import eu.os2.platform.voting.internal.model.AgendaItem;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.CloseSnapshot;
import eu.os2.platform.voting.internal.store.AssemblyStore;
import eu.os2.platform.voting.internal.store.VotingDatabase;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Writes the messages about assemblies and ballots to the outbox, from the templates in
 * {@code mail/}. Called inside the change's transaction. What is entered after the fact (an
 * assembly already held, minutes published on an earlier day) announces nothing.
 */
@Component(service = VotingNotices.class)
public class VotingNoticesImpl implements VotingNotices {

    /** How many days before the proposals deadline the members are reminded. */
    public static final int REMINDER_DAYS = 3;
    /** After this many days from its day, an assembly's ballots are history entered after the fact. */
    static final int HISTORY_DAYS = 14;

    static final String ICS_MEDIA_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

    private static final MessageTemplates TEMPLATES = new MessageTemplates(VotingNoticesImpl.class, "mail");

    private final Outbox outbox;
    private final Calendars calendars;
    private final Electorate electorate;
    private final VotingDatabase database;
    private final AssemblyStore assemblies;
    private final PlatformClock clock;

    @Activate
    public VotingNoticesImpl(
            @Reference Outbox outbox,
            @Reference Calendars calendars,
            @Reference Electorate electorate,
            @Reference VotingDatabase database,
            @Reference PlatformClock clock) {
        this.outbox = outbox;
        this.calendars = calendars;
        this.electorate = electorate;
        this.database = database;
        this.assemblies = database.assemblies();
        this.clock = clock;
    }

    @Override
    public void assemblyCalled(Assembly a) {
        if (a.heldAt().toLocalDate().isBefore(clock.today())) {
            return; // an assembly entered after it was held
        }
        List<AgendaItem> agenda = assemblies.agenda(a.id());
        outbox.enqueue(new Message(
                VotingMessageKinds.ASSEMBLY_CALLED,
                Recipients.organisations(electorate.members()),
                reference(a),
                "assembly-called/" + a.id(),
                language -> notice("assembly-called", a, agenda, 0, language)));
    }

    @Override
    public void assemblyChanged(Assembly before, Assembly after) {
        boolean changed = !Objects.equals(before.heldAt(), after.heldAt())
                || !Objects.equals(before.place(), after.place())
                || !Objects.equals(before.proposalsDue(), after.proposalsDue())
                || !Objects.equals(before.materialDue(), after.materialDue())
                || !Objects.equals(before.title(), after.title());
        if (!changed || after.heldAt().toLocalDate().isBefore(clock.today())) {
            return;
        }
        List<AgendaItem> agenda = assemblies.agenda(after.id());
        // the version counts every change of the assembly: the invitation's revision only grows
        int sequence = Math.max(1, AssemblyEvents.sequence(after));
        outbox.enqueue(new Message(
                VotingMessageKinds.ASSEMBLY_CALLED,
                Recipients.organisations(electorate.members()),
                reference(after),
                "assembly-changed/" + after.id() + "/" + after.version(),
                language -> notice("assembly-changed", after, agenda, sequence, language)));
    }

    private MessageContent notice(String template, Assembly a, List<AgendaItem> agenda, int sequence, Language l) {
        Map<String, String> values = assemblyValues(a, l);
        values.put("agenda", NoticeTexts.agenda(agenda, l));
        String ics = calendars.single(AssemblyEvents.meeting(a, sequence, l, outbox.consoleUrl()));
        Attachment attachment = new Attachment(
                l.pick("generalforsamling.ics", "general-assembly.ics"),
                ICS_MEDIA_TYPE,
                ics.getBytes(StandardCharsets.UTF_8));
        return TEMPLATES.render(template, l, values, List.of(attachment));
    }

    @Override
    public void ballotOpened(Ballot b) {
        Assembly a = assemblies.assembly(b.assemblyId()).orElseThrow();
        if (history(a)) {
            return;
        }
        outbox.enqueue(new Message(
                VotingMessageKinds.BALLOT_OPENED,
                Recipients.organisations(electorate.eligible()),
                "voting/ballot/" + b.id(),
                "ballot-opened/" + b.id(),
                language -> {
                    Map<String, String> values = assemblyValues(a, language);
                    values.put("ballot", oneLine(b.title()));
                    values.put("link", outbox.consoleUrl() + NoticeTexts.ballotRoute(b));
                    values.put(
                            "closes",
                            b.closesAt() == null
                                    ? language.pick(
                                            "Dirigenten afslutter afstemningen.", "The chair closes the ballot.")
                                    : language.pick("Afstemningen lukker ", "The ballot closes on ")
                                            + date(NoticeTexts.day(b.closesAt()), language)
                                            + language.pick(" kl. ", " at ")
                                            + NoticeTexts.time(
                                                    java.time.LocalDateTime.ofInstant(b.closesAt(), PlatformClock.ZONE),
                                                    language)
                                            + ".");
                    return TEMPLATES.render("ballot-opened", language, values);
                }));
    }

    @Override
    public void ballotClosed(Ballot b, CloseSnapshot snapshot) {
        Assembly a = assemblies.assembly(b.assemblyId()).orElseThrow();
        if (history(a)) {
            return;
        }
        Set<Long> members = snapshot.eligible().isEmpty() ? electorate.eligible() : snapshot.eligible();
        outbox.enqueue(new Message(
                VotingMessageKinds.BALLOT_CLOSED,
                Recipients.organisations(members).and(Recipients.roles(Role.BOARD)),
                "voting/ballot/" + b.id(),
                "ballot-closed/" + b.id(),
                language -> {
                    Map<String, String> values = assemblyValues(a, language);
                    values.put("ballot", oneLine(b.title()));
                    values.put("result", NoticeTexts.result(b, snapshot.result(), language));
                    values.put("cast", Long.toString(snapshot.result().cast()));
                    values.put("present", Long.toString(snapshot.result().present()));
                    values.put("eligible", Long.toString(snapshot.result().eligible()));
                    values.put("board", outbox.consoleUrl() + "#/voting/ballot/" + b.id());
                    return TEMPLATES.render("ballot-closed", language, values);
                }));
    }

    @Override
    public void minutesPublished(Assembly a) {
        if (a.minutesPublishedOn() == null || a.minutesPublishedOn().isBefore(clock.today())) {
            return; // minutes entered after the fact, published on an earlier day
        }
        outbox.enqueue(new Message(
                VotingMessageKinds.MINUTES_PUBLISHED,
                Recipients.organisations(electorate.members()).and(Recipients.roles(Role.BOARD)),
                reference(a),
                "minutes-published/" + a.id(),
                language -> {
                    Map<String, String> values = assemblyValues(a, language);
                    values.put("minutes", outbox.consoleUrl() + NoticeTexts.minutesRoute(a.id()));
                    return TEMPLATES.render("minutes-published", language, values);
                }));
    }

    @Override
    public int remindProposalsDeadlines() {
        LocalDate today = clock.today();
        int written = 0;
        for (Assembly a : assemblies.assemblies()) {
            if (a.proposalsDue().isBefore(today)
                    || a.proposalsDue().isAfter(today.plusDays(REMINDER_DAYS))
                    || !a.heldAt().toLocalDate().isAfter(today)) {
                continue;
            }
            written += database.transaction(() -> outbox.enqueue(new Message(
                    VotingMessageKinds.PROPOSALS_DEADLINE,
                    Recipients.organisations(electorate.members()),
                    reference(a),
                    "proposals-deadline/" + a.id(),
                    language -> TEMPLATES.render("proposals-deadline", language, assemblyValues(a, language)))));
        }
        return written;
    }

    private boolean history(Assembly a) {
        return a.heldAt().toLocalDate().plusDays(HISTORY_DAYS).isBefore(clock.today());
    }

    /** A title goes into a subject, which is one line. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String reference(Assembly a) {
        return "voting/assembly/" + a.id();
    }

    private Map<String, String> assemblyValues(Assembly a, Language l) {
        Map<String, String> values = new HashMap<>();
        values.put("title", oneLine(a.title()));
        values.put("date", date(a.heldAt().toLocalDate(), l));
        values.put("time", NoticeTexts.time(a.heldAt(), l));
        values.put("place", NoticeTexts.place(a.place(), l));
        values.put("proposalsDue", date(a.proposalsDue(), l));
        values.put("materialDue", date(a.materialDue(), l));
        values.put("link", outbox.consoleUrl() + NoticeTexts.assemblyRoute(a.id()));
        return values;
    }
}
