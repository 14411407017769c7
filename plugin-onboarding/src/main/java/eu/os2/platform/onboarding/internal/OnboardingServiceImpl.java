package eu.os2.platform.onboarding.internal;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.event.EventTopics;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.product.PipelineStep;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.api.product.ProductService;
import eu.os2.platform.api.product.ProductStage;
import eu.os2.platform.api.ref.PlatformRef;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.AccessDeniedException;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.onboarding.internal.model.Assessment;
import eu.os2.platform.onboarding.internal.model.AssessmentState;
import eu.os2.platform.onboarding.internal.model.Catalogue;
import eu.os2.platform.onboarding.internal.model.Criterion;
import eu.os2.platform.onboarding.internal.model.Gates;
import eu.os2.platform.onboarding.internal.model.Levels;
import eu.os2.platform.onboarding.internal.model.Mark;
import eu.os2.platform.onboarding.internal.model.PublicCode;
import eu.os2.platform.onboarding.internal.model.PublicCodeFetcher;
import eu.os2.platform.onboarding.internal.store.OnboardingStore;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Products from local idea to shared product: the plugin's implementation of {@link ProductService}
 * and the pipeline, gates, assessments and reviews its REST API, console and shell use.
 */
@Component(service = {ProductService.class, OnboardingServiceImpl.class}, configurationPid = OnboardingConfig.PID)
@Designate(ocd = OnboardingConfig.class)
public class OnboardingServiceImpl implements ProductService {

    public static final String CHANGELOG = "db/onboarding/changelog.yaml";
    static final Set<String> LIGHTS = Set.of("GREEN", "YELLOW", "RED");

    private final OnboardingStore store;
    private final MemberService members;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final EventAdmin events;
    private final MonthDay round1;
    private final MonthDay round2;
    private final Catalogue catalogue = Catalogue.load(Catalogue.CURRENT);

    @Activate
    public OnboardingServiceImpl(@Reference PlatformStorage storage, @Reference MemberService members, @Reference AuditLog audit,
            @Reference PlatformClock clock, @Reference EventAdmin events, OnboardingConfig config) {
        this(migrated(storage), members, audit, clock, events, MonthDay.parse("--" + config.round1_deadline().trim()),
                MonthDay.parse("--" + config.round2_deadline().trim()));
    }

    private static DataSource migrated(PlatformStorage storage) {
        storage.migrate(FrameworkUtil.getBundle(OnboardingServiceImpl.class), CHANGELOG);
        return storage.dataSource();
    }

    /** For tests: the service on a database whose tables exist. */
    OnboardingServiceImpl(DataSource dataSource, MemberService members, AuditLog audit, PlatformClock clock, EventAdmin events, MonthDay round1,
            MonthDay round2) {
        this.store = new OnboardingStore(dataSource);
        this.members = members;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.round1 = round1;
        this.round2 = round2;
    }

    // ---- ProductService

    @Override
    public List<Product> products() {
        return store.products();
    }

    @Override
    public Optional<Product> product(long id) {
        return store.product(id);
    }

    /** @return the names of the product's owning and supporting organisations, by id (an organisation no longer in the directory is left out) */
    public Map<Long, String> organisationNames(Product p) {
        Map<Long, String> names = new TreeMap<>();
        for (long id : Stream.concat(p.owners().stream(), p.supporters().stream()).distinct().toList()) {
            members.get(id).ifPresent(o -> names.put(id, o.name()));
        }
        return names;
    }

