package eu.os2.platform.onboarding.internal;

import static eu.os2.platform.onboarding.internal.OnboardingRulesContract.BOARD;
import static eu.os2.platform.onboarding.internal.OnboardingRulesContract.COORDINATOR;
import static eu.os2.platform.onboarding.internal.OnboardingRulesContract.SECRETARIAT;
import static eu.os2.platform.onboarding.internal.OnboardingRulesContract.change;
import static eu.os2.platform.onboarding.internal.OnboardingRulesContract.fieldError;
import static eu.os2.platform.onboarding.internal.OnboardingRulesContract.lights;
import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.onboarding.internal.model.Assessment;
import eu.os2.platform.onboarding.internal.model.Gates;
import eu.os2.platform.onboarding.internal.model.Mark;
import eu.os2.platform.onboarding.internal.model.Samples;
import eu.os2.platform.testing.RecordingAuditLog;
import eu.os2.platform.testing.RecordingEventAdmin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 12, on a real database: every onboarding write checks lengths and shapes before the
 * database, so a 2 MB text is a field error ({@code too-long}, {@code too-many}), never a database failure.
 */
abstract class OnboardingLimitsContract {

    static final String HUGE = "x".repeat(2_000_000);

    abstract DataSource database() throws Exception;

    Fixture f;

    @BeforeEach
    void setUp() throws Exception {
        DataSource database = database();
        f = new Fixture(database, RecordingAuditLog.inTransactionsOf(database), new RecordingEventAdmin());
    }

    @Test
    void longTextsInAProductAreFieldErrorsNeverDatabaseFailures() {
        ProductChange ok = change("OS2lang", List.of(1L), List.of(), List.of());
        Map<String, ProductChange> changes = Map.ofEntries(
                Map.entry("name", with(ok, HUGE, ok.purpose(), ok.repositoryUrl(), ok.licence(), ok.coordinator())),
                Map.entry("purpose", with(ok, ok.name(), HUGE, null, null, null)),
                Map.entry("repositoryUrl", with(ok, ok.name(), null, "https://" + HUGE, null, null)),
                Map.entry("licence", with(ok, ok.name(), null, null, HUGE, null)),
                Map.entry("coordinator", with(ok, ok.name(), null, null, null, HUGE)));
        changes.forEach((field, c) -> fieldError(() -> f.registry.register(c, SECRETARIAT), field, "too-long"));
        fieldError(
                () -> f.registry.register(lists(ok, List.of(HUGE), List.of(), List.of(), List.of()), SECRETARIAT),
                "steeringGroup",
                "too-long");
        fieldError(
                () -> f.registry.register(
                        lists(
                                ok,
                                List.of(),
                                LongStream.range(0, 40)
                                        .mapToObj(i -> "a".repeat(150) + i)
                                        .toList(),
                                List.of(),
                                List.of()),
                        SECRETARIAT),
                "coordinationGroup",
                "too-long");
        fieldError(
                () -> f.registry.register(lists(ok, List.of(), List.of(), List.of(HUGE), List.of()), SECRETARIAT),
                "suppliers",
                "too-long");
        fieldError(
                () -> f.registry.register(
                        lists(ok, List.of(), List.of(), List.of(), List.of("https://" + HUGE)), SECRETARIAT),
                "links",
                "too-long");
        List<Long> thousands = LongStream.range(1_000_000, 1_002_000).boxed().toList();
        fieldError(
                () -> f.registry.register(change("OS2mange", List.of(1L), thousands, List.of()), SECRETARIAT),
                "supporters",
                "too-many");
        assertThat(f.registry.products()).isEmpty();

        Product p = f.registry.register(ok, SECRETARIAT);
        fieldError(
                () -> f.registry.update(p.id(), p.version(), with(ok, ok.name(), null, null, null, HUGE), COORDINATOR),
                "coordinator",
                "too-long");
        fieldError(() -> f.pipeline.explain(p.id(), Gates.Gate.PROJECT, HUGE, SECRETARIAT), "explanation", "too-long");
        assertThat(f.registry.require(p.id()).version()).isEqualTo(p.version());
    }

