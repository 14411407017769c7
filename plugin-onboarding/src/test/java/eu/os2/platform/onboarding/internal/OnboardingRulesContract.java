package eu.os2.platform.onboarding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.audit.AuditEntry;
import eu.os2.platform.api.product.PipelineStep;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.api.storage.Transactions;
import eu.os2.platform.api.user.AccessDeniedException;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.onboarding.internal.model.Assessment;
import eu.os2.platform.onboarding.internal.model.Gates;
import eu.os2.platform.onboarding.internal.model.Levels;
import eu.os2.platform.onboarding.internal.model.Mark;
import eu.os2.platform.onboarding.internal.model.Samples;
import eu.os2.platform.testing.RecordingAuditLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Issue 13's onboarding items on a real database: the gates count distinct public authorities (8),
 * ownership and the gate facts are the secretariat's (9), an incomplete assessment has no level (10),
 * every change and its audit entry commit together, events after (11); long texts (12) are
 * {@link OnboardingLimitsContract}'s.
 */
abstract class OnboardingRulesContract {

    static final PlatformUser SECRETARIAT =
            new PlatformUser(2, "sekretariat", "Sekretariatet", Set.of(Role.SECRETARIAT), null);
    static final PlatformUser BOARD = new PlatformUser(3, "bestyrelse", "Bestyrelsen", Set.of(Role.BOARD), null);
    static final PlatformUser COORDINATOR =
            new PlatformUser(4, "koordinator", "Koordinator", Set.of(Role.VIEWER), null);
    static final PlatformUser REP = new PlatformUser(5, "rep-1", "Rep", Set.of(Role.MEMBER_REPRESENTATIVE), 1L);
    static final List<String> ALL_FACTS = Gates.FACTS;

    abstract DataSource database() throws Exception;

    DataSource database;
    RecordingAuditLog audit;
    List<Boolean> postedInTransaction;
    Fixture f;

    @BeforeEach
    void setUp() throws Exception {
        database = database();
        audit = RecordingAuditLog.inTransactionsOf(database);
        postedInTransaction = new CopyOnWriteArrayList<>();
        EventAdmin events = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                postedInTransaction.add(Transactions.active(database));
            }

