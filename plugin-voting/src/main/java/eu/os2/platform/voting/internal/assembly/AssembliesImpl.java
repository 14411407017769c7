package eu.os2.platform.voting.internal.assembly;

import static eu.os2.platform.voting.internal.Actors.trim;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.event.EventTopics;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.api.voting.AssemblyKind;
import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.api.voting.VotingService;
import eu.os2.platform.voting.internal.Assemblies;
import eu.os2.platform.voting.internal.AssemblyChange;
import eu.os2.platform.voting.internal.Electorate;
import eu.os2.platform.voting.internal.model.Agenda;
import eu.os2.platform.voting.internal.model.AgendaItem;
import eu.os2.platform.voting.internal.model.AssemblyRules;
import eu.os2.platform.voting.internal.model.Registration;
import eu.os2.platform.voting.internal.model.RequestState;
import eu.os2.platform.voting.internal.model.RuleSet;
import eu.os2.platform.voting.internal.model.Statute;
import eu.os2.platform.voting.internal.notices.VotingNotices;
import eu.os2.platform.voting.internal.store.AssemblyStore;
import eu.os2.platform.voting.internal.store.VotingDatabase;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Assemblies: the call within the statutes, the agenda and proposals, requests, registrations, attendance and proxies. */
@Component(service = Assemblies.class)
public class AssembliesImpl implements Assemblies {

    private final VotingDatabase database;
    private final AssemblyStore store;
    private final Attendance attendance;
    private final Electorate electorate;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final EventAdmin events;
    private final VotingNotices notices;

    @Activate
    public AssembliesImpl(
            @Reference VotingDatabase database,
            @Reference Electorate electorate,
            @Reference AuditLog audit,
            @Reference PlatformClock clock,
            @Reference EventAdmin events,
            @Reference VotingNotices notices) {
        this.database = database;
        this.store = database.assemblies();
        this.attendance = new Attendance(database, electorate, audit, clock);
        this.electorate = electorate;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.notices = notices;
    }

    @Override
    public Assembly call(AssemblyChange c, PlatformUser actor) {
        Map<String, String> errors = AssemblyRules.ahead(c.place(), c.heldAt(), c.calledOn(), now());
        errors.putAll(
                AssemblyRules.check(c.kind(), c.title(), c.heldAt(), c.calledOn(), c.proposalsDue(), c.materialDue()));
        ValidationException.throwIfAny(errors);
        return called(c, actor, true);
    }

    @Override
    public Assembly enterHeld(AssemblyChange c, PlatformUser actor) {
        Map<String, String> errors = AssemblyRules.ahead(c.place(), null, null, now());
        errors.putAll(
                AssemblyRules.check(c.kind(), c.title(), c.heldAt(), c.calledOn(), c.proposalsDue(), c.materialDue()));
        ValidationException.throwIfAny(errors);
        return called(c, actor, false);
    }

    /** @param notify whether the members get the statutes' written notice (not for an assembly entered after it was held) */
    private Assembly called(AssemblyChange c, PlatformUser actor, boolean notify) {
        RuleSet rules = electorate.ruleSets().forCall(c.calledOn());
        List<Agenda.Item> agenda =
                c.kind() == AssemblyKind.ORDINARY ? Agenda.ordinary(c.heldAt().getYear()) : List.of();
        Assembly created = database.transaction(() -> {
            long id = store.insertAssembly(
                    new Assembly(
                            0,
                            c.kind(),
                            c.title().strip(),
                            c.heldAt(),
                            trim(c.place()),
                            c.calledOn(),
                            c.proposalsDue(),
                            c.materialDue(),
                            rules.id(),
                            null,
                            1),
                    agenda,
                    c.kind() == AssemblyKind.EXTRAORDINARY);
            Assembly a = store.assembly(id).orElseThrow();
            audit.appendChange(actor.username(), "voting.assembly.call", "assembly", Long.toString(id), null, a);
            if (notify) {
                notices.assemblyCalled(a);
            }
            return a;
        });
        post(
                VotingService.TOPIC_ASSEMBLY_CHANGED,
                Map.of(EventTopics.PROPERTY_ID, created.id(), EventTopics.PROPERTY_ACTOR, actor.username()));
        return created;
    }

