package eu.os2.platform.onboarding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.product.PipelineStep;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.api.product.ProductService;
import eu.os2.platform.api.storage.ConcurrentChangeException;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.onboarding.internal.model.Assessment;
import eu.os2.platform.onboarding.internal.model.AssessmentState;
import eu.os2.platform.onboarding.internal.model.Criterion;
import eu.os2.platform.onboarding.internal.model.Gates;
import eu.os2.platform.onboarding.internal.model.Samples;
import eu.os2.platform.onboarding.internal.model.Mark;
import eu.os2.platform.testing.RecordingAuditLog;
import eu.os2.platform.testing.RecordingEventAdmin;
import eu.os2.platform.testing.TestDatabases;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service on a real database with the plugin's changelog; run on H2 and on PostgreSQL. */
abstract class OnboardingServiceContract {

    static final PlatformUser SECRETARIAT = new PlatformUser(2, "sekretariat", "Sekretariatet", Set.of(Role.SECRETARIAT), null);
    static final PlatformUser BOARD = new PlatformUser(3, "bestyrelse", "Bestyrelsen", Set.of(Role.BOARD), null);
    static final PlatformUser COORDINATOR = new PlatformUser(4, "koordinator", "Koordinator", Set.of(Role.VIEWER), null);
    static final PlatformUser REP = new PlatformUser(5, "rep-1", "Rep", Set.of(Role.MEMBER_REPRESENTATIVE), 1L);

    abstract DataSource database() throws Exception;

    RecordingEventAdmin events;
    OnboardingServiceImpl service;

    @BeforeEach
    void setUp() throws Exception {
        MemberService members = mock(MemberService.class);
        when(members.get(anyLong())).thenAnswer(inv -> {
            long id = inv.getArgument(0);
            return id <= 50 ? Optional.of(new Organisation(id, "29188386", null, "Kommune " + id, OrganisationKind.MUNICIPALITY, null, null, null, null,
                    null, 1)) : Optional.empty();
        });
        events = new RecordingEventAdmin();
        service = new OnboardingServiceImpl(database(), members, new RecordingAuditLog(), TestDatabases.clockAt("2026-11-27T10:00:00Z"), events,
                MonthDay.of(4, 30), MonthDay.of(10, 31));
    }

    static ProductChange change(String name, List<Long> owners, List<String> facts, String licence) {
        return new ProductChange(name, "Formål", null, licence, false, owners, List.of(), "koordinator", List.of(), List.of(), List.of(), List.of(), facts);
    }

