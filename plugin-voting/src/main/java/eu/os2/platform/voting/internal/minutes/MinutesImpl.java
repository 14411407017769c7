package eu.os2.platform.voting.internal.minutes;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.event.EventTopics;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.api.voting.VotingService;
import eu.os2.platform.voting.internal.Electorate;
import eu.os2.platform.voting.internal.Minutes;
import eu.os2.platform.voting.internal.model.AgendaItem;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.Registration;
import eu.os2.platform.voting.internal.model.Statute;
import eu.os2.platform.voting.internal.notices.VotingNotices;
import eu.os2.platform.voting.internal.store.AssemblyStore;
import eu.os2.platform.voting.internal.store.AttendanceStore;
import eu.os2.platform.voting.internal.store.BallotStore;
import eu.os2.platform.voting.internal.store.SnapshotStore;
import eu.os2.platform.voting.internal.store.VotingDatabase;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Minutes: a draft from the agenda, attendance and results; saved, and published within the statutes' two weeks. */
@Component(service = Minutes.class)
public class MinutesImpl implements Minutes {

    private static final DateTimeFormatter DANISH_DATE =
            DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));

    private final VotingDatabase database;
    private final AssemblyStore store;
    private final AttendanceStore attendance;
    private final BallotStore ballots;
    private final SnapshotStore snapshots;
    private final Electorate electorate;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final EventAdmin events;
    private final VotingNotices notices;

    @Activate
    public MinutesImpl(
            @Reference VotingDatabase database,
            @Reference Electorate electorate,
            @Reference AuditLog audit,
            @Reference PlatformClock clock,
            @Reference EventAdmin events,
            @Reference VotingNotices notices) {
        this.database = database;
        this.store = database.assemblies();
        this.attendance = database.attendance();
        this.ballots = database.ballots();
        this.snapshots = database.snapshots();
        this.electorate = electorate;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.notices = notices;
    }

    @Override
    public String minutes(long assemblyId) {
        return store.minutes(assemblyId).orElseGet(() -> draftMinutes(assemblyId));
    }

    @Override
    public String draftMinutes(long assemblyId) {
        Assembly a = assemblyOrThrow(assemblyId);
        StringBuilder m = new StringBuilder();
        m.append("Referat af ").append(a.title()).append('\n');
        m.append("Afholdt ")
                .append(a.heldAt().toLocalDate().format(DANISH_DATE))
                .append(" kl. ")
                .append(a.heldAt().toLocalTime())
                .append(a.place() == null ? "" : ", " + a.place())
                .append(".\n\n");
        // who attended (also those who left again); the members with a vote as the last close counted them
        List<Registration> present = attendance.registrations(assemblyId).stream()
                .filter(r -> r.presentSince() != null)
                .toList();
        List<Ballot> all = ballots.ballots(assemblyId);
        long eligible = all.stream()
                .filter(b -> Ballot.CLOSED.equals(b.state()))
                .max(Comparator.comparing(Ballot::closedAt))
                .flatMap(b -> snapshots.snapshot(b.id()))
                .map(s -> s.result().eligible())
                .orElseGet(() -> (long) electorate.eligible().size());
        m.append("Fremmødte medlemmer (")
                .append(present.size())
                .append(" af ")
                .append(eligible)
                .append(" stemmeberettigede):\n");
        for (Registration r : present) {
            m.append("- ")
                    .append(electorate.name(r.organisationId()))
                    .append(r.proxyFor() == null ? "" : " (ved fuldmagt)")
                    .append('\n');
        }
        m.append('\n');
        for (AgendaItem item : store.agenda(assemblyId)) {
            m.append(item.position()).append(". ").append(item.title()).append('\n');
            if (item.description() != null) {
                m.append("   ").append(item.description()).append('\n');
            }
            for (Ballot b : all) {
                if (b.itemId() != null && b.itemId() == item.id()) {
                    m.append("   Afstemning: ")
                            .append(b.title())
                            .append(b.secret() ? " (skriftlig)" : "")
                            .append(". ")
                            .append(Ballot.CLOSED.equals(b.state()) ? b.summary() : "Ikke afsluttet.")
                            .append('\n');
                }
            }
        }
        m.append("\nReferatet offentliggøres senest ")
                .append(a.heldAt().toLocalDate().plusWeeks(2).format(DANISH_DATE))
                .append(" (")
                .append(Statute.MINUTES.danish())
                .append(")\n");
        return m.toString();
    }

    @Override
    public Assembly saveMinutes(
            long assemblyId, long expectedVersion, String text, boolean publish, PlatformUser actor) {
        return saveMinutes(assemblyId, expectedVersion, text, publish ? clock.today() : null, actor);
    }

    @Override
    public Assembly saveMinutes(
            long assemblyId, long expectedVersion, String text, LocalDate publishOn, PlatformUser actor) {
        boolean publish = publishOn != null;
        Assembly before = assemblyOrThrow(assemblyId);
        if (text == null || text.isBlank()) {
            throw new ValidationException(Map.of("minutes", "required"));
        }
        if (text.length() > 100_000) {
            throw new ValidationException(Map.of("minutes", "too-long"));
        }
        Assembly after = database.transaction(() -> {
            store.saveMinutes(assemblyId, expectedVersion, text, publish ? publishOn : before.minutesPublishedOn());
            audit.appendChange(
                    actor.username(),
                    publish ? "voting.minutes.publish" : "voting.minutes.save",
                    "assembly",
                    Long.toString(assemblyId),
                    null,
                    publish ? "published" : "saved");
            Assembly saved = store.assembly(assemblyId).orElseThrow();
            if (publish && before.minutesPublishedOn() == null) {
                notices.minutesPublished(saved);
            }
            return saved;
        });
        if (publish) {
            events.postEvent(new Event(
                    VotingService.TOPIC_MINUTES_PUBLISHED,
                    Map.of(EventTopics.PROPERTY_ID, assemblyId, EventTopics.PROPERTY_ACTOR, actor.username())));
        }
        return after;
    }

    @Override
    public boolean minutesLate(Assembly a) {
        LocalDate due = a.heldAt().toLocalDate().plusWeeks(2);
        return (a.minutesPublishedOn() == null ? clock.today() : a.minutesPublishedOn()).isAfter(due);
    }

    private Assembly assemblyOrThrow(long id) {
        return store.assembly(id).orElseThrow(() -> new NoSuchElementException("no assembly " + id));
    }
}