    @Test
    void longTextsInAnAssessmentAreFieldErrorsNeverDatabaseFailures() {
        Product p = f.registry.register(change("OS2lang", List.of(1L), List.of(), List.of()), SECRETARIAT);
        String round = f.assessments.currentRound();
        fieldError(
                () -> f.assessments.saveMarks(
                        p.id(), round, 0, List.of(new Mark("F1", Mark.Status.MET, HUGE, List.of())), COORDINATOR),
                "marks.F1.explanation",
                "too-long");
        fieldError(
                () -> f.assessments.saveMarks(
                        p.id(), round, 0, List.of(new Mark("F1", Mark.Status.MET, null, List.of(HUGE))), COORDINATOR),
                "marks.F1.evidence",
                "too-long");
        List<String> withBlank = new ArrayList<>();
        withBlank.add(null);
        withBlank.add("https://github.com/OS2");
        assertThat(f.assessments
                        .saveMarks(
                                p.id(),
                                round,
                                0,
                                List.of(new Mark("F1", Mark.Status.MET, null, withBlank)),
                                COORDINATOR)
                        .marks()
                        .get("F1")
                        .evidence())
                .as("a blank piece of evidence is left out, not a failure")
                .containsExactly("https://github.com/OS2");

        List<Mark> marks = f.assessments.catalogue().criteria().stream()
                .map(c -> new Mark(c.code(), Mark.Status.MET, null, List.of()))
                .toList();
        Assessment draft = f.assessments.assessment(p.id(), round);
        Assessment full = f.assessments.saveMarks(p.id(), round, draft.version(), marks, COORDINATOR);
        Assessment submitted = f.assessments.submit(full.id(), full.version(), COORDINATOR);
        fieldError(
                () -> f.assessments.evaluate(submitted.id(), submitted.version(), lights(), HUGE, SECRETARIAT),
                "note",
                "too-long");
        Map<String, String> extra = new HashMap<>(lights());
        extra.put(HUGE, "GREEN");
        fieldError(
                () -> f.assessments.evaluate(submitted.id(), submitted.version(), extra, null, SECRETARIAT),
                "lights",
                "unknown-theme");
        Assessment evaluated =
                f.assessments.evaluate(submitted.id(), submitted.version(), lights(), "God", SECRETARIAT);
        fieldError(
                () -> f.assessments.review(evaluated.id(), evaluated.version(), HUGE, ProductLevel.LEVEL_3, BOARD),
                "note",
                "too-long");
        Assessment reviewed =
                f.assessments.review(evaluated.id(), evaluated.version(), "Anbefales", ProductLevel.LEVEL_3, BOARD);
        fieldError(
                () -> f.assessments.decide(reviewed.id(), reviewed.version(), ProductLevel.LEVEL_3, HUGE, BOARD),
                "reason",
                "too-long");
        assertThat(f.assessments.assessment(p.id(), round).version()).isEqualTo(reviewed.version());
    }

    @Test
    void aPubliccodeFileWithALongDescriptionChangesNothing() {
        Product p = f.registry.register(change("OS2forms", List.of(1L), List.of(), List.of()), SECRETARIAT);
        String yaml = Samples.PUBLICCODE.replace("Digitale selvbetjeningsløsninger", "y".repeat(3000));
        fieldError(() -> f.publicCode.importPublicCode(p.id(), yaml, COORDINATOR), "file.description", "too-long");
        assertThat(f.registry.require(p.id()).version()).isEqualTo(p.version());
        assertThat(f.assessments.assessmentsOf(p.id())).isEmpty();
    }

    static ProductChange with(
            ProductChange c, String name, String purpose, String repositoryUrl, String licence, String coordinator) {
        return new ProductChange(
                name,
                purpose,
                repositoryUrl,
                licence,
                false,
                c.owners(),
                c.supporters(),
                coordinator,
                c.steeringGroup(),
                c.coordinationGroup(),
                c.suppliers(),
                c.links(),
                c.facts());
    }

    static ProductChange lists(
            ProductChange c,
            List<String> steering,
            List<String> coordination,
            List<String> suppliers,
            List<String> links) {
        return new ProductChange(
                c.name(),
                c.purpose(),
                c.repositoryUrl(),
                c.licence(),
                false,
                c.owners(),
                c.supporters(),
                c.coordinator(),
                steering,
                coordination,
                suppliers,
                links,
                c.facts());
    }
}
