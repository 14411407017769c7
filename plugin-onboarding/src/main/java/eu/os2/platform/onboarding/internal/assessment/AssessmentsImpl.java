package eu.os2.platform.onboarding.internal.assessment;

import static eu.os2.platform.onboarding.internal.Inputs.trim;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.event.EventTopics;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.api.product.ProductService;
import eu.os2.platform.api.product.ProductStage;
import eu.os2.platform.api.storage.DuplicateKeyException;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.AccessDeniedException;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.onboarding.internal.Access;
import eu.os2.platform.onboarding.internal.OnboardingConfig;
import eu.os2.platform.onboarding.internal.model.Assessment;
import eu.os2.platform.onboarding.internal.model.AssessmentState;
import eu.os2.platform.onboarding.internal.model.Catalogue;
import eu.os2.platform.onboarding.internal.model.HistoryEntry;
import eu.os2.platform.onboarding.internal.model.Levels;
import eu.os2.platform.onboarding.internal.model.Limits;
import eu.os2.platform.onboarding.internal.model.Mark;
import eu.os2.platform.onboarding.internal.model.Rounds;
import eu.os2.platform.onboarding.internal.notices.OnboardingNotices;
import eu.os2.platform.onboarding.internal.registry.ProductRegistry;
import eu.os2.platform.onboarding.internal.store.OnboardingStore;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Assessments and levels: the half-yearly rounds (their deadlines configured), the review workflow
 * and the level decisions.
 *
 * <p>Past 400 lines because the workflow's states (draft, submitted, evaluated, reviewed, decided)
 * and who may move an assessment between them are one state machine, read best in one place.
 */
@Component(service = Assessments.class, configurationPid = OnboardingConfig.PID)
@Designate(ocd = OnboardingConfig.class)
public class AssessmentsImpl implements Assessments {

    private final ProductRegistry registry;
    private final OnboardingStore store;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final EventAdmin events;
    private final OnboardingNotices notices;
    private final Rounds rounds;
    private final Catalogue catalogue = Catalogue.load(Catalogue.CURRENT);

    @Activate
    public AssessmentsImpl(
            @Reference ProductRegistry registry,
            @Reference OnboardingStore store,
            @Reference AuditLog audit,
            @Reference PlatformClock clock,
            @Reference EventAdmin events,
            @Reference OnboardingNotices notices,
            OnboardingConfig config) {
        this(
                registry,
                store,
                audit,
                clock,
                events,
                notices,
                new Rounds(
                        MonthDay.parse("--" + config.round1_deadline().trim()),
                        MonthDay.parse("--" + config.round2_deadline().trim())));
    }

    /** The component with the rounds' deadlines given (tests). */
    public AssessmentsImpl(
            ProductRegistry registry,
            OnboardingStore store,
            AuditLog audit,
            PlatformClock clock,
            EventAdmin events,
            OnboardingNotices notices,
            Rounds rounds) {
        this.registry = registry;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.notices = notices;
        this.rounds = rounds;
    }

    @Override
    public Catalogue catalogue() {
        return catalogue;
    }

    @Override
    public String currentRound() {
        return Rounds.round(clock.today());
    }

    @Override
    public LocalDate deadline(String round) {
        return rounds.deadline(round);
    }

