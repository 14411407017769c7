package eu.os2.platform.onboarding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.product.PipelineStep;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.api.product.ProductService;
import eu.os2.platform.api.storage.ConcurrentChangeException;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.onboarding.internal.assessment.Assessments;
import eu.os2.platform.onboarding.internal.model.Assessment;
import eu.os2.platform.onboarding.internal.model.AssessmentState;
import eu.os2.platform.onboarding.internal.model.Criterion;
import eu.os2.platform.onboarding.internal.model.Gates;
import eu.os2.platform.onboarding.internal.model.Mark;
import eu.os2.platform.onboarding.internal.model.PublicCode;
import eu.os2.platform.onboarding.internal.model.Samples;
import eu.os2.platform.onboarding.internal.pipeline.Pipeline;
import eu.os2.platform.onboarding.internal.publiccode.PublicCodeImport;
import eu.os2.platform.onboarding.internal.registry.ProductRegistry;
import eu.os2.platform.onboarding.internal.reminders.Reminders;
import eu.os2.platform.testing.RecordingAuditLog;
import eu.os2.platform.testing.RecordingEventAdmin;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service on a real database with the plugin's changelog; run on H2 and on PostgreSQL. */
abstract class OnboardingServiceContract {

    static final PlatformUser SECRETARIAT =
            new PlatformUser(2, "sekretariat", "Sekretariatet", Set.of(Role.SECRETARIAT), null);
    static final PlatformUser BOARD = new PlatformUser(3, "bestyrelse", "Bestyrelsen", Set.of(Role.BOARD), null);
    static final PlatformUser COORDINATOR =
            new PlatformUser(4, "koordinator", "Koordinator", Set.of(Role.VIEWER), null);
    static final PlatformUser REP = new PlatformUser(5, "rep-1", "Rep", Set.of(Role.MEMBER_REPRESENTATIVE), 1L);

    abstract DataSource database() throws Exception;

    RecordingEventAdmin events;
    ProductRegistry registry;
    Pipeline pipeline;
    Assessments assessments;
    PublicCodeImport publicCode;
    Reminders reminders;

    RecordingAuditLog audit;

    @BeforeEach
    void setUp() throws Exception {
        DataSource database = database();
        events = new RecordingEventAdmin();
        // refuses an audit entry made outside the change's transaction
        audit = RecordingAuditLog.inTransactionsOf(database);
        Fixture f = new Fixture(database, audit, events);
        registry = f.registry;
        pipeline = f.pipeline;
        assessments = f.assessments;
        publicCode = f.publicCode;
        reminders = f.reminders;
    }

    static ProductChange change(String name, List<Long> owners, List<String> facts, String licence) {
        return new ProductChange(
                name,
                "Formål",
                null,
                licence,
                false,
                owners,
                List.of(),
                "koordinator",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                facts);
    }

