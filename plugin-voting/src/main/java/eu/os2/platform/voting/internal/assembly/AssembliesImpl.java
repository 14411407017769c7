package eu.os2.platform.voting.internal.assembly;

import static eu.os2.platform.voting.internal.Actors.requireActsFor;
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
import eu.os2.platform.voting.internal.store.AssemblyStore;
import eu.os2.platform.voting.internal.store.VotingDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Assemblies: the call within the statutes, the agenda and proposals, requests, registrations, attendance and proxies. */
@Component(service = Assemblies.class)
public class AssembliesImpl implements Assemblies {

    private final AssemblyStore store;
    private final Electorate electorate;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final EventAdmin events;

    @Activate
    public AssembliesImpl(
            @Reference VotingDatabase database,
            @Reference Electorate electorate,
            @Reference AuditLog audit,
            @Reference PlatformClock clock,
            @Reference EventAdmin events) {
        this.store = database.assemblies();
        this.electorate = electorate;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public Assembly call(AssemblyChange c, PlatformUser actor) {
        ValidationException.throwIfAny(
                AssemblyRules.check(c.kind(), c.title(), c.heldAt(), c.calledOn(), c.proposalsDue(), c.materialDue()));
        RuleSet rules = electorate.ruleSets().forCall(c.calledOn());
        List<Agenda.Item> agenda =
                c.kind() == AssemblyKind.ORDINARY ? Agenda.ordinary(c.heldAt().getYear()) : List.of();
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
        Assembly created = store.assembly(id).orElseThrow();
        audit.appendChange(actor.username(), "voting.assembly.call", "assembly", Long.toString(id), null, created);
        post(
                VotingService.TOPIC_ASSEMBLY_CHANGED,
                Map.of(EventTopics.PROPERTY_ID, id, EventTopics.PROPERTY_ACTOR, actor.username()));
        return created;
    }

    @Override
    public Assembly update(long id, long expectedVersion, AssemblyChange c, PlatformUser actor) {
        Assembly before = assemblyOrThrow(id);
        ValidationException.throwIfAny(AssemblyRules.check(
                before.kind(), c.title(), c.heldAt(), c.calledOn(), c.proposalsDue(), c.materialDue()));
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
        Assembly after = store.assembly(id).orElseThrow();
        audit.appendChange(actor.username(), "voting.assembly.update", "assembly", Long.toString(id), before, after);
        post(
                VotingService.TOPIC_ASSEMBLY_CHANGED,
                Map.of(EventTopics.PROPERTY_ID, id, EventTopics.PROPERTY_ACTOR, actor.username()));
        return after;
    }

    @Override
    public List<AgendaItem> agenda(long assemblyId) {
        assemblyOrThrow(assemblyId);
        return store.agenda(assemblyId);
    }

    @Override
    public AgendaItem addItem(
            long assemblyId, String title, String description, DecisionType type, PlatformUser actor) {
        assemblyOrThrow(assemblyId);
        ValidationException.throwIfAny(itemErrors(title, description));
        Agenda.ItemKind kind =
                type == DecisionType.EXCLUSION_CONFIRMATION ? Agenda.ItemKind.EXCLUSION : Agenda.ItemKind.OTHER;
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
        long id = store.addItem(assemblyId, kind, title.strip(), trim(description), type, proposedBy);
        AgendaItem item = store.agenda(assemblyId).stream()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow();
        audit.appendChange(actor.username(), "voting.agenda.add", "assembly", Long.toString(assemblyId), null, item);
        return item;
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
        if (!store.insertRequest(organisationId, actor.username(), reason.strip(), clock.now())) {
            throw new ValidationException(Map.of("organisation", "already-requested"));
        }
        audit.appendChange(
                actor.username(),
                "voting.extraordinary.request",
                "organisation",
                Long.toString(organisationId),
                null,
                reason.strip());
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
        return store.registrations(assemblyId);
    }

    @Override
    public Registration register(
            long assemblyId, long organisationId, String representative, String substitute, PlatformUser actor) {
        assemblyOrThrow(assemblyId);
        requireActsFor(actor, organisationId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!electorate.eligible().contains(organisationId)) {
            errors.put("organisation", Statute.ONE_VOTE.code());
        }
        if (representative == null || representative.isBlank()) {
            errors.put("representative", "required");
        }
        ValidationException.throwIfAny(errors);
        Registration before = store.registration(assemblyId, organisationId).orElse(null);
        Registration r = new Registration(
                assemblyId,
                organisationId,
                representative.strip(),
                trim(substitute),
                before == null ? null : before.presentSince(),
                before == null ? null : before.proxyFor());
        store.putRegistration(r);
        audit.appendChange(actor.username(), "voting.register", "assembly", Long.toString(assemblyId), before, r);
        return r;
    }

    @Override
    public void checkIn(long assemblyId, long organisationId, PlatformUser actor) {
        assemblyOrThrow(assemblyId);
        requireActsFor(actor, organisationId);
        if (!electorate.eligible().contains(organisationId)) {
            throw new ValidationException(Map.of("organisation", Statute.ONE_VOTE.code()));
        }
        store.markPresent(assemblyId, organisationId, actor.username(), clock.now());
    }

    @Override
    public void giveProxy(long assemblyId, long giver, long holder, PlatformUser actor) {
        Assembly a = assemblyOrThrow(assemblyId);
        requireActsFor(actor, giver);
        RuleSet rules = electorate.ruleSet(a);
        if (rules.proxyLimit() == 0) {
            throw new ValidationException(Map.of("proxy", Statute.PROXIES.code()));
        }
        Set<Long> eligible = electorate.eligible();
        if (!eligible.contains(giver) || !eligible.contains(holder) || giver == holder) {
            throw new ValidationException(Map.of("proxy", Statute.ONE_VOTE.code()));
        }
        if (store.proxiesHeld(assemblyId, holder) >= rules.proxyLimit()) {
            throw new ValidationException(Map.of("proxy", "proxy-limit"));
        }
        store.putRegistration(new Registration(assemblyId, giver, "proxy:" + holder, null, clock.now(), holder));
        audit.appendChange(
                actor.username(),
                "voting.proxy",
                "assembly",
                Long.toString(assemblyId),
                null,
                Map.of("giver", giver, "holder", holder));
    }

    private Assembly assemblyOrThrow(long id) {
        return store.assembly(id).orElseThrow(() -> new NoSuchElementException("no assembly " + id));
    }

    private void post(String topic, Map<String, ?> properties) {
        events.postEvent(new Event(topic, properties));
    }
}
