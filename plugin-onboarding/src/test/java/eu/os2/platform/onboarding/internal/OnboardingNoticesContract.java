package eu.os2.platform.onboarding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import eu.os2.platform.api.attention.AttentionItem;
import eu.os2.platform.api.calendar.CalendarEvent;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.message.Message;
import eu.os2.platform.api.message.Outbox;
import eu.os2.platform.api.message.Recipients;
import eu.os2.platform.api.product.PipelineStep;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.api.storage.ConcurrentChangeException;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.onboarding.internal.assessment.AssessmentsImpl;
import eu.os2.platform.onboarding.internal.model.Assessment;
import eu.os2.platform.onboarding.internal.model.AssessmentState;
import eu.os2.platform.onboarding.internal.model.Mark;
import eu.os2.platform.onboarding.internal.model.Rounds;
import eu.os2.platform.onboarding.internal.notices.OnboardingMessageKinds;
import eu.os2.platform.onboarding.internal.notices.OnboardingNoticesImpl;
import eu.os2.platform.testing.RecordingAuditLog;
import eu.os2.platform.testing.RecordingEventAdmin;
import eu.os2.platform.testing.RecordingOutbox.Written;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The onboarding plugin reaching people: its messages (written in the change's transaction, once
 * where they carry a once-key), its home-page lines and its calendar, on one database.
 */
abstract class OnboardingNoticesContract {

    static final PlatformUser SECRETARIAT =
            new PlatformUser(2, "sekretariat", "Sekretariatet", Set.of(Role.SECRETARIAT), null);
    static final PlatformUser BOARD = new PlatformUser(3, "bestyrelse", "Bestyrelsen", Set.of(Role.BOARD), null);
    static final PlatformUser COORDINATOR =
            new PlatformUser(4, "koordinator", "Koordinator", Set.of(Role.VIEWER), null);
    static final PlatformUser REP_1 = new PlatformUser(5, "rep-1", "Rep 1", Set.of(Role.MEMBER_REPRESENTATIVE), 1L);
    static final PlatformUser REP_9 = new PlatformUser(6, "rep-9", "Rep 9", Set.of(Role.MEMBER_REPRESENTATIVE), 9L);
    static final String CONSOLE = "https://platform.example/console/";

    abstract DataSource database() throws Exception;

    DataSource database;
    RecordingAuditLog audit;
    RecordingEventAdmin events;
    Fixture f;

    @BeforeEach
    void setUp() throws Exception {
        database = database();
        audit = RecordingAuditLog.inTransactionsOf(database);
        events = new RecordingEventAdmin();
        f = new Fixture(database, audit, events);
        when(f.users.find("koordinator")).thenReturn(Optional.of(COORDINATOR));
    }

    // ---- level decided

    @Test
    void aLevelDecisionTellsTheOwnersAndTheCoordinatorInItsTransaction() {
        Product p = product("OS2forms", List.of(1L, 2L));
        Assessment reviewed = reviewed(p, ProductLevel.LEVEL_2);
        f.outbox.clear();

        f.assessments.decide(reviewed.id(), reviewed.version(), ProductLevel.LEVEL_2, "Opfylder kriterierne", BOARD);

        Written w = single(OnboardingMessageKinds.LEVEL_DECIDED);
        assertThat(w.message().recipients())
                .isEqualTo(Recipients.organisations(List.of(1L, 2L)).and(Recipients.users(List.of(4L))));
        assertThat(w.message().onceKey()).isNull();
        assertThat(w.da().subject()).isEqualTo("Niveau besluttet for OS2forms: Niveau 2");
        assertThat(w.da().text())
                .contains("Niveau: Niveau 2 (før: Sandkasse)", "Begrundelse: Opfylder kriterierne", "runden 2026-2")
                .contains(CONSOLE + "#/products/product/" + p.id())
                .doesNotContain("null");
        assertThat(w.en().subject()).isEqualTo("Level decided for OS2forms: Level 2");
        assertThat(w.en().text()).contains("Level: Level 2 (before: Sandbox)", "Reason: Opfylder kriterierne");
    }