    @Test
    void anIdeaWalksThePathThroughItsGatesWithoutSkipping() {
        Product idea = registry.register(change("OS2idé", List.of(1L), List.of(), null), REP);
        assertThat(idea.step()).isEqualTo(PipelineStep.IDEA);
        assertThat(registry.organisationNames(idea)).isEqualTo(Map.of(1L, "Kommune 1"));
        assertThatThrownBy(() -> registry.register(change("Andres idé", List.of(2L), List.of(), null), REP))
                .isInstanceOf(SecurityException.class);
        PlatformUser partner = new PlatformUser(77, "partner", "Leverandør", java.util.Set.of(Role.PARTNER), 2L);
        assertThatThrownBy(() -> registry.register(change("Leverandørens idé", List.of(2L), List.of(), null), partner))
                .as("a supplier partner registers no ideas, not even with itself as owner")
                .isInstanceOf(SecurityException.class);
        Product talk = pipeline.advance(idea.id(), idea.version(), PipelineStep.DIALOGUE, SECRETARIAT);
        assertThatThrownBy(
                        () -> pipeline.advance(talk.id(), talk.version(), PipelineStep.GOVERNANCE_FINANCE, SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("step", "not-next-step"));
        assertThatThrownBy(() -> pipeline.advance(talk.id(), talk.version(), PipelineStep.PRE_ANALYSIS, SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys("open-licence", "governance-plan", "finance-plan", "shared-need"));
        pipeline.explain(
                talk.id(),
                Gates.Gate.PROJECT,
                "Licens afklares med leverandøren; finansiering fra to kommuner er på vej",
                SECRETARIAT);
        Product project = pipeline.advance(talk.id(), talk.version(), PipelineStep.PRE_ANALYSIS, SECRETARIAT);
        assertThat(project.stage()).isEqualTo(eu.os2.platform.api.product.ProductStage.PROJECT);
        assertThat(events.first(ProductService.TOPIC_GATE_PASSED).orElseThrow().getProperty("exception"))
                .isEqualTo(true);
        assertThatThrownBy(() ->
                        pipeline.advance(project.id(), project.version(), PipelineStep.GOVERNANCE_FINANCE, COORDINATOR))
                .isInstanceOf(SecurityException.class);
        assertThat(registry.history(project.id())).extracting(h -> h.kind()).contains("STEP", "EXCEPTION");
        assertThatThrownBy(() -> pipeline.advance(
                        project.id(), project.version() - 1, PipelineStep.GOVERNANCE_FINANCE, SECRETARIAT))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void anAssessmentRoundRunsFromSelfAssessmentToABoardDecision() {
        Product p = registry.register(change("OS2forms", List.of(1L), List.of(), "MPL-2.0"), SECRETARIAT);
        String round = assessments.currentRound();
        assertThat(round).isEqualTo("2026-2");
        List<Mark> marks = assessments.catalogue().criteria().stream()
                .map(c -> new Mark(
                        c.code(), c.firstLevel().rank() <= 2 ? Mark.Status.MET : Mark.Status.NOT_MET, null, List.of()))
                .toList();
        Assessment draft = assessments.saveMarks(p.id(), round, 0, marks.subList(0, 10), COORDINATOR);
        assertThatThrownBy(() -> assessments.submit(draft.id(), draft.version(), COORDINATOR))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("marks", "incomplete"));
        Assessment full = assessments.saveMarks(p.id(), round, draft.version(), marks, COORDINATOR);
        assertThat(assessments.levels(full).qualifying()).isEqualTo(ProductLevel.LEVEL_2);
        PlatformUser stranger = new PlatformUser(9, "anden", "Anden", Set.of(Role.VIEWER), null);
        assertThatThrownBy(() -> assessments.saveMarks(p.id(), round, full.version(), marks, stranger))
                .isInstanceOf(SecurityException.class);
        Assessment submitted = assessments.submit(full.id(), full.version(), COORDINATOR);
        assertThatThrownBy(() -> assessments.saveMarks(p.id(), round, submitted.version(), marks, COORDINATOR))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(
                        () -> assessments.review(submitted.id(), submitted.version(), "x", ProductLevel.LEVEL_2, BOARD))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("state", "not-evaluated"));
        Map<String, String> lights =
                Map.of("relevance", "GREEN", "formal", "YELLOW", "strategic", "GREEN", "governance", "GREEN");
        assertThatThrownBy(() -> assessments.evaluate(
                        submitted.id(), submitted.version(), Map.of("formal", "BLUE"), null, SECRETARIAT))
                .isInstanceOf(ValidationException.class);
        Assessment evaluated =
                assessments.evaluate(submitted.id(), submitted.version(), lights, "God dokumentation", SECRETARIAT);
        Assessment reviewed = assessments.review(
                evaluated.id(), evaluated.version(), "Styregruppen anbefaler niveau 2", ProductLevel.LEVEL_2, BOARD);
        assertThatThrownBy(() -> assessments.decide(
                        reviewed.id(), reviewed.version(), ProductLevel.LEVEL_2, "Opfylder kriterierne", SECRETARIAT))
                .isInstanceOf(SecurityException.class);
        Assessment decided = assessments.decide(
                reviewed.id(), reviewed.version(), ProductLevel.LEVEL_2, "Opfylder kriterierne for niveau 2", BOARD);
        assertThat(decided.state()).isEqualTo(AssessmentState.DECIDED);
        assertThat(registry.product(p.id()).orElseThrow().level()).isEqualTo(ProductLevel.LEVEL_2);
        assertThat(events.first(ProductService.TOPIC_LEVEL_CHANGED)
                        .orElseThrow()
                        .getProperty("level"))
                .isEqualTo("LEVEL_2");
        assertThat(registry.history(p.id())).extracting(h -> h.kind()).contains("LEVEL", "ASSESSMENT");
    }

    @Test
    void aPubliccodeFilePrefillsTheProductAndMarksItsCriteria() {
        Product p = registry.register(change("OS2forms", List.of(1L), List.of(), null), SECRETARIAT);
        PublicCode.Imported result = publicCode.importPublicCode(p.id(), Samples.PUBLICCODE, COORDINATOR);
        assertThat(result.marked()).containsExactlyInAnyOrder("F1", "F2", "F5", "R3", "G3");
        Product after = registry.product(p.id()).orElseThrow();
        assertThat(after.licence()).isEqualTo("MPL-2.0");
        assertThat(after.repositoryUrl()).isEqualTo("https://github.com/OS2Forms/os2forms");
        assertThat(assessments
                        .assessment(p.id(), assessments.currentRound())
                        .marks()
                        .get("F2")
                        .status())
                .isEqualTo(Mark.Status.MET);
        long versionBefore = after.version();
        assertThatThrownBy(() -> publicCode.importPublicCode(p.id(), "name: [", COORDINATOR))
                .isInstanceOf(ValidationException.class);
        assertThat(registry.product(p.id()).orElseThrow().version())
                .as("nothing changed")
                .isEqualTo(versionBefore);
    }

    @Test
    void productsLateWithTheirSelfAssessmentAreListed() {
        Product p = registry.register(
                new ProductChange(
                        "OS2display",
                        null,
                        null,
                        "MPL-2.0",
                        false,
                        List.of(1L),
                        List.of(2L),
                        "koordinator",
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(
                                "governancePlan",
                                "financePlan",
                                "sharedNeed",
                                "governanceInPlace",
                                "longTermFunding",
                                "publicDocumentation",
                                "roadmap")),
                SECRETARIAT);
        Product at = p;
        for (PipelineStep step : List.of(
                PipelineStep.DIALOGUE,
                PipelineStep.PRE_ANALYSIS,
                PipelineStep.GOVERNANCE_FINANCE,
                PipelineStep.BOARD_APPROVAL,
                PipelineStep.PRODUCT)) {
            at = pipeline.advance(at.id(), at.version(), step, SECRETARIAT);
        }
        assertThat(reminders.reminders()).singleElement().satisfies(r -> {
            assertThat(r.product()).isEqualTo("OS2display");
            assertThat(r.round()).isEqualTo("2026-2");
            assertThat(r.daysLate()).isEqualTo(27L);
        });
        assertThat(assessments.levelCounts()).containsEntry(ProductLevel.SANDBOX, 1L);
        assertThat(assessments.catalogue().criteria())
                .extracting(Criterion::code)
                .hasSize(43);
    }
}