    @Test
    void anIdeaWalksThePathThroughItsGatesWithoutSkipping() {
        Product idea = service.register(change("OS2idé", List.of(1L), List.of(), null), REP);
        assertThat(idea.step()).isEqualTo(PipelineStep.IDEA);
        assertThat(service.organisationNames(idea)).isEqualTo(Map.of(1L, "Kommune 1"));
        assertThatThrownBy(() -> service.register(change("Andres idé", List.of(2L), List.of(), null), REP)).isInstanceOf(SecurityException.class);
        PlatformUser partner = new PlatformUser(77, "partner", "Leverandør", java.util.Set.of(Role.PARTNER), 2L);
        assertThatThrownBy(() -> service.register(change("Leverandørens idé", List.of(2L), List.of(), null), partner))
                .as("a supplier partner registers no ideas, not even with itself as owner").isInstanceOf(SecurityException.class);
        Product talk = service.advance(idea.id(), idea.version(), PipelineStep.DIALOGUE, SECRETARIAT);
        assertThatThrownBy(() -> service.advance(talk.id(), talk.version(), PipelineStep.GOVERNANCE_FINANCE, SECRETARIAT))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsEntry("step", "not-next-step"));
        assertThatThrownBy(() -> service.advance(talk.id(), talk.version(), PipelineStep.PRE_ANALYSIS, SECRETARIAT))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("open-licence", "governance-plan",
                        "finance-plan", "shared-need"));
        service.explain(talk.id(), Gates.Gate.PROJECT, "Licens afklares med leverandøren; finansiering fra to kommuner er på vej", SECRETARIAT);
        Product project = service.advance(talk.id(), talk.version(), PipelineStep.PRE_ANALYSIS, SECRETARIAT);
        assertThat(project.stage()).isEqualTo(eu.os2.platform.api.product.ProductStage.PROJECT);
        assertThat(events.first(ProductService.TOPIC_GATE_PASSED).orElseThrow().getProperty("exception")).isEqualTo(true);
        assertThatThrownBy(() -> service.advance(project.id(), project.version(), PipelineStep.GOVERNANCE_FINANCE, COORDINATOR))
                .isInstanceOf(SecurityException.class);
        assertThat(service.history(project.id())).extracting(h -> h.kind()).contains("STEP", "EXCEPTION");
        assertThatThrownBy(() -> service.advance(project.id(), project.version() - 1, PipelineStep.GOVERNANCE_FINANCE, SECRETARIAT))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void anAssessmentRoundRunsFromSelfAssessmentToABoardDecision() {
        Product p = service.register(change("OS2forms", List.of(1L), List.of(), "MPL-2.0"), SECRETARIAT);
        String round = service.currentRound();
        assertThat(round).isEqualTo("2026-2");
        List<Mark> marks = service.catalogue().criteria().stream().map(c -> new Mark(c.code(), c.firstLevel().rank() <= 2 ? Mark.Status.MET
                : Mark.Status.NOT_MET, null, List.of())).toList();
        Assessment draft = service.saveMarks(p.id(), round, 0, marks.subList(0, 10), COORDINATOR);
        assertThatThrownBy(() -> service.submit(draft.id(), draft.version(), COORDINATOR)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("marks", "incomplete"));
        Assessment full = service.saveMarks(p.id(), round, draft.version(), marks, COORDINATOR);
        assertThat(service.levels(full).qualifying()).isEqualTo(ProductLevel.LEVEL_2);
        PlatformUser stranger = new PlatformUser(9, "anden", "Anden", Set.of(Role.VIEWER), null);
        assertThatThrownBy(() -> service.saveMarks(p.id(), round, full.version(), marks, stranger)).isInstanceOf(SecurityException.class);
        Assessment submitted = service.submit(full.id(), full.version(), COORDINATOR);
        assertThatThrownBy(() -> service.saveMarks(p.id(), round, submitted.version(), marks, COORDINATOR)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.review(submitted.id(), submitted.version(), "x", ProductLevel.LEVEL_2, BOARD))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsEntry("state", "not-evaluated"));
        Map<String, String> lights = Map.of("relevance", "GREEN", "formal", "YELLOW", "strategic", "GREEN", "governance", "GREEN");
        assertThatThrownBy(() -> service.evaluate(submitted.id(), submitted.version(), Map.of("formal", "BLUE"), null, SECRETARIAT))
                .isInstanceOf(ValidationException.class);
        Assessment evaluated = service.evaluate(submitted.id(), submitted.version(), lights, "God dokumentation", SECRETARIAT);
        Assessment reviewed = service.review(evaluated.id(), evaluated.version(), "Styregruppen anbefaler niveau 2", ProductLevel.LEVEL_2, BOARD);
        assertThatThrownBy(() -> service.decide(reviewed.id(), reviewed.version(), ProductLevel.LEVEL_2, "Opfylder kriterierne", SECRETARIAT))
                .isInstanceOf(SecurityException.class);
        Assessment decided = service.decide(reviewed.id(), reviewed.version(), ProductLevel.LEVEL_2, "Opfylder kriterierne for niveau 2", BOARD);
        assertThat(decided.state()).isEqualTo(AssessmentState.DECIDED);
        assertThat(service.product(p.id()).orElseThrow().level()).isEqualTo(ProductLevel.LEVEL_2);
        assertThat(events.first(ProductService.TOPIC_LEVEL_CHANGED).orElseThrow().getProperty("level")).isEqualTo("LEVEL_2");
        assertThat(service.history(p.id())).extracting(h -> h.kind()).contains("LEVEL", "ASSESSMENT");
    }

    @Test
    void aPubliccodeFilePrefillsTheProductAndMarksItsCriteria() {
        Product p = service.register(change("OS2forms", List.of(1L), List.of(), null), SECRETARIAT);
        Map<String, Object> result = service.importPublicCode(p.id(), Samples.PUBLICCODE, COORDINATOR);
        assertThat(result.get("marked")).asList().containsExactlyInAnyOrder("F1", "F2", "F5", "R3", "G3");
        Product after = service.product(p.id()).orElseThrow();
        assertThat(after.licence()).isEqualTo("MPL-2.0");
        assertThat(after.repositoryUrl()).isEqualTo("https://github.com/OS2Forms/os2forms");
        assertThat(service.assessment(p.id(), service.currentRound()).marks().get("F2").status()).isEqualTo(Mark.Status.MET);
        long versionBefore = after.version();
        assertThatThrownBy(() -> service.importPublicCode(p.id(), "name: [", COORDINATOR)).isInstanceOf(ValidationException.class);
        assertThat(service.product(p.id()).orElseThrow().version()).as("nothing changed").isEqualTo(versionBefore);
    }

    @Test
    void productsLateWithTheirSelfAssessmentAreListed() {
        Product p = service.register(new ProductChange("OS2display", null, null, "MPL-2.0", false, List.of(1L), List.of(2L), "koordinator", List.of(),
                List.of(), List.of(), List.of(), List.of("governancePlan", "financePlan", "sharedNeed", "governanceInPlace", "longTermFunding",
                        "publicDocumentation", "roadmap")), SECRETARIAT);
        Product at = p;
        for (PipelineStep step : List.of(PipelineStep.DIALOGUE, PipelineStep.PRE_ANALYSIS, PipelineStep.GOVERNANCE_FINANCE, PipelineStep.BOARD_APPROVAL,
                PipelineStep.PRODUCT)) {
            at = service.advance(at.id(), at.version(), step, SECRETARIAT);
        }
        assertThat(service.reminders()).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("product", "OS2display").containsEntry("round", "2026-2");
            assertThat((long) r.get("daysLate")).isEqualTo(27L);
        });
        assertThat(service.levelCounts()).containsEntry(ProductLevel.SANDBOX, 1L);
        assertThat(service.catalogue().criteria()).extracting(Criterion::code).hasSize(43);
    }
}