    @Override
    public Assessment assessment(long productId, String round) {
        registry.require(productId);
        checkRound(round);
        return store.assessment(productId, round)
                .orElseGet(() -> new Assessment(
                        0,
                        productId,
                        round,
                        catalogue.version(),
                        AssessmentState.DRAFT,
                        Map.of(),
                        Map.of(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        0));
    }

    @Override
    public List<Assessment> assessmentsOf(long productId) {
        registry.require(productId);
        return store.assessmentsOf(productId);
    }

    @Override
    public Levels.Result levels(Assessment a) {
        return Levels.compute(catalogue, a.marks());
    }

    @Override
    public Map<ProductLevel, Long> levelCounts() {
        Map<ProductLevel, Long> counts = new EnumMap<>(ProductLevel.class);
        for (ProductLevel l : ProductLevel.values()) {
            counts.put(l, 0L);
        }
        store.products().stream()
                .filter(p -> p.stage() == ProductStage.PRODUCT)
                .forEach(p -> counts.merge(p.level(), 1L, Long::sum));
        return counts;
    }

    @Override
    public Assessment saveMarks(
            long productId, String round, long expectedVersion, List<Mark> marks, PlatformUser actor) {
        Access.requireSecretariatOrCoordinator(registry.require(productId), actor);
        checkRound(round);
        Map<String, Mark> byCode = AssessmentChecks.marks(catalogue, marks);
        return store.inTransaction(() -> save(productId, round, expectedVersion, byCode, actor));
    }

    /** Stores the marks (merged into a stored draft), then the audit entry, in the caller's transaction. */
    private Assessment save(
            long productId, String round, long expectedVersion, Map<String, Mark> byCode, PlatformUser actor) {
        Optional<Assessment> existing = store.assessment(productId, round);
        long id;
        if (existing.isEmpty()) {
            try {
                id = store.insertAssessment(new Assessment(
                        0,
                        productId,
                        round,
                        catalogue.version(),
                        AssessmentState.DRAFT,
                        byCode,
                        Map.of(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        1));
            } catch (DuplicateKeyException e) {
                // saved meanwhile by someone else: as before the split, refused as a duplicate
                throw new ValidationException(Map.of("name", "duplicate"));
            }
        } else {
            Assessment a = existing.get();
            if (a.state() != AssessmentState.DRAFT) {
                throw new ValidationException(Map.of("state", "not-draft"));
            }
            Map<String, Mark> merged = new HashMap<>(a.marks());
            merged.putAll(byCode);
            store.updateAssessment(
                    with(
                            a,
                            AssessmentState.DRAFT,
                            merged,
                            a.lights(),
                            a.evaluation(),
                            a.review(),
                            a.recommended(),
                            a.decided(),
                            a.reason()),
                    expectedVersion,
                    AssessmentState.DRAFT,
                    null);
            id = a.id();
        }
        Assessment saved = store.assessment(id).orElseThrow();
        audit.appendChange(
                actor.username(), "onboarding.assessment.save", "product", Long.toString(productId), null, round);
        return saved;
    }

    @Override
    public Assessment submit(long assessmentId, long expectedVersion, PlatformUser actor) {
        Assessment a = assessmentOrThrow(assessmentId);
        Access.requireSecretariatOrCoordinator(registry.require(a.productId()), actor);
        if (!levels(a).complete()) {
            throw new ValidationException(Map.of("marks", "incomplete"));
        }
        return move(
                a,
                expectedVersion,
                AssessmentState.DRAFT,
                with(
                        a,
                        AssessmentState.SUBMITTED,
                        a.marks(),
                        a.lights(),
                        a.evaluation(),
                        a.review(),
                        a.recommended(),
                        a.decided(),
                        a.reason()),
                actor,
                "Selvevaluering afleveret",
                null,
                null);
    }

    @Override
    public Assessment evaluate(
            long assessmentId, long expectedVersion, Map<String, String> lights, String note, PlatformUser actor) {
        Access.requireRole(actor, Role.SECRETARIAT, "the secretariat evaluates");
        Assessment a = assessmentOrThrow(assessmentId);
        AssessmentChecks.lights(catalogue, lights);
        AssessmentChecks.note("note", note);
        return move(
                a,
                expectedVersion,
                AssessmentState.SUBMITTED,
                with(
                        a,
                        AssessmentState.EVALUATED,
                        a.marks(),
                        lights,
                        trim(note),
                        a.review(),
                        a.recommended(),
                        a.decided(),
                        a.reason()),
                actor,
                "Sekretariatets vurdering: " + lights,
                null,
                null);
    }

    @Override
    public Assessment review(
            long assessmentId, long expectedVersion, String note, ProductLevel recommended, PlatformUser actor) {
        if (!actor.hasRole(Role.SECRETARIAT) && !actor.hasRole(Role.BOARD)) {
            throw new AccessDeniedException("the steering group's review is recorded by the secretariat or the board");
        }
        Assessment a = assessmentOrThrow(assessmentId);
        if (recommended == null) {
            throw new ValidationException(Map.of("recommended", "required"));
        }
        AssessmentChecks.note("note", note);
        return move(
                a,
                expectedVersion,
                AssessmentState.EVALUATED,
                with(
                        a,
                        AssessmentState.REVIEWED,
                        a.marks(),
                        a.lights(),
                        a.evaluation(),
                        trim(note),
                        recommended,
                        a.decided(),
                        a.reason()),
                actor,
                "Styregruppen anbefaler " + recommended,
                null,
                null);
    }

    @Override
    public Assessment decide(
            long assessmentId, long expectedVersion, ProductLevel level, String reason, PlatformUser actor) {
        Assessment a = assessmentOrThrow(assessmentId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (level == null) {
            errors.put("level", "required");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "required");
        } else if (Limits.tooLong(reason.strip(), Limits.NOTE)) {
            errors.put("reason", "too-long");
        }
        ValidationException.throwIfAny(errors);
        if (level.rank() >= 2
                ? !actor.roles().contains(Role.BOARD) && !actor.hasRole(Role.ADMIN)
                : !actor.hasRole(Role.SECRETARIAT)) {
            throw new AccessDeniedException(
                    level.rank() >= 2 ? "the board decides levels 2 and 3" : "the secretariat decides level 1");
        }
        Product p = registry.require(a.productId());
        Product changed = p.level() == level
                ? null
                : new Product(
                        p.id(),
                        p.name(),
                        p.purpose(),
                        p.repositoryUrl(),
                        p.licence(),
                        p.licenceBeingClarified(),
                        p.step(),
                        level,
                        p.owners(),
                        p.supporters(),
                        p.coordinator(),
                        p.steeringGroup(),
                        p.coordinationGroup(),
                        p.suppliers(),
                        p.links(),
                        p.facts(),
                        p.version());
        // the decision, its audit entry and the message to the owners commit together
        Assessment decided = store.inTransaction(() -> {
            Assessment moved = move(
                    a,
                    expectedVersion,
                    AssessmentState.REVIEWED,
                    with(
                            a,
                            AssessmentState.DECIDED,
                            a.marks(),
                            a.lights(),
                            a.evaluation(),
                            a.review(),
                            a.recommended(),
                            level,
                            reason.strip()),
                    actor,
                    "Niveau besluttet: " + level + " — " + reason.strip(),
                    changed,
                    changed == null
                            ? null
                            : new HistoryEntry(
                                    clock.now(),
                                    actor.username(),
                                    "LEVEL",
                                    p.level() + " → " + level + ": " + reason.strip()));
            notices.levelDecided(p, a.round(), p.level(), level, reason.strip());
            return moved;
        });
        if (changed != null) {
            events.postEvent(new Event(
                    ProductService.TOPIC_LEVEL_CHANGED,
                    Map.of(
                            EventTopics.PROPERTY_ID,
                            p.id(),
                            EventTopics.PROPERTY_ACTOR,
                            actor.username(),
                            "level",
                            level.name(),
                            "previousLevel",
                            p.level().name())));
        }
        return decided;
    }

    /**
     * Moves the assessment on from {@code from}, and the product to its decided level when
     * {@code changed} is not null, with the audit entry, in one transaction; the caller posts events after.
     */
    private Assessment move(
            Assessment a,
            long expectedVersion,
            AssessmentState from,
            Assessment to,
            PlatformUser actor,
            String what,
            Product changed,
            HistoryEntry levelNote) {
        if (a.state() != from) {
            throw new ValidationException(Map.of("state", "not-" + from.name().toLowerCase(Locale.ROOT)));
        }
        HistoryEntry note = new HistoryEntry(clock.now(), actor.username(), "ASSESSMENT", a.round() + ": " + what);
        return store.inTransaction(() -> {
            store.decide(to, expectedVersion, from, note, changed, levelNote);
            Assessment moved = store.assessment(a.id()).orElseThrow();
            audit.appendChange(
                    actor.username(),
                    "onboarding.assessment." + to.state().name().toLowerCase(Locale.ROOT),
                    "product",
                    Long.toString(a.productId()),
                    from,
                    to.state());
            return moved;
        });
    }

    private static Assessment with(
            Assessment a,
            AssessmentState state,
            Map<String, Mark> marks,
            Map<String, String> lights,
            String evaluation,
            String review,
            ProductLevel recommended,
            ProductLevel decided,
            String reason) {
        return new Assessment(
                a.id(),
                a.productId(),
                a.round(),
                a.catalogue(),
                state,
                marks,
                lights,
                evaluation,
                review,
                recommended,
                decided,
                reason,
                a.version());
    }

    private Assessment assessmentOrThrow(long id) {
        return store.assessment(id).orElseThrow(() -> new NoSuchElementException("no assessment " + id));
    }

    private static void checkRound(String round) {
        if (!Rounds.valid(round)) {
            throw new ValidationException(Map.of("round", "invalid-round"));
        }
    }
}