    @Override
    public Assembly update(long id, long expectedVersion, AssemblyChange c, PlatformUser actor) {
        Assembly before = assemblyOrThrow(id);
        // dates already passed may stay as they are; a date changed must lie ahead
        Map<String, String> errors = AssemblyRules.ahead(
                c.place(),
                Objects.equals(c.heldAt(), before.heldAt()) ? null : c.heldAt(),
                Objects.equals(c.calledOn(), before.calledOn()) ? null : c.calledOn(),
                now());
        errors.putAll(AssemblyRules.check(
                before.kind(), c.title(), c.heldAt(), c.calledOn(), c.proposalsDue(), c.materialDue()));
        ValidationException.throwIfAny(errors);
        Assembly after = database.transaction(() -> {
            store.updateAssembly(
                    new Assembly(
                            id,
                            before.kind(),
                            c.title().strip(),
                            c.heldAt(),
                            trim(c.place()),
                            c.calledOn(),
                            c.proposalsDue(),
                            c.materialDue(),
                            before.ruleSet(),
                            before.minutesPublishedOn(),
                            expectedVersion),
                    expectedVersion);
            Assembly a = store.assembly(id).orElseThrow();
            audit.appendChange(actor.username(), "voting.assembly.update", "assembly", Long.toString(id), before, a);
            notices.assemblyChanged(before, a);
            return a;
        });
        post(
                VotingService.TOPIC_ASSEMBLY_CHANGED,
                Map.of(EventTopics.PROPERTY_ID, id, EventTopics.PROPERTY_ACTOR, actor.username()));
        return after;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.now(), PlatformClock.ZONE);
    }

    @Override
    public List<AgendaItem> agenda(long assemblyId) {
        assemblyOrThrow(assemblyId);
        return store.agenda(assemblyId);
    }

    @Override
    public AgendaItem addItem(
            long assemblyId,
            String title,
            String description,
            DecisionType type,
            Agenda.ItemKind elects,
            PlatformUser actor) {
        Assembly a = assemblyOrThrow(assemblyId);
        Map<String, String> errors = itemErrors(title, description);
        // what an election elects is said by the item's kind, never read from its title
        if (type == DecisionType.ELECTION) {
            if (elects == null) {
                errors.put("elects", "required");
            } else if (!Agenda.ELECTIONS.contains(elects)) {
                errors.put("elects", "invalid");
            } else if (elects == Agenda.ItemKind.BOARD_CHAIR
                    && !Agenda.chairElectedIn(a.heldAt().getYear())) {
                errors.put("elects", Statute.CHAIR_ODD_YEARS.code());
            }
        } else if (elects != null) {
            errors.put("elects", "not-an-election");
        }
        ValidationException.throwIfAny(errors);
        Agenda.ItemKind kind = type == DecisionType.ELECTION
                ? elects
                : type == DecisionType.EXCLUSION_CONFIRMATION ? Agenda.ItemKind.EXCLUSION : Agenda.ItemKind.OTHER;
        return added(assemblyId, kind, title, description, type, null, actor);
    }

    @Override
    public AgendaItem propose(
            long assemblyId, long organisationId, String title, String description, PlatformUser actor) {
        Assembly a = assemblyOrThrow(assemblyId);
        Map<String, String> errors = itemErrors(title, description);
        if (clock.today().isAfter(a.proposalsDue())) {
            errors.put("proposalsDue", Statute.PROPOSALS_DUE.code());
        }
        if (!electorate.eligible().contains(organisationId)) {
            errors.put("organisation", Statute.ONE_VOTE.code());
        }
        ValidationException.throwIfAny(errors);
        return added(
                assemblyId, Agenda.ItemKind.PROPOSAL, title, description, DecisionType.ORDINARY, organisationId, actor);
    }

    private AgendaItem added(
            long assemblyId,
            Agenda.ItemKind kind,
            String title,
            String description,
            DecisionType type,
            Long proposedBy,
            PlatformUser actor) {
        return database.transaction(() -> {
            long id = store.addItem(assemblyId, kind, title.strip(), trim(description), type, proposedBy);
            AgendaItem item = store.agenda(assemblyId).stream()
                    .filter(i -> i.id() == id)
                    .findFirst()
                    .orElseThrow();
            audit.appendChange(
                    actor.username(), "voting.agenda.add", "assembly", Long.toString(assemblyId), null, item);
            return item;
        });
    }

    private static Map<String, String> itemErrors(String title, String description) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title == null || title.isBlank()) {
            errors.put("title", "required");
        } else if (title.length() > 300) {
            errors.put("title", "too-long");
        }
        if (description != null && description.length() > 4000) {
            errors.put("description", "too-long");
        }
        return errors;
    }

    // ---- requests for an extraordinary assembly

    @Override
    public RequestState requestExtraordinary(long organisationId, String reason, PlatformUser actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!electorate.eligible().contains(organisationId)) {
            errors.put("organisation", Statute.ONE_VOTE.code());
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "required");
        } else if (reason.length() > 1000) {
            errors.put("reason", "too-long");
        }
        ValidationException.throwIfAny(errors);
        database.transaction(() -> {
            if (!store.insertRequest(organisationId, actor.username(), reason.strip(), clock.now())) {
                throw new ValidationException(Map.of("organisation", "already-requested"));
            }
            return audit.appendChange(
                    actor.username(),
                    "voting.extraordinary.request",
                    "organisation",
                    Long.toString(organisationId),
                    null,
                    reason.strip());
        });
        RequestState state = requestState();
        if (state.boardMustCall()) {
            post(
                    VotingService.TOPIC_EXTRAORDINARY_REQUIRED,
                    Map.of("requests", state.requests(), "votingMembers", state.votingMembers()));
        }
        return state;
    }

    @Override
    public RequestState requestState() {
        Set<Long> eligible = electorate.eligible();
        long requests = store.requests().stream().filter(eligible::contains).count();
        return new RequestState(
                requests,
                eligible.size(),
                !eligible.isEmpty() && 3 * requests >= eligible.size(),
                Statute.EXTRAORDINARY_REQUEST.danish());
    }

    // ---- registration, attendance, proxies

    @Override
    public List<Registration> registrations(long assemblyId) {
        assemblyOrThrow(assemblyId);
        return attendance.registrations(assemblyId);
    }

    @Override
    public Registration register(
            long assemblyId, long organisationId, String representative, String substitute, PlatformUser actor) {
        assemblyOrThrow(assemblyId);
        return attendance.register(assemblyId, organisationId, representative, substitute, actor);
    }

    @Override
    public void checkIn(long assemblyId, long organisationId, PlatformUser actor) {
        assemblyOrThrow(assemblyId);
        attendance.checkIn(assemblyId, organisationId, actor);
    }

    @Override
    public void checkOut(long assemblyId, long organisationId, PlatformUser actor) {
        assemblyOrThrow(assemblyId);
        attendance.checkOut(assemblyId, organisationId, actor);
    }

    @Override
    public void giveProxy(long assemblyId, long giver, long holder, PlatformUser actor) {
        attendance.giveProxy(assemblyOrThrow(assemblyId), giver, holder, actor);
    }

    private Assembly assemblyOrThrow(long id) {
        return store.assembly(id).orElseThrow(() -> new NoSuchElementException("no assembly " + id));
    }

    private void post(String topic, Map<String, ?> properties) {
        events.postEvent(new Event(topic, properties));
    }
}