            @Override
            public void sendEvent(Event event) {
                postEvent(event);
            }
        };
        f = new Fixture(database, audit, events);
    }

    static ProductChange change(String name, List<Long> owners, List<Long> supporters, List<String> facts) {
        return new ProductChange(
                name,
                "Formål",
                null,
                "MPL-2.0",
                false,
                owners,
                supporters,
                "koordinator",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                facts);
    }

    Product walk(Product p, PipelineStep target) {
        Product at = p;
        while (at.step() != target) {
            at = f.pipeline.advance(
                    at.id(), at.version(), PipelineStep.values()[at.step().ordinal() + 1], SECRETARIAT);
        }
        return at;
    }

    static void fieldError(ThrowingCallable call, String field, String code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry(field, code));
    }

    // ---- item 8: at least two authorities

    @Test
    void theProductGateCountsDistinctPublicAuthoritiesAndNeverSuppliers() {
        Product same = f.registry.register(change("Samme kommune", List.of(1L), List.of(1L), ALL_FACTS), SECRETARIAT);
        Product supplier =
                f.registry.register(change("Med leverandør", List.of(1L), List.of(60L, 61L), ALL_FACTS), SECRETARIAT);
        Product two = f.registry.register(change("To kommuner", List.of(1L), List.of(1L, 2L), ALL_FACTS), SECRETARIAT);
        assertThat(f.pipeline.gates(same.id()).get("PRODUCT").missing()).containsExactly("two-authorities");
        assertThat(f.pipeline.gates(same.id()).get("PRODUCT").authorities()).isEqualTo(1);
        assertThat(f.pipeline.gates(supplier.id()).get("PRODUCT").missing()).containsExactly("two-authorities");
        assertThat(f.pipeline.gates(supplier.id()).get("PRODUCT").authorities()).isEqualTo(1);
        assertThat(f.pipeline.gates(two.id()).get("PRODUCT").missing()).isEmpty();
        assertThat(f.pipeline.gates(two.id()).get("PRODUCT").authorities()).isEqualTo(2);
        assertThat(f.pipeline.gates(two.id()).get("PRODUCT").authoritiesNeeded())
                .isEqualTo(2);

        Product atBoard = walk(supplier, PipelineStep.BOARD_APPROVAL);
        fieldError(
                () -> f.pipeline.advance(atBoard.id(), atBoard.version(), PipelineStep.PRODUCT, SECRETARIAT),
                "two-authorities",
                "gate-not-met");
        assertThat(walk(two, PipelineStep.PRODUCT).step()).isEqualTo(PipelineStep.PRODUCT);

        Product supplierOwned =
                f.registry.register(change("Leverandørejet", List.of(60L), List.of(), ALL_FACTS), SECRETARIAT);
        assertThat(f.pipeline.gates(supplierOwned.id()).get("PROJECT").missing())
                .as("a supplier partner is no public owner")
                .containsExactly("public-owner");
    }

    // ---- item 9: ownership and the gate facts

    @Test
    void aRepresentativeRegistersWithItsOwnOrganisationAsTheOnlyOwnerAndNoGateFacts() {
        assertThatThrownBy(() -> f.registry.register(change("Fælles idé", List.of(1L, 2L), List.of(), List.of()), REP))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("only owner");
        assertThatThrownBy(() -> f.registry.register(change("Støttet idé", List.of(1L), List.of(2L), List.of()), REP))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("supporters");
        assertThatThrownBy(() -> f.registry.register(
                        change("Færdig idé", List.of(1L), List.of(), List.of("governancePlan", "sharedNeed")), REP))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("facts");
        assertThat(f.registry.products()).isEmpty();
        Product own = f.registry.register(change("Egen idé", List.of(1L), List.of(), List.of()), REP);
        assertThat(own.owners()).containsExactly(1L);
    }

    @Test
    void aCoordinatorEditsTheProductButNotItsOwnershipOrGateFacts() {
        Product p = f.registry.register(
                change("OS2forms", List.of(1L, 2L), List.of(3L), List.of("governancePlan")), SECRETARIAT);
        assertThatThrownBy(() -> f.registry.update(
                        p.id(),
                        p.version(),
                        change("OS2forms", List.of(4L), List.of(3L), List.of("governancePlan")),
                        COORDINATOR))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("owners");
        assertThatThrownBy(() -> f.registry.update(
                        p.id(),
                        p.version(),
                        change("OS2forms", List.of(1L, 2L), List.of(3L, 4L), List.of("governancePlan")),
                        COORDINATOR))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("supporters");
        assertThatThrownBy(() -> f.registry.update(
                        p.id(),
                        p.version(),
                        change("OS2forms", List.of(1L, 2L), List.of(3L), List.of("governancePlan", "roadmap")),
                        COORDINATOR))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("facts");
        assertThat(f.registry.require(p.id()).version()).isEqualTo(p.version());

        Product edited = f.registry.update(
                p.id(),
                p.version(),
                change("OS2forms 2", List.of(2L, 1L), List.of(3L), List.of("governancePlan")),
                COORDINATOR);
        assertThat(edited.name()).isEqualTo("OS2forms 2");
        assertThat(audit.entries()).extracting(AuditEntry::action).doesNotContain("onboarding.product.ownership");

        Product owned = f.registry.update(
                edited.id(),
                edited.version(),
                change("OS2forms 2", List.of(1L, 4L), List.of(3L), List.of("governancePlan")),
                SECRETARIAT);
        assertThat(owned.owners()).containsExactly(1L, 4L);
        assertThat(audit.entries())
                .filteredOn(e -> e.action().equals("onboarding.product.ownership"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("sekretariat");
                    assertThat(e.before()).contains("owners=[2, 1]");
                    assertThat(e.after()).contains("[1, 4]");
                });
    }

    // ---- item 10: an incomplete assessment

    @Test
    void anIncompleteAssessmentHasNoLevelSaysWhatIsBlankAndCannotBeSubmitted() {
        Product p = f.registry.register(change("OS2display", List.of(1L), List.of(2L), List.of()), SECRETARIAT);
        String round = f.assessments.currentRound();
        List<Mark> marks = new ArrayList<>();
        f.assessments.catalogue().criteria().stream()
                .filter(c -> !c.code().equals("F19"))
                .forEach(c -> marks.add(new Mark(c.code(), Mark.Status.MET, null, List.of())));
        marks.add(new Mark("G14", null, null, List.of()));
        Assessment saved = f.assessments.saveMarks(p.id(), round, 0, marks, COORDINATOR);
        Levels.Result levels = f.assessments.levels(saved);
        assertThat(levels.qualifying())
                .as("a blank recommendation and a blank mark: no level")
                .isNull();
        assertThat(levels.state()).isEqualTo("incomplete");
        assertThat(levels.blank()).containsExactlyInAnyOrder("F19", "G14");
        assertThat(levels.next()).isNull();
        fieldError(() -> f.assessments.submit(saved.id(), saved.version(), COORDINATOR), "marks", "incomplete");

        Assessment full = f.assessments.saveMarks(
                p.id(),
                round,
                saved.version(),
                List.of(
                        new Mark("F19", Mark.Status.NOT_MET, null, List.of()),
                        new Mark("G14", Mark.Status.MET, null, List.of())),
                COORDINATOR);
        assertThat(f.assessments.levels(full).qualifying()).isEqualTo(ProductLevel.LEVEL_3);
        assertThat(f.assessments.levels(full).state()).isEqualTo("complete");
    }

    // ---- item 11: one transaction per change, events after it

    @Test
    void aChangeWhoseAuditEntryFailsLeavesNothingBehind() {
        audit.failOn("onboarding.product.create");
        assertThatThrownBy(() -> f.registry.register(change("OS2idé", List.of(1L), List.of(), List.of()), SECRETARIAT))
                .hasMessageContaining("audit log is down");
        assertThat(f.registry.products())
                .as("the product is rolled back with its audit entry")
                .isEmpty();
        audit.failOn();
        Product p = f.registry.register(change("OS2idé", List.of(1L), List.of(2L), ALL_FACTS), SECRETARIAT);

        audit.failOn("onboarding.product.update");
        assertThatThrownBy(() -> f.registry.update(
                        p.id(), p.version(), change("OS2idé 2", List.of(1L), List.of(2L), ALL_FACTS), SECRETARIAT))
                .hasMessageContaining("audit log is down");
        assertThat(f.registry.require(p.id()).name()).isEqualTo("OS2idé");

        audit.failOn("onboarding.product.advance");
        assertThatThrownBy(() -> f.pipeline.advance(p.id(), p.version(), PipelineStep.DIALOGUE, SECRETARIAT))
                .hasMessageContaining("audit log is down");
        assertThat(f.registry.require(p.id()).step()).isEqualTo(PipelineStep.IDEA);
        assertThat(f.registry.history(p.id())).hasSize(1);

        audit.failOn("onboarding.product.exception");
        assertThatThrownBy(() -> f.pipeline.explain(p.id(), Gates.Gate.PRODUCT, "Forklaring", SECRETARIAT))
                .hasMessageContaining("audit log is down");
        assertThat(f.pipeline.gates(p.id()).get("PRODUCT").exception()).isNull();

        audit.failOn("onboarding.assessment.save");
        String round = f.assessments.currentRound();
        assertThatThrownBy(() -> f.assessments.saveMarks(
                        p.id(), round, 0, List.of(new Mark("F1", Mark.Status.MET, null, List.of())), COORDINATOR))
                .hasMessageContaining("audit log is down");
        assertThat(f.assessments.assessmentsOf(p.id())).isEmpty();

        audit.failOn("onboarding.product.publiccode");
        assertThatThrownBy(() -> f.publicCode.importPublicCode(p.id(), Samples.PUBLICCODE, COORDINATOR))
                .hasMessageContaining("audit log is down");
        assertThat(f.registry.require(p.id()).repositoryUrl()).isNull();
        assertThat(f.assessments.assessmentsOf(p.id()))
                .as("the marks it made are rolled back too")
                .isEmpty();

        audit.failOn("onboarding.assessment.decided");
        Assessment reviewed = reviewed(p);
        assertThatThrownBy(() -> f.assessments.decide(
                        reviewed.id(), reviewed.version(), ProductLevel.LEVEL_3, "Opfylder alt", BOARD))
                .hasMessageContaining("audit log is down");
        assertThat(f.registry.require(p.id()).level()).isEqualTo(ProductLevel.SANDBOX);
        assertThat(f.assessments.assessment(p.id(), round).decided()).isNull();
        assertThat(postedInTransaction)
                .as("no event for a change that did not happen")
                .isEmpty();

        audit.failOn();
        f.assessments.decide(reviewed.id(), reviewed.version(), ProductLevel.LEVEL_3, "Opfylder alt", BOARD);
        walk(f.registry.require(p.id()), PipelineStep.PRE_ANALYSIS);
        assertThat(postedInTransaction)
                .as("events are posted after the commit")
                .hasSize(2)
                .containsOnly(false);
    }

    Assessment reviewed(Product p) {
        String round = f.assessments.currentRound();
        List<Mark> marks = f.assessments.catalogue().criteria().stream()
                .map(c -> new Mark(c.code(), Mark.Status.MET, null, List.of()))
                .toList();
        Assessment a = f.assessments.saveMarks(p.id(), round, 0, marks, COORDINATOR);
        a = f.assessments.submit(a.id(), a.version(), COORDINATOR);
        a = f.assessments.evaluate(a.id(), a.version(), lights(), "God", SECRETARIAT);
        return f.assessments.review(a.id(), a.version(), "Anbefales", ProductLevel.LEVEL_3, BOARD);
    }

    static Map<String, String> lights() {
        return Map.of("relevance", "GREEN", "formal", "GREEN", "strategic", "GREEN", "governance", "GREEN");
    }
}