    @Override
    public Optional<Product> byName(String name) {
        return store.byName(name);
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    // ---- the registry

    /** Registers an idea: the secretariat, or a member's representative with its own organisation as owner. */
    public Product register(ProductChange c, PlatformUser actor) {
        boolean representative = actor.roles().contains(Role.MEMBER_REPRESENTATIVE) && actor.organisationId() != null;
        if (!actor.hasRole(Role.SECRETARIAT) && (!representative || c.owners() == null || !c.owners().contains(actor.organisationId()))) {
            throw new AccessDeniedException("a member representative registers ideas its own organisation owns");
        }
        ValidationException.throwIfAny(errors(c));
        long id;
        try {
            id = store.insertProduct(product(0, c, PipelineStep.IDEA, ProductLevel.SANDBOX, 1));
        } catch (SQLException e) {
            throw translate(e);
        }
        Product created = store.product(id).orElseThrow();
        history(id, actor, "STEP", "Registreret som idé");
        audit.appendChange(actor.username(), "onboarding.product.create", "product", Long.toString(id), null, created);
        return created;
    }

    public Product update(long id, long expectedVersion, ProductChange c, PlatformUser actor) {
        Product before = productOrThrow(id);
        requireSecretariatOrCoordinator(before, actor);
        ValidationException.throwIfAny(errors(c));
        try {
            store.updateProduct(product(id, c, before.step(), before.level(), expectedVersion), expectedVersion);
        } catch (SQLException e) {
            throw translate(e);
        }
        Product after = store.product(id).orElseThrow();
        audit.appendChange(actor.username(), "onboarding.product.update", "product", Long.toString(id), before, after);
        return after;
    }

    private static Product product(long id, ProductChange c, PipelineStep step, ProductLevel level, long version) {
        return new Product(id, c.name().strip(), trim(c.purpose()), trim(c.repositoryUrl()), trim(c.licence()), c.licenceBeingClarified(), step, level,
                list(c.owners()), list(c.supporters()), trim(c.coordinator()), strings(c.steeringGroup()), strings(c.coordinationGroup()),
                strings(c.suppliers()), strings(c.links()), strings(c.facts()), version);
    }

    private Map<String, String> errors(ProductChange c) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.name() == null || c.name().isBlank()) {
            errors.put("name", "required");
        } else if (c.name().length() > 100 || c.name().contains("\n")) {
            errors.put("name", "too-long");
        }
        if (c.purpose() != null && c.purpose().length() > 2000) {
            errors.put("purpose", "too-long");
        }
        if (c.repositoryUrl() != null && !c.repositoryUrl().isBlank() && !c.repositoryUrl().strip().matches("https://\\S{3,490}")) {
            errors.put("repositoryUrl", "invalid-url");
        }
        if (c.licence() != null && c.licence().length() > 60) {
            errors.put("licence", "too-long");
        }
        for (Long o : list(c.owners())) {
            if (members.get(o).isEmpty()) {
                errors.put("owners", "unknown-organisation");
            }
        }
        for (Long o : list(c.supporters())) {
            if (members.get(o).isEmpty()) {
                errors.put("supporters", "unknown-organisation");
            }
        }
        for (String f : strings(c.facts())) {
            if (!Gates.FACTS.contains(f)) {
                errors.put("facts", "unknown-fact");
            }
        }
        for (String link : strings(c.links())) {
            try {
                PlatformRef.parse(link);
            } catch (IllegalArgumentException e) {
                errors.put("links", "invalid-ref");
            }
        }
        return errors;
    }

    public List<OnboardingStore.HistoryEntry> history(long productId) {
        productOrThrow(productId);
        return store.history(productId);
    }

    // ---- pipeline and gates

    /** @return per gate: what is missing and the explained exception, if any */
    public Map<String, Object> gates(long productId) {
        Product p = productOrThrow(productId);
        Map<String, String> exceptions = store.exceptions(productId);
        Map<String, Object> result = new LinkedHashMap<>();
        for (Gates.Gate gate : Gates.Gate.values()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("missing", Gates.missing(gate, p));
            g.put("exception", exceptions.get(gate.name()));
            result.put(gate.name(), g);
        }
        return result;
    }

    /** Moves a product one step on the path; a gate that is not met (and has no explained exception) stops it, saying what is missing. */
    public Product advance(long id, long expectedVersion, PipelineStep to, PlatformUser actor) {
        requireRole(actor, Role.SECRETARIAT, "the secretariat moves products along the path");
        Product p = productOrThrow(id);
        if (to == null || to.ordinal() != p.step().ordinal() + 1) {
            throw new ValidationException(Map.of("step", "not-next-step"));
        }
        Gates.Gate gate = Gates.gateInto(to);
        boolean exception = false;
        if (gate != null) {
            List<String> missing = Gates.missing(gate, p);
            String explained = store.exceptions(id).get(gate.name());
            if (!missing.isEmpty() && explained == null) {
                Map<String, String> errors = new LinkedHashMap<>();
                missing.forEach(m -> errors.put(m, "gate-not-met"));
                throw new ValidationException(errors);
            }
            exception = !missing.isEmpty();
        }
        Product moved = new Product(p.id(), p.name(), p.purpose(), p.repositoryUrl(), p.licence(), p.licenceBeingClarified(), to, p.level(), p.owners(),
                p.supporters(), p.coordinator(), p.steeringGroup(), p.coordinationGroup(), p.suppliers(), p.links(), p.facts(), expectedVersion);
        try {
            store.updateProduct(moved, expectedVersion);
        } catch (SQLException e) {
            throw translate(e);
        }
        history(id, actor, "STEP", p.step() + " → " + to + (exception ? " (undtagelse: " + store.exceptions(id).get(gate.name()) + ")" : ""));
        audit.appendChange(actor.username(), "onboarding.product.advance", "product", Long.toString(id), p.step(), to);
        if (gate != null) {
            post(TOPIC_GATE_PASSED, Map.of(EventTopics.PROPERTY_ID, id, EventTopics.PROPERTY_ACTOR, actor.username(), "step", to.name(), "exception", exception));
        }
        return store.product(id).orElseThrow();
    }

    /** The secretariat records an explained exception to a gate (follow or explain). */
    public void explain(long id, Gates.Gate gate, String explanation, PlatformUser actor) {
        requireRole(actor, Role.SECRETARIAT, "the secretariat records exceptions");
        productOrThrow(id);
        if (gate == null) {
            throw new ValidationException(Map.of("gate", "required"));
        }
        if (explanation == null || explanation.isBlank()) {
            throw new ValidationException(Map.of("explanation", "required"));
        }
        try {
            store.putException(id, gate.name(), explanation.strip(), actor.username());
        } catch (SQLException e) {
            throw translate(e);
        }
        history(id, actor, "EXCEPTION", gate + ": " + explanation.strip());
    }

    // ---- assessments

    /** @return the half-year round the date is in, e.g. {@code 2026-2} */
    public static String round(LocalDate date) {
        return date.getYear() + "-" + (date.getMonthValue() <= 6 ? 1 : 2);
    }

    public String currentRound() {
        return round(clock.today());
    }

    /** @return the deadline of the round */
    public LocalDate deadline(String round) {
        int year = Integer.parseInt(round.substring(0, 4));
        return (round.endsWith("-1") ? round1 : round2).atYear(year);
    }

    /** @return the product's assessment for the round: the stored one, or a blank draft (not stored) */
    public Assessment assessment(long productId, String round) {
        productOrThrow(productId);
        checkRound(round);
        return store.assessment(productId, round).orElseGet(() -> new Assessment(0, productId, round, catalogue.version(), AssessmentState.DRAFT,
                Map.of(), Map.of(), null, null, null, null, null, 0));
    }

    public List<Assessment> assessmentsOf(long productId) {
        productOrThrow(productId);
        return store.assessmentsOf(productId);
    }

    public Levels.Result levels(Assessment a) {
        return Levels.compute(catalogue, a.marks());
    }

    /** The coordinator (or the secretariat) saves marks on a draft; blank marks are allowed until it is handed in. */
    public Assessment saveMarks(long productId, String round, long expectedVersion, List<Mark> marks, PlatformUser actor) {
        Product p = productOrThrow(productId);
        requireSecretariatOrCoordinator(p, actor);
        checkRound(round);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Mark> byCode = new HashMap<>();
        for (Mark m : marks == null ? List.<Mark>of() : marks) {
            if (m == null || m.code() == null || catalogue.criterion(m.code()).isEmpty()) {
                errors.put("marks", "unknown-criterion");
                continue;
            }
            if (m.explanation() != null && m.explanation().length() > 2000) {
                errors.put("marks." + m.code() + ".explanation", "too-long");
            }
            if (m.evidence().size() > 10 || m.evidence().stream().anyMatch(e -> e.length() > 500)) {
                errors.put("marks." + m.code() + ".evidence", "too-many");
            }
            byCode.put(m.code(), new Mark(m.code(), m.status(), trim(m.explanation()), m.evidence().stream().map(String::strip).filter(e -> !e.isEmpty()).toList()));
        }
        ValidationException.throwIfAny(errors);
        Optional<Assessment> existing = store.assessment(productId, round);
        try {
            if (existing.isEmpty()) {
                long id = store.insertAssessment(new Assessment(0, productId, round, catalogue.version(), AssessmentState.DRAFT, byCode, Map.of(), null, null,
                        null, null, null, 1));
                audit.appendChange(actor.username(), "onboarding.assessment.save", "product", Long.toString(productId), null, round);
                return store.assessment(id).orElseThrow();
            }
            Assessment a = existing.get();
            if (a.state() != AssessmentState.DRAFT) {
                throw new ValidationException(Map.of("state", "not-draft"));
            }
            Map<String, Mark> merged = new HashMap<>(a.marks());
            merged.putAll(byCode);
            store.updateAssessment(with(a, AssessmentState.DRAFT, merged, a.lights(), a.evaluation(), a.review(), a.recommended(), a.decided(), a.reason()),
                    expectedVersion, AssessmentState.DRAFT);
        } catch (SQLException e) {
            throw translate(e);
        }
        audit.appendChange(actor.username(), "onboarding.assessment.save", "product", Long.toString(productId), null, round);
        return store.assessment(productId, round).orElseThrow();
    }

    /** The coordinator hands the self-assessment in; every criterion must be marked. */
    public Assessment submit(long assessmentId, long expectedVersion, PlatformUser actor) {
        Assessment a = assessmentOrThrow(assessmentId);
        requireSecretariatOrCoordinator(productOrThrow(a.productId()), actor);
        if (!levels(a).complete()) {
            throw new ValidationException(Map.of("marks", "incomplete"));
        }
        return move(a, expectedVersion, AssessmentState.DRAFT, with(a, AssessmentState.SUBMITTED, a.marks(), a.lights(), a.evaluation(), a.review(),
                a.recommended(), a.decided(), a.reason()), actor, "Selvevaluering afleveret");
    }

    /** The secretariat evaluates: a traffic light per theme and a note. */
    public Assessment evaluate(long assessmentId, long expectedVersion, Map<String, String> lights, String note, PlatformUser actor) {
        requireRole(actor, Role.SECRETARIAT, "the secretariat evaluates");
        Assessment a = assessmentOrThrow(assessmentId);
        Set<String> themes = catalogue.criteria().stream().map(Criterion::theme).collect(Collectors.toSet());
        Map<String, String> errors = new LinkedHashMap<>();
        for (String theme : themes) {
            if (lights == null || lights.get(theme) == null || !LIGHTS.contains(lights.get(theme))) {
                errors.put("lights." + theme, "required");
            }
        }
        ValidationException.throwIfAny(errors);
        return move(a, expectedVersion, AssessmentState.SUBMITTED, with(a, AssessmentState.EVALUATED, a.marks(), lights, trim(note), a.review(),
                a.recommended(), a.decided(), a.reason()), actor, "Sekretariatets vurdering: " + lights);
    }

    /** The steering group's review and recommended level, recorded by the secretariat or the board. */
    public Assessment review(long assessmentId, long expectedVersion, String note, ProductLevel recommended, PlatformUser actor) {
        if (!actor.hasRole(Role.SECRETARIAT) && !actor.hasRole(Role.BOARD)) {
            throw new AccessDeniedException("the steering group's review is recorded by the secretariat or the board");
        }
        Assessment a = assessmentOrThrow(assessmentId);
        if (recommended == null) {
            throw new ValidationException(Map.of("recommended", "required"));
        }
        return move(a, expectedVersion, AssessmentState.EVALUATED, with(a, AssessmentState.REVIEWED, a.marks(), a.lights(), a.evaluation(), trim(note),
                recommended, a.decided(), a.reason()), actor, "Styregruppen anbefaler " + recommended);
    }

    /** The level decision: the secretariat decides the sandbox and level 1, the board levels 2 and 3; the reason goes to the decision log. */
    public Assessment decide(long assessmentId, long expectedVersion, ProductLevel level, String reason, PlatformUser actor) {
        Assessment a = assessmentOrThrow(assessmentId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (level == null) {
            errors.put("level", "required");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "required");
        }
        ValidationException.throwIfAny(errors);
        if (level.rank() >= 2 ? !actor.roles().contains(Role.BOARD) && !actor.hasRole(Role.ADMIN) : !actor.hasRole(Role.SECRETARIAT)) {
            throw new AccessDeniedException(level.rank() >= 2 ? "the board decides levels 2 and 3" : "the secretariat decides level 1");
        }
        Product p = productOrThrow(a.productId());
        Assessment decided = move(a, expectedVersion, AssessmentState.REVIEWED, with(a, AssessmentState.DECIDED, a.marks(), a.lights(), a.evaluation(),
                a.review(), a.recommended(), level, reason.strip()), actor, "Niveau besluttet: " + level + " — " + reason.strip());
        if (p.level() != level) {
            Product changed = new Product(p.id(), p.name(), p.purpose(), p.repositoryUrl(), p.licence(), p.licenceBeingClarified(), p.step(), level,
                    p.owners(), p.supporters(), p.coordinator(), p.steeringGroup(), p.coordinationGroup(), p.suppliers(), p.links(), p.facts(), p.version());
            try {
                store.updateProduct(changed, p.version());
            } catch (SQLException e) {
                throw translate(e);
            }
            history(p.id(), actor, "LEVEL", p.level() + " → " + level + ": " + reason.strip());
            post(TOPIC_LEVEL_CHANGED, Map.of(EventTopics.PROPERTY_ID, p.id(), EventTopics.PROPERTY_ACTOR, actor.username(), "level", level.name(),
                    "previousLevel", p.level().name()));
        }
        return decided;
    }

    private Assessment move(Assessment a, long expectedVersion, AssessmentState from, Assessment to, PlatformUser actor, String what) {
        if (a.state() != from) {
            throw new ValidationException(Map.of("state", "not-" + from.name().toLowerCase(java.util.Locale.ROOT)));
        }
        try {
            store.updateAssessment(to, expectedVersion, from);
        } catch (SQLException e) {
            throw translate(e);
        }
        history(a.productId(), actor, "ASSESSMENT", a.round() + ": " + what);
        audit.appendChange(actor.username(), "onboarding.assessment." + to.state().name().toLowerCase(java.util.Locale.ROOT), "product",
                Long.toString(a.productId()), from, to.state());
        return store.assessment(a.id()).orElseThrow();
    }

    private static Assessment with(Assessment a, AssessmentState state, Map<String, Mark> marks, Map<String, String> lights, String evaluation,
            String review, ProductLevel recommended, ProductLevel decided, String reason) {
        return new Assessment(a.id(), a.productId(), a.round(), a.catalogue(), state, marks, lights, evaluation, review, recommended, decided, reason,
                a.version());
    }

    /** @return products whose self-assessment for the current round is not handed in, with the deadline and days late (negative: days left) */
    public List<Map<String, Object>> reminders() {
        String round = currentRound();
        LocalDate deadline = deadline(round);
        List<Map<String, Object>> result = new ArrayList<>();
        for (Product p : store.products()) {
            if (p.stage() != ProductStage.PRODUCT) {
                continue;
            }
            Optional<Assessment> a = store.assessment(p.id(), round);
            if (a.isEmpty() || a.get().state() == AssessmentState.DRAFT) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("productId", p.id());
                r.put("product", p.name());
                r.put("coordinator", p.coordinator());
                r.put("round", round);
                r.put("deadline", deadline);
                r.put("daysLate", ChronoUnit.DAYS.between(deadline, clock.today()));
                result.add(r);
            }
        }
        return result;
    }

    /** @return the number of products at each level (products only, not ideas and projects) */
    public Map<ProductLevel, Long> levelCounts() {
        Map<ProductLevel, Long> counts = new EnumMap<>(ProductLevel.class);
        for (ProductLevel l : ProductLevel.values()) {
            counts.put(l, 0L);
        }
        store.products().stream().filter(p -> p.stage() == ProductStage.PRODUCT).forEach(p -> counts.merge(p.level(), 1L, Long::sum));
        return counts;
    }

    // ---- publiccode.yml

    /**
     * Reads a product's publiccode.yml: fills licence, repository and purpose where they are empty
     * and marks the criteria it is evidence for as met in the current round's draft.
     *
     * @return what was read and which criteria it marked
     */
    /**
     * Fetches the product's publiccode.yml from an https address and imports it as
     * {@link #importPublicCode} does; who may import is checked before anything is fetched.
     */
    public Map<String, Object> importPublicCodeFrom(long productId, String url, PublicCodeFetcher fetcher, PlatformUser actor) {
        requireSecretariatOrCoordinator(productOrThrow(productId), actor);
        return importPublicCode(productId, fetcher.fetch(url), actor);
    }

    public Map<String, Object> importPublicCode(long productId, String yaml, PlatformUser actor) {
        Product p = productOrThrow(productId);
        requireSecretariatOrCoordinator(p, actor);
        PublicCode.Facts facts = PublicCode.parse(yaml);
        Product filled = new Product(p.id(), p.name(), p.purpose() == null ? facts.description() : p.purpose(),
                p.repositoryUrl() == null ? facts.url() : p.repositoryUrl(), p.licence() == null ? facts.licence() : p.licence(), p.licenceBeingClarified(),
                p.step(), p.level(), p.owners(), p.supporters(), p.coordinator(), p.steeringGroup(), p.coordinationGroup(), p.suppliers(), p.links(),
                p.facts(), p.version());
        try {
            store.updateProduct(filled, p.version());
        } catch (SQLException e) {
            throw translate(e);
        }
        List<Mark> marks = new ArrayList<>();
        facts.evidences().forEach((code, evidence) -> marks.add(new Mark(code, Mark.Status.MET, evidence, List.of("publiccode.yml"))));
        String round = currentRound();
        Assessment current = assessment(productId, round);
        List<String> marked = List.of();
        if (current.state() == AssessmentState.DRAFT) {
            saveMarks(productId, round, current.version(), marks, actor);
            marked = marks.stream().map(Mark::code).toList();
        }
        history(productId, actor, "IMPORT", "publiccode.yml: " + facts.name() + (marked.isEmpty() ? "" : "; opfylder " + String.join(", ", marked)));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", facts.name());
        result.put("licence", facts.licence());
        result.put("url", facts.url());
        result.put("developmentStatus", facts.developmentStatus());
        result.put("usedBy", facts.usedBy());
        result.put("maintainers", facts.maintainers());
        result.put("marked", marked);
        return result;
    }

    // ---- helpers

    private void checkRound(String round) {
        if (round == null || !round.matches("20\\d\\d-[12]")) {
            throw new ValidationException(Map.of("round", "invalid-round"));
        }
    }

    private Product productOrThrow(long id) {
        return store.product(id).orElseThrow(() -> new NoSuchElementException("no product " + id));
    }

    private Assessment assessmentOrThrow(long id) {
        return store.assessment(id).orElseThrow(() -> new NoSuchElementException("no assessment " + id));
    }

    /** A coordinator edits only their own product; the secretariat any. */
    private static void requireSecretariatOrCoordinator(Product p, PlatformUser actor) {
        if (!actor.hasRole(Role.SECRETARIAT) && !actor.username().equals(p.coordinator())) {
            throw new AccessDeniedException("only the product's coordinator and the secretariat edit it");
        }
    }

    private static void requireRole(PlatformUser actor, Role role, String why) {
        if (!actor.hasRole(role)) {
            throw new AccessDeniedException(why);
        }
    }

    private void history(long productId, PlatformUser actor, String kind, String text) {
        try {
            store.history(productId, actor.username(), kind, text, clock.now());
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private static RuntimeException translate(SQLException e) {
        if ("23505".equals(e.getSQLState())) {
            return new ValidationException(Map.of("name", "duplicate"));
        }
        return new StorageException("onboarding storage failed: " + e.getMessage(), e);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<Long> list(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().distinct().toList();
    }

    private static List<String> strings(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(v -> v.strip().replace('\n', ' ')).distinct().toList();
    }

    private void post(String topic, Map<String, ?> properties) {
        events.postEvent(new Event(topic, properties));
    }
}
