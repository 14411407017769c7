package eu.os2.platform.initiatives.internal;

import eu.os2.platform.api.audit.AuditEntry;
import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.event.EventTopics;
import eu.os2.platform.api.initiative.Initiative;
import eu.os2.platform.api.initiative.InitiativeChange;
import eu.os2.platform.api.initiative.InitiativePage;
import eu.os2.platform.api.initiative.InitiativeQuery;
import eu.os2.platform.api.initiative.InitiativeService;
import eu.os2.platform.api.initiative.InitiativeStatus;
import eu.os2.platform.api.initiative.Milestone;
import eu.os2.platform.api.initiative.MissionPoint;
import eu.os2.platform.api.initiative.NewProgressUpdate;
import eu.os2.platform.api.initiative.PeriodChange;
import eu.os2.platform.api.initiative.ProgressUpdate;
import eu.os2.platform.api.initiative.StrategyPeriod;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.ref.PlatformRef;
import eu.os2.platform.api.storage.ConcurrentChangeException;
import eu.os2.platform.api.storage.DuplicateKeyException;
import eu.os2.platform.api.storage.MissingReferenceException;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.api.storage.Transactions;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.initiatives.internal.model.InitiativeRules;
import eu.os2.platform.initiatives.internal.model.MissionPoints;
import eu.os2.platform.initiatives.internal.model.StatusCatalogue;
import eu.os2.platform.initiatives.internal.store.InitiativeStore;
import eu.os2.platform.initiatives.internal.store.PeriodStore;
import eu.os2.platform.initiatives.internal.store.UpdateStore;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The strategy: the plugin's implementation of {@link InitiativeService}. It owns the plugin's
 * tables, checks every change against {@link InitiativeRules}, writes the audit log and
 * publishes the events.
 */
@Component(service = InitiativeService.class, configurationPid = InitiativesConfig.PID)
@Designate(ocd = InitiativesConfig.class)
public class InitiativeServiceImpl implements InitiativeService {

    /** The changelog inside this bundle; the path is unique across the platform. */
    public static final String CHANGELOG = "db/initiatives/changelog.yaml";

    /** The platform's DataSource: a change, its reads and its audit entry run in one transaction on it. */
    private final DataSource dataSource;

    private final PeriodStore periodStore;
    private final InitiativeStore store;
    private final UpdateStore updateStore;
    private final StatusCatalogue statuses;
    private final MemberService members;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final EventAdmin events;