    @Test
    void aDecisionThatFailsWritesNoMessage() {
        Product p = product("OS2forms", List.of(1L));
        Assessment reviewed = reviewed(p, ProductLevel.LEVEL_2);
        f.outbox.clear();

        assertThatThrownBy(() -> f.assessments.decide(
                        reviewed.id(), reviewed.version() - 1, ProductLevel.LEVEL_2, "Forældet version", BOARD))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> f.assessments.decide(
                        reviewed.id(), reviewed.version(), ProductLevel.LEVEL_2, "Ikke sekretariatets", SECRETARIAT))
                .isInstanceOf(SecurityException.class);
        assertThat(f.outbox.written()).isEmpty();
    }

    @Test
    void whenTheOutboxCannotBeWrittenTheDecisionRollsBackWithIt() {
        Product p = product("OS2forms", List.of(1L));
        Assessment reviewed = reviewed(p, ProductLevel.LEVEL_2);
        Outbox broken = new Outbox() {
            @Override
            public int enqueue(Message message) {
                throw new StorageException("the outbox is full", null);
            }

            @Override
            public String consoleUrl() {
                return CONSOLE;
            }
        };
        AssessmentsImpl withBrokenOutbox = new AssessmentsImpl(
                f.registry,
                f.store,
                audit,
                eu.os2.platform.testing.TestDatabases.clockAt("2026-11-27T10:00:00Z"),
                events,
                new OnboardingNoticesImpl(broken, f.users),
                new Rounds(MonthDay.of(4, 30), MonthDay.of(10, 31)));

        assertThatThrownBy(() -> withBrokenOutbox.decide(
                        reviewed.id(), reviewed.version(), ProductLevel.LEVEL_2, "Opfylder kriterierne", BOARD))
                .isInstanceOf(StorageException.class);

        assertThat(f.assessments.assessment(p.id(), "2026-2").state()).isEqualTo(AssessmentState.REVIEWED);
        assertThat(f.registry.require(p.id()).level()).isEqualTo(ProductLevel.SANDBOX);
    }

    // ---- the round's check

    @Test
    void whenARoundOpensEachOwningOrganisationIsToldOnceWithItsProducts() {
        f.at("2026-07-01T06:00:00Z");
        Product forms = product("OS2forms", List.of(1L));
        Product display = product("OS2display", List.of(1L, 2L));
        registry().register(idea("OS2idé", 3L), SECRETARIAT); // an idea is not assessed
        f.outbox.clear();

        assertThat(f.check.run()).isEqualTo(2);

        List<Written> opened = f.outbox.written(OnboardingMessageKinds.ROUND_OPENED);
        assertThat(opened)
                .extracting(w -> w.message().recipients())
                .containsExactly(Recipients.organisations(List.of(1L)), Recipients.organisations(List.of(2L)));
        Written first = opened.get(0);
        assertThat(first.da().subject()).isEqualTo("Ny runde selvevaluering 2026-2: frist 31. oktober 2026");
        assertThat(first.da().text())
                .contains("- OS2display: " + CONSOLE + "#/products/assessment/" + display.id() + "/2026-2")
                .contains("- OS2forms: " + CONSOLE + "#/products/assessment/" + forms.id() + "/2026-2");
        assertThat(first.en().subject()).isEqualTo("New self-assessment round 2026-2: due 31 October 2026");
        assertThat(opened.get(1).da().text()).contains("OS2display").doesNotContain("OS2forms");

        f.at("2026-07-01T07:00:00Z");
        assertThat(f.check.run()).as("a second run sends nothing again").isZero();
        assertThat(f.outbox.written()).hasSize(2);
    }

    @Test
    void anOverdueAssessmentIsSentOncePerProductAndRoundAndTheSecretariatGetsADailyDigest() {
        Product late = product("OS2forms", List.of(1L));
        Product done = product("OS2display", List.of(2L));
        submit(done);
        f.outbox.clear();

        f.check.run();
        f.check.run();

        Written overdue = single(
                OnboardingMessageKinds.ASSESSMENT_OVERDUE,
                Recipients.organisations(List.of(1L)).and(Recipients.users(List.of(4L))));
        assertThat(overdue.message().onceKey()).isEqualTo("assessment-overdue/" + late.id() + "/2026-2");
        assertThat(overdue.da().subject()).isEqualTo("Selvevalueringen af OS2forms er forsinket");
        assertThat(overdue.da().text())
                .contains("senest 31. oktober 2026", "27 dage forsinket")
                .contains(CONSOLE + "#/products/assessment/" + late.id() + "/2026-2");
        Written digest = single(OnboardingMessageKinds.ASSESSMENT_OVERDUE, Recipients.roles(Role.SECRETARIAT));
        assertThat(digest.da().subject()).isEqualTo("Selvevaluering mangler for 1 produkt i runden 2026-2");
        assertThat(digest.da().text()).contains("- OS2forms: 27 dage forsinket", CONSOLE + "#/products");
        assertThat(digest.en().text()).contains("- OS2forms: 27 days late");
        assertThat(f.outbox.written()).as("nothing about the product handed in").hasSize(2);

        f.at("2026-11-28T10:00:00Z");
        f.check.run();
        assertThat(f.outbox.written(OnboardingMessageKinds.ASSESSMENT_OVERDUE))
                .as("the next day: a new digest, the product's message not again")
                .hasSize(3)
                .last()
                .satisfies(w -> assertThat(w.da().text()).contains("28 dage forsinket"));
    }

    @Test
    void beforeTheDeadlineNothingIsOverdue() {
        f.at("2026-10-30T10:00:00Z");
        product("OS2forms", List.of(1L));
        f.outbox.clear();
        f.check.run();
        assertThat(f.outbox.written(OnboardingMessageKinds.ASSESSMENT_OVERDUE)).isEmpty();
        assertThat(f.outbox.written(OnboardingMessageKinds.ROUND_OPENED)).hasSize(1);
    }

    // ---- home page

    @Test
    void aRepresentativeSeesItsProductsAssessmentUntilItIsHandedIn() {
        Product p = product("OS2forms", List.of(1L));
        product("OS2display", List.of(2L));

        assertThat(f.attention.itemsFor(REP_1)).singleElement().satisfies(item -> {
            assertThat(item.key()).isEqualTo("onboarding.assessment-due/" + p.id() + "/2026-2");
            assertThat(item.textDa())
                    .isEqualTo("Selvevalueringen af OS2forms for runde 2026-2 er forsinket (frist 31. oktober 2026).");
            assertThat(item.textEn())
                    .isEqualTo(
                            "The self-assessment of \u201cOS2forms\u201d for round 2026-2 is overdue (due 31 October 2026).");
            assertThat(item.link()).isEqualTo("#/products/assessment/" + p.id() + "/2026-2");
            assertThat(item.due()).isEqualTo(LocalDate.of(2026, 10, 31));
            assertThat(item.urgent()).isTrue();
        });
        assertThat(f.attention.itemsFor(REP_9)).isEmpty();

        f.at("2026-08-01T10:00:00Z");
        assertThat(f.attention.itemsFor(REP_1)).singleElement().satisfies(item -> {
            assertThat(item.textDa()).endsWith("skal afleveres senest 31. oktober 2026.");
            assertThat(item.urgent()).as("three months left").isFalse();
        });

        f.at("2026-11-27T10:00:00Z");
        submit(p);
        assertThat(f.attention.itemsFor(REP_1)).as("gone once handed in").isEmpty();
    }

    @Test
    void theSecretariatSeesTheLateCountThenTheAssessmentToEvaluate() {
        Product a = product("OS2forms", List.of(1L));
        product("OS2display", List.of(2L));

        assertThat(f.attention.itemsFor(SECRETARIAT)).singleElement().satisfies(item -> {
            assertThat(item.key()).isEqualTo("onboarding.assessments-overdue/2026-2");
            assertThat(item.textDa())
                    .isEqualTo("2 produkter mangler selvevaluering for runde 2026-2 (frist 31. oktober 2026).");
            assertThat(item.textEn())
                    .isEqualTo("2 products lack their self-assessment for round 2026-2 (due 31 October 2026).");
            assertThat(item.link()).isEqualTo("#/products");
            assertThat(item.urgent()).isTrue();
        });

        Assessment submitted = submit(a);
        assertThat(f.attention.itemsFor(SECRETARIAT))
                .extracting(AttentionItem::textDa)
                .containsExactly(
                        "1 produkt mangler selvevaluering for runde 2026-2 (frist 31. oktober 2026).",
                        "Vurder den afleverede selvevaluering af OS2forms (runde 2026-2).");

        f.assessments.evaluate(submitted.id(), submitted.version(), lights(), "Fint", SECRETARIAT);
        assertThat(f.attention.itemsFor(SECRETARIAT))
                .extracting(AttentionItem::key)
                .containsExactly("onboarding.assessments-overdue/2026-2");
    }

    @Test
    void theSecretariatSeesANewIdeaUntilItIsTakenUp() {
        f.at("2026-08-01T10:00:00Z");
        Product idea = registry().register(idea("OS2idé", 1L), REP_1);
        assertThat(f.attention.itemsFor(SECRETARIAT)).singleElement().satisfies(item -> {
            assertThat(item.textDa()).isEqualTo("Ny idé afventer behandling: OS2idé.");
            assertThat(item.link()).isEqualTo("#/products/product/" + idea.id());
        });
        f.pipeline.advance(idea.id(), idea.version(), PipelineStep.DIALOGUE, SECRETARIAT);
        assertThat(f.attention.itemsFor(SECRETARIAT)).isEmpty();
    }

    @Test
    void theBoardSeesALevelDecisionAwaitingItUntilItDecides() {
        Product p = product("OS2forms", List.of(1L));
        assertThat(f.attention.itemsFor(BOARD)).isEmpty();
        Assessment reviewed = reviewed(p, ProductLevel.LEVEL_2);

        assertThat(f.attention.itemsFor(BOARD)).singleElement().satisfies(item -> {
            assertThat(item.textDa()).isEqualTo("Beslut niveau for OS2forms: styregruppen anbefaler Niveau 2.");
            assertThat(item.textEn())
                    .isEqualTo("Decide the level of \u201cOS2forms\u201d: the steering group recommends Level 2.");
            assertThat(item.link()).isEqualTo("#/products/assessment/" + p.id() + "/2026-2");
        });
        assertThat(f.attention.itemsFor(SECRETARIAT))
                .as("levels 2 and 3 are the board's")
                .extracting(AttentionItem::key)
                .doesNotContain("onboarding.level-decision/" + reviewed.id());

        f.assessments.decide(reviewed.id(), reviewed.version(), ProductLevel.LEVEL_2, "Opfylder kriterierne", BOARD);
        assertThat(f.attention.itemsFor(BOARD)).isEmpty();
    }

    @Test
    void theBoardSeesAProductAwaitingItsApproval() {
        Product p = registry().register(change("OS2projekt", List.of(1L, 2L)), SECRETARIAT);
        Product at = p;
        for (PipelineStep step : List.of(
                PipelineStep.DIALOGUE,
                PipelineStep.PRE_ANALYSIS,
                PipelineStep.GOVERNANCE_FINANCE,
                PipelineStep.BOARD_APPROVAL)) {
            at = f.pipeline.advance(at.id(), at.version(), step, SECRETARIAT);
        }
        assertThat(f.attention.itemsFor(BOARD))
                .extracting(AttentionItem::textDa)
                .containsExactly("OS2projekt afventer bestyrelsens godkendelse som produkt.");
        f.pipeline.advance(at.id(), at.version(), PipelineStep.PRODUCT, SECRETARIAT);
        assertThat(f.attention.itemsFor(BOARD)).isEmpty();
    }

    @Test
    void othersSeeNothing() {
        product("OS2forms", List.of(1L));
        PlatformUser viewer = new PlatformUser(9, "læser", "Læser", Set.of(Role.VIEWER), null);
        PlatformUser partner = new PlatformUser(10, "partner", "Partner", Set.of(Role.PARTNER), 1L);
        assertThat(f.attention.itemsFor(viewer)).isEmpty();
        assertThat(f.attention.itemsFor(partner)).isEmpty();
    }

    // ---- calendar

    @Test
    void theSecretariatsCalendarHasTheRoundsOfTheLastYearTheCurrentOneAndTheNext() {
        List<CalendarEvent> events = f.calendar.events(SECRETARIAT, Language.DA);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.start()).isNull();
            assertThat(e.url()).isEqualTo(CONSOLE + "#/products");
        });
        assertThat(events)
                .extracting(CalendarEvent::uid, CalendarEvent::day)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "onboarding-round-2025-2-opens@os2.eu", LocalDate.of(2025, 7, 1)),
                        org.assertj.core.groups.Tuple.tuple(
                                "onboarding-round-2025-2-due@os2.eu", LocalDate.of(2025, 10, 31)),
                        org.assertj.core.groups.Tuple.tuple(
                                "onboarding-round-2026-1-opens@os2.eu", LocalDate.of(2026, 1, 1)),
                        org.assertj.core.groups.Tuple.tuple(
                                "onboarding-round-2026-1-due@os2.eu", LocalDate.of(2026, 4, 30)),
                        org.assertj.core.groups.Tuple.tuple(
                                "onboarding-round-2026-2-opens@os2.eu", LocalDate.of(2026, 7, 1)),
                        org.assertj.core.groups.Tuple.tuple(
                                "onboarding-round-2026-2-due@os2.eu", LocalDate.of(2026, 10, 31)),
                        org.assertj.core.groups.Tuple.tuple(
                                "onboarding-round-2027-1-opens@os2.eu", LocalDate.of(2027, 1, 1)),
                        org.assertj.core.groups.Tuple.tuple(
                                "onboarding-round-2027-1-due@os2.eu", LocalDate.of(2027, 4, 30)));
        assertThat(events.get(5).summary()).isEqualTo("Frist for selvevaluering, runde 2026-2");
        assertThat(f.calendar.events(SECRETARIAT, Language.EN).get(6).summary())
                .isEqualTo("Self-assessment: round 2027-1 opens");
    }

    @Test
    void aRepresentativesCalendarHasTheRoundsWhenItsOrganisationOwnsAProduct() {
        product("OS2forms", List.of(1L));
        registry().register(idea("OS2idé", 9L), SECRETARIAT);
        List<CalendarEvent> events = f.calendar.events(REP_1, Language.DA);
        assertThat(events).hasSize(8);
        assertThat(events.get(5).description()).isEqualTo("Jeres produkter: OS2forms");
        assertThat(f.calendar.events(REP_9, Language.DA))
                .as("an idea is not assessed")
                .isEmpty();
        assertThat(f.calendar.events(BOARD, Language.DA)).isEmpty();
    }

    // ---- helpers

    private eu.os2.platform.onboarding.internal.registry.ProductRegistry registry() {
        return f.registry;
    }

    private Written single(String kind) {
        assertThat(f.outbox.written(kind)).hasSize(1);
        return f.outbox.written(kind).get(0);
    }

    private Written single(String kind, Recipients to) {
        List<Written> matching = f.outbox.written(kind).stream()
                .filter(w -> w.message().recipients().equals(to))
                .toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    /** An idea as a member's representative registers it: its organisation the owner, nothing more. */
    static ProductChange idea(String name, long owner) {
        return new ProductChange(
                name,
                "Formål",
                null,
                null,
                false,
                List.of(owner),
                List.of(),
                "koordinator",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** A product with every gate's facts, supported by municipality 40 besides its owners. */
    static ProductChange change(String name, List<Long> owners) {
        return new ProductChange(
                name,
                "Formål",
                null,
                "MPL-2.0",
                false,
                owners,
                List.of(40L),
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
                        "roadmap"));
    }

    /** A product that has walked the whole path. */
    private Product product(String name, List<Long> owners) {
        Product at = f.registry.register(change(name, owners), SECRETARIAT);
        for (PipelineStep step : List.of(
                PipelineStep.DIALOGUE,
                PipelineStep.PRE_ANALYSIS,
                PipelineStep.GOVERNANCE_FINANCE,
                PipelineStep.BOARD_APPROVAL,
                PipelineStep.PRODUCT)) {
            at = f.pipeline.advance(at.id(), at.version(), step, SECRETARIAT);
        }
        return at;
    }

    private Assessment submit(Product p) {
        String round = f.assessments.currentRound();
        List<Mark> marks = f.assessments.catalogue().criteria().stream()
                .map(c -> new Mark(
                        c.code(), c.firstLevel().rank() <= 2 ? Mark.Status.MET : Mark.Status.NOT_MET, null, List.of()))
                .toList();
        Assessment full = f.assessments.saveMarks(p.id(), round, 0, marks, COORDINATOR);
        return f.assessments.submit(full.id(), full.version(), COORDINATOR);
    }

    private Assessment reviewed(Product p, ProductLevel recommended) {
        Assessment submitted = submit(p);
        Assessment evaluated =
                f.assessments.evaluate(submitted.id(), submitted.version(), lights(), "Fint", SECRETARIAT);
        return f.assessments.review(evaluated.id(), evaluated.version(), "Anbefales", recommended, BOARD);
    }

    private static Map<String, String> lights() {
        return Map.of("relevance", "GREEN", "formal", "YELLOW", "strategic", "GREEN", "governance", "GREEN");
    }
}