    @Activate
    public InitiativeServiceImpl(
            @Reference PlatformStorage storage,
            @Reference MemberService members,
            @Reference AuditLog audit,
            @Reference PlatformClock clock,
            @Reference EventAdmin events,
            InitiativesConfig config) {
        // the tables exist before the service is registered: a failed migration keeps it away
        storage.migrate(FrameworkUtil.getBundle(InitiativeServiceImpl.class), CHANGELOG);
        this.statuses = StatusCatalogue.parse(config.statuses());
        this.dataSource = Transactions.joining(storage.dataSource());
        this.periodStore = new PeriodStore(dataSource, statuses);
        this.store = new InitiativeStore(dataSource, statuses);
        this.updateStore = new UpdateStore(dataSource);
        this.members = members;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** For tests: the same service on a database whose tables already exist. */
    InitiativeServiceImpl(
            DataSource dataSource,
            StatusCatalogue statuses,
            MemberService members,
            AuditLog audit,
            PlatformClock clock,
            EventAdmin events) {
        this.statuses = statuses;
        this.dataSource = Transactions.joining(dataSource);
        this.periodStore = new PeriodStore(this.dataSource, statuses);
        this.store = new InitiativeStore(this.dataSource, statuses);
        this.updateStore = new UpdateStore(this.dataSource);
        this.members = members;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public List<InitiativeStatus> statuses() {
        return statuses.all();
    }

    @Override
    public List<MissionPoint> missionPoints() {
        return MissionPoints.ALL;
    }

    @Override
    public List<StrategyPeriod> periods() {
        return periodStore.periods();
    }

    @Override
    public Optional<StrategyPeriod> period(long id) {
        return periodStore.period(id);
    }

    @Override
    public Optional<StrategyPeriod> currentPeriod() {
        // choose by dates first: only the chosen period's progress is rolled up
        LocalDate today = clock.today();
        List<PeriodStore.Span> all = periodStore.spans();
        return all.stream()
                .filter(p -> !p.from().isAfter(today) && !p.to().isBefore(today))
                .findFirst()
                .or(() -> all.stream().filter(p -> !p.from().isAfter(today)).findFirst())
                .or(() -> all.stream().min(Comparator.comparing(PeriodStore.Span::from)))
                .flatMap(span -> periodStore.period(span.id()));
    }

    @Override
    public StrategyPeriod createPeriod(PeriodChange change, PlatformUser actor) {
        PeriodChange c = InitiativeRules.normalise(change);
        ValidationException.throwIfAny(InitiativeRules.check(c));
        StrategyPeriod created = Transactions.run(dataSource, () -> {
            long id;
            try {
                id = periodStore.insertPeriod(c);
            } catch (StorageException e) {
                throw translate(e, "name", "cannot store strategy period");
            }
            StrategyPeriod stored = periodStore.period(id).orElseThrow();
            audit.appendChange(
                    actor.username(), "initiatives.period.create", "strategy-period", Long.toString(id), null, stored);
            return stored;
        });
        post(
                TOPIC_PERIOD_CHANGED,
                Map.of(EventTopics.PROPERTY_ID, created.id(), EventTopics.PROPERTY_ACTOR, actor.username()));
        return created;
    }

    @Override
    public StrategyPeriod updatePeriod(long id, long expectedVersion, PeriodChange change, PlatformUser actor) {
        StrategyPeriod before =
                periodStore.period(id).orElseThrow(() -> new NoSuchElementException("no strategy period " + id));
        PeriodChange c = InitiativeRules.normalise(change);
        Map<String, String> errors = InitiativeRules.check(c);
        if (errors.isEmpty()) {
            errors = InitiativeRules.keepsInside(c, store.ofPeriod(id));
        }
        ValidationException.throwIfAny(errors);
        StrategyPeriod after = Transactions.run(dataSource, () -> {
            try {
                if (!periodStore.updatePeriod(id, expectedVersion, c)) {
                    throw new ConcurrentChangeException(
                            "strategy period " + id + " was changed by someone else",
                            periodStore.period(id).map(StrategyPeriod::version).orElse(-1L));
                }
            } catch (StorageException e) {
                throw translate(e, "name", "cannot store strategy period");
            }
            StrategyPeriod stored = periodStore.period(id).orElseThrow();
            audit.appendChange(
                    actor.username(),
                    "initiatives.period.update",
                    "strategy-period",
                    Long.toString(id),
                    before,
                    stored);
            return stored;
        });
        post(TOPIC_PERIOD_CHANGED, Map.of(EventTopics.PROPERTY_ID, id, EventTopics.PROPERTY_ACTOR, actor.username()));
        return after;
    }

    @Override
    public InitiativePage search(InitiativeQuery query) {
        return store.search(query);
    }

    @Override
    public Optional<Initiative> get(long id) {
        return store.get(id);
    }

    @Override
    public Optional<Initiative> resolve(PlatformRef ref) {
        if (!PlatformRef.INITIATIVE.equals(ref.type())) {
            return Optional.empty();
        }
        try {
            return store.get(Long.parseLong(ref.id()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<Initiative> linkingTo(PlatformRef target) {
        return store.linkingTo(target);
    }

    @Override
    public Initiative create(InitiativeChange change, PlatformUser actor) {
        InitiativeChange c = InitiativeRules.normalise(change);
        ValidationException.throwIfAny(InitiativeRules.check(
                c, periodStore.period(c.periodId()).orElse(null), statuses, ownerKnown(c), Set.of(), null));
        Initiative created = Transactions.run(dataSource, () -> {
            long id;
            try {
                id = store.insert(c, clock.now());
            } catch (StorageException e) {
                throw translate(e, "periodId", "cannot store initiative");
            }
            Initiative stored = store.get(id).orElseThrow();
            audit.appendChange(actor.username(), "initiatives.create", "initiative", Long.toString(id), null, stored);
            return stored;
        });
        post(TOPIC_CREATED, properties(created, actor));
        return created;
    }

    @Override
    public Initiative update(long id, long expectedVersion, InitiativeChange change, PlatformUser actor) {
        Initiative before = store.get(id).orElseThrow(() -> new NoSuchElementException("no initiative " + id));
        InitiativeChange c = InitiativeRules.normalise(change);
        Set<Long> ownMilestones =
                before.milestones().stream().map(Milestone::id).collect(Collectors.toSet());
        ValidationException.throwIfAny(InitiativeRules.check(
                c,
                periodStore.period(c.periodId()).orElse(null),
                statuses,
                ownerKnown(c),
                ownMilestones,
                before.status()));
        Initiative after = Transactions.run(dataSource, () -> {
            try {
                if (!store.update(id, expectedVersion, c, clock.now())) {
                    throw stale(id);
                }
            } catch (StorageException e) {
                throw translate(e, "periodId", "cannot store initiative");
            }
            Initiative stored = store.get(id).orElseThrow();
            audit.appendChange(actor.username(), "initiatives.update", "initiative", Long.toString(id), before, stored);
            return stored;
        });
        post(TOPIC_UPDATED, properties(after, actor));
        progressChanged(before, after, actor);
        return after;
    }

    @Override
    public ProgressUpdate postUpdate(
            long initiativeId, Long expectedVersion, NewProgressUpdate update, PlatformUser actor) {
        Initiative before =
                store.get(initiativeId).orElseThrow(() -> new NoSuchElementException("no initiative " + initiativeId));
        NewProgressUpdate u = InitiativeRules.normalise(update, clock.today());
        if (u.status() != null && u.status().equals(before.status())) {
            u = new NewProgressUpdate(u.date(), u.text(), null, u.completionNote(), u.links());
        }
        StrategyPeriod period = periodStore.period(before.periodId()).orElseThrow();
        Map<String, String> errors = InitiativeRules.check(u, before, period, statuses, clock.today());
        if (u.status() != null && expectedVersion == null) {
            errors.put("status", "needs-version");
        }
        ValidationException.throwIfAny(errors);
        NewProgressUpdate checked = u;
        ProgressUpdate posted = Transactions.run(dataSource, () -> {
            ProgressUpdate stored = updateStore
                    .postUpdate(initiativeId, expectedVersion, before.status(), checked, actor.username(), clock.now())
                    .orElseThrow(() -> stale(initiativeId));
            Initiative changed = store.get(initiativeId).orElseThrow();
            audit.appendChange(
                    actor.username(),
                    "initiatives.update.post",
                    "initiative",
                    Long.toString(initiativeId),
                    checked.status() == null ? null : before,
                    Map.of("update", stored, "status", changed.status()));
            return stored;
        });
        Initiative after = store.get(initiativeId).orElseThrow();
        Map<String, Object> properties = properties(after, actor);
        properties.put("updateId", posted.id());
        post(TOPIC_UPDATE_POSTED, properties);
        if (u.status() != null) {
            Map<String, Object> status = properties(after, actor);
            status.put("previousStatus", before.status());
            post(TOPIC_STATUS_CHANGED, status);
        }
        progressChanged(before, after, actor);
        return posted;
    }

    @Override
    public List<ProgressUpdate> updates(long initiativeId) {
        if (store.get(initiativeId).isEmpty()) {
            throw new NoSuchElementException("no initiative " + initiativeId);
        }
        return updateStore.updates(initiativeId);
    }

    @Override
    public List<AuditEntry> history(long initiativeId, int limit) {
        if (store.get(initiativeId).isEmpty()) {
            throw new NoSuchElementException("no initiative " + initiativeId);
        }
        return audit.recent("initiative", Long.toString(initiativeId), limit);
    }

    private boolean ownerKnown(InitiativeChange c) {
        return c.ownerOrganisationId() == null
                || members.get(c.ownerOrganisationId()).isPresent();
    }

    private ConcurrentChangeException stale(long id) {
        return new ConcurrentChangeException(
                "initiative " + id + " was changed by someone else",
                store.get(id).map(Initiative::version).orElse(-1L));
    }

    private void progressChanged(Initiative before, Initiative after, PlatformUser actor) {
        if (before.progress().compareTo(after.progress()) != 0) {
            Map<String, Object> properties = properties(after, actor);
            properties.put("previousProgress", before.progress().toPlainString());
            post(TOPIC_PROGRESS_CHANGED, properties);
        }
    }

    private static Map<String, Object> properties(Initiative initiative, PlatformUser actor) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(EventTopics.PROPERTY_ID, initiative.id());
        properties.put(EventTopics.PROPERTY_ACTOR, actor.username());
        properties.put("periodId", initiative.periodId());
        properties.put("status", initiative.status());
        properties.put("progress", initiative.progress().toPlainString());
        return properties;
    }

    private void post(String topic, Map<String, ?> properties) {
        events.postEvent(new Event(topic, properties));
    }

    /** A unique or foreign key the rules did not catch (a concurrent change) becomes a field error. */
    private static RuntimeException translate(StorageException e, String field, String what) {
        if (e instanceof DuplicateKeyException) {
            return new ValidationException(Map.of(field, "taken"));
        }
        if (e instanceof MissingReferenceException) {
            return new ValidationException(Map.of(field, "unknown"));
        }
        return e;
    }
}
