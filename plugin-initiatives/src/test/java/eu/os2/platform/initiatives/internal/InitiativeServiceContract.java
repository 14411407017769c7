package eu.os2.platform.initiatives.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.os2.platform.api.initiative.Initiative;
import eu.os2.platform.api.initiative.InitiativeChange;
import eu.os2.platform.api.initiative.InitiativeQuery;
import eu.os2.platform.api.initiative.InitiativeService;
import eu.os2.platform.api.initiative.Milestone;
import eu.os2.platform.api.initiative.MilestoneChange;
import eu.os2.platform.api.initiative.NewProgressUpdate;
import eu.os2.platform.api.initiative.PeriodChange;
import eu.os2.platform.api.initiative.ProgressUpdate;
import eu.os2.platform.api.initiative.StrategyPeriod;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.ref.PlatformRef;
import eu.os2.platform.api.storage.ConcurrentChangeException;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.initiatives.internal.model.StatusCatalogue;
import eu.os2.platform.testing.RecordingAuditLog;
import eu.os2.platform.testing.RecordingEventAdmin;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service on a real database with the plugin's real changelog; run on H2 and on PostgreSQL. */
abstract class InitiativeServiceContract {

    static final PlatformUser SECRETARIAT =
            new PlatformUser(2, "sekretariat", "Sekretariatet", Set.of(Role.SECRETARIAT), null);
    static final LocalDate FROM = LocalDate.of(2022, 5, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);

    abstract DataSource database() throws Exception;

    RecordingAuditLog audit;
    RecordingEventAdmin events;
    InitiativeService service;
    StrategyPeriod period;

    @BeforeEach
    void setUp() throws Exception {
        DataSource dataSource = database();
        // every append outside the change's transaction fails the test
        audit = RecordingAuditLog.inTransactionsOf(dataSource);
        events = new RecordingEventAdmin();
        MemberService members = mock(MemberService.class);
        when(members.get(anyLong())).thenReturn(Optional.empty());
        when(members.get(7L)).thenReturn(Optional.of(mock(Organisation.class)));
        Clock fixed = Clock.fixed(Instant.parse("2024-03-01T10:00:00Z"), PlatformClock.ZONE);
        service =
                new InitiativeServiceImpl(dataSource, StatusCatalogue.defaults(), members, audit, () -> fixed, events);
        period = service.createPeriod(
                new PeriodChange("Strategi 2022–2025", FROM, TO, "Generalforsamlingen 2022", FROM), SECRETARIAT);
    }

    InitiativeChange change(String title, int weight, String status, List<MilestoneChange> milestones) {
        return new InitiativeChange(
                period.id(),
                title,
                title + " (en)",
                "Beskrivelse",
                null,
                null,
                "Ansvarlig",
                FROM,
                TO,
                weight,
                List.of("influence"),
                status,
                null,
                milestones,
                List.of(new PlatformRef("product", "os2forms")));
    }

    static MilestoneChange milestone(String title, int weight, Integer progress, String status) {
        return new MilestoneChange(null, title, LocalDate.of(2023, 1, 1), weight, progress, status);
    }

    @Test
    void createdInitiativesRollUpIntoThePeriodByWeight() {
        Initiative a = service.create(
                change(
                        "A",
                        3,
                        "in-progress",
                        List.of(milestone("a1", 1, null, "completed"), milestone("a2", 1, 20, "in-progress"))),
                SECRETARIAT);
        assertThat(a.progress()).isEqualByComparingTo("60.0");
        assertThat(a.milestones()).extracting(Milestone::progress).containsExactly(100, 20);
        service.create(change("B", 1, "planned", List.of()), SECRETARIAT);
        // (3 × 60 + 1 × 0) / 4 = 45
        assertThat(service.period(period.id()).orElseThrow().progress()).isEqualByComparingTo("45.0");
        assertThat(service.currentPeriod()).map(StrategyPeriod::id).contains(period.id());
        assertThat(events.topics()).contains(InitiativeService.TOPIC_CREATED);
        assertThat(audit.entries())
                .extracting(e -> e.action())
                .contains("initiatives.period.create", "initiatives.create");
    }

    @Test
    void anEditKeepsMilestonesSentWithTheirIdAndRemovesTheRest() {
        Initiative created = service.create(
                change(
                        "A",
                        1,
                        "in-progress",
                        List.of(milestone("keep", 1, 10, "in-progress"), milestone("drop", 1, null, "planned"))),
                SECRETARIAT);
        Milestone keep = created.milestones().stream()
                .filter(m -> m.title().equals("keep"))
                .findFirst()
                .orElseThrow();
        Initiative edited = service.update(
                created.id(),
                created.version(),
                change(
                        "A",
                        1,
                        "in-progress",
                        List.of(
                                new MilestoneChange(keep.id(), "keep", keep.due(), 1, 90, "in-progress"),
                                milestone("new", 1, null, "completed"))),
                SECRETARIAT);
        assertThat(edited.version()).isEqualTo(created.version() + 1);
        assertThat(edited.milestones()).extracting(Milestone::title).containsExactlyInAnyOrder("keep", "new");
        assertThat(edited.milestones())
                .filteredOn(m -> m.title().equals("keep"))
                .extracting(Milestone::id)
                .containsExactly(keep.id());
        assertThat(edited.progress()).isEqualByComparingTo("95.0");
        assertThat(events.topics()).contains(InitiativeService.TOPIC_UPDATED, InitiativeService.TOPIC_PROGRESS_CHANGED);
        assertThat(service.history(created.id(), 10))
                .extracting(e -> e.action())
                .containsExactly("initiatives.update", "initiatives.create");
    }

    @Test
    void aStaleEditIsRefusedAndChangesNothing() {
        Initiative created = service.create(change("A", 1, "in-progress", List.of()), SECRETARIAT);
        service.update(created.id(), created.version(), change("B", 1, "in-progress", List.of()), SECRETARIAT);
        assertThatThrownBy(() -> service.update(
                        created.id(), created.version(), change("C", 1, "in-progress", List.of()), SECRETARIAT))
                .isInstanceOfSatisfying(
                        ConcurrentChangeException.class,
                        e -> assertThat(e.currentVersion()).isEqualTo(created.version() + 1));
        assertThat(service.get(created.id()).orElseThrow().titleDa()).isEqualTo("B");
    }

    @Test
    void twoEditorsWithTheSameVersionCannotBothWin() throws Exception {
        Initiative created = service.create(
                change("A", 1, "in-progress", List.of(milestone("m", 1, 0, "in-progress"))), SECRETARIAT);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (String title : List.of("X", "Y")) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    service.update(
                            created.id(), created.version(), change(title, 1, "in-progress", List.of()), SECRETARIAT);
                    return true;
                } catch (ConcurrentChangeException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> result : results) {
            won += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        assertThat(service.get(created.id()).orElseThrow().version()).isEqualTo(created.version() + 1);
    }

    @Test
    void aProgressUpdateWithAStatusChangeIsOneStep() {
        Initiative created = service.create(change("A", 1, "in-progress", List.of()), SECRETARIAT);
        ProgressUpdate posted = service.postUpdate(
                created.id(),
                created.version(),
                new NewProgressUpdate(
                        LocalDate.of(2024, 2, 1),
                        "Forsinket af udbud",
                        "at-risk",
                        null,
                        List.of(PlatformRef.parse("https://os2.eu/nyhed"))),
                SECRETARIAT);
        assertThat(posted.statusFrom()).isEqualTo("in-progress");
        assertThat(posted.statusTo()).isEqualTo("at-risk");
        assertThat(posted.author()).isEqualTo("sekretariat");
        assertThat(posted.links()).containsExactly(new PlatformRef("url", "https://os2.eu/nyhed"));
        assertThat(service.updates(created.id())).containsExactly(posted);
        Initiative after = service.get(created.id()).orElseThrow();
        assertThat(after.status()).isEqualTo("at-risk");
        assertThat(after.version()).isEqualTo(created.version() + 1);
        assertThat(events.topics())
                .contains(InitiativeService.TOPIC_UPDATE_POSTED, InitiativeService.TOPIC_STATUS_CHANGED);
        assertThat(events.events().stream()
                        .filter(e -> e.getTopic().equals(InitiativeService.TOPIC_STATUS_CHANGED))
                        .findFirst()
                        .orElseThrow()
                        .getProperty("previousStatus"))
                .isEqualTo("in-progress");
        // a stale status change stores neither the update nor the status
        assertThatThrownBy(() -> service.postUpdate(
                        created.id(),
                        created.version(),
                        new NewProgressUpdate(null, "Tilbage på sporet", "in-progress", null, null),
                        SECRETARIAT))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(service.updates(created.id())).hasSize(1);
        assertThat(service.get(created.id()).orElseThrow().status()).isEqualTo("at-risk");
    }

    @Test
    void aStatusChangeNeedsTheVersionAndAPlainUpdateDoesNot() {
        Initiative created = service.create(change("A", 1, "in-progress", List.of()), SECRETARIAT);
        assertThatThrownBy(() -> service.postUpdate(
                        created.id(), null, new NewProgressUpdate(null, "x", "paused", null, null), SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("status", "needs-version"));
        service.postUpdate(
                created.id(), null, new NewProgressUpdate(null, "Møde holdt", null, null, null), SECRETARIAT);
        service.postUpdate(
                created.id(),
                null,
                new NewProgressUpdate(LocalDate.of(2023, 1, 5), "Ældre nyt", null, null, null),
                SECRETARIAT);
        assertThat(service.updates(created.id()))
                .extracting(ProgressUpdate::text)
                .containsExactly("Møde holdt", "Ældre nyt");
        assertThat(service.get(created.id()).orElseThrow().version()).isEqualTo(created.version());
    }

    @Test
    void completingWithoutMilestonesMovesProgressToTheStatusDefault() {
        Initiative created = service.create(change("A", 1, "in-progress", List.of()), SECRETARIAT);
        assertThat(created.progress()).isEqualByComparingTo("50.0");
        service.postUpdate(
                created.id(),
                created.version(),
                new NewProgressUpdate(null, "Færdig", "completed", null, null),
                SECRETARIAT);
        assertThat(service.get(created.id()).orElseThrow().progress()).isEqualByComparingTo("100.0");
        assertThat(events.events().stream()
                        .filter(e -> e.getTopic().equals(InitiativeService.TOPIC_PROGRESS_CHANGED))
                        .findFirst()
                        .orElseThrow()
                        .getProperty("previousProgress"))
                .isEqualTo("50.0");
    }

    @Test
    void invalidInputStoresNothing() {
        InitiativeChange outside = new InitiativeChange(
                period.id(),
                "T",
                "T",
                null,
                null,
                99L,
                "R",
                FROM.minusYears(1),
                TO,
                1,
                List.of(),
                "planned",
                null,
                List.of(),
                List.of());
        assertThatThrownBy(() -> service.create(outside, SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("start", "outside-period")
                                .containsEntry("ownerOrganisationId", "unknown"));
        assertThat(service.search(new InitiativeQuery(null, null, null, 0, 10)).total())
                .isZero();
        assertThatThrownBy(() ->
                        service.createPeriod(new PeriodChange("Strategi 2022–2025", FROM, TO, "GF", FROM), SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("name", "taken"));
    }

    @Test
    void searchFiltersByPeriodStatusAndOwnerAndPages() {
        StrategyPeriod next = service.createPeriod(
                new PeriodChange(
                        "Strategi 2026–2028",
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2028, 12, 31),
                        "Generalforsamlingen 2025",
                        LocalDate.of(2025, 5, 1)),
                SECRETARIAT);
        for (int i = 0; i < 5; i++) {
            service.create(change("I" + i, 1, i % 2 == 0 ? "in-progress" : "planned", List.of()), SECRETARIAT);
        }
        service.create(
                new InitiativeChange(
                        next.id(),
                        "Ny",
                        "New",
                        null,
                        null,
                        7L,
                        "R",
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        1,
                        List.of(),
                        "planned",
                        null,
                        List.of(),
                        List.of()),
                SECRETARIAT);
        assertThat(service.search(new InitiativeQuery(period.id(), null, null, 0, 10))
                        .total())
                .isEqualTo(5);
        assertThat(service.search(new InitiativeQuery(period.id(), "in-progress", null, 0, 10))
                        .total())
                .isEqualTo(3);
        assertThat(service.search(new InitiativeQuery(null, null, 7L, 0, 10)).items())
                .extracting(Initiative::titleDa)
                .containsExactly("Ny");
        var page = service.search(new InitiativeQuery(period.id(), null, null, 2, 2));
        assertThat(page.items()).extracting(Initiative::titleDa).containsExactly("I2", "I3");
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void otherBundlesFindInitiativesByReference() {
        Initiative created = service.create(change("A", 1, "in-progress", List.of()), SECRETARIAT);
        assertThat(service.resolve(created.ref())).map(Initiative::id).contains(created.id());
        assertThat(service.resolve(new PlatformRef("initiative", "x"))).isEmpty();
        assertThat(service.resolve(new PlatformRef("product", "1"))).isEmpty();
        assertThat(service.linkingTo(new PlatformRef("product", "os2forms")))
                .extracting(Initiative::id)
                .containsExactly(created.id());
        // an exact match: not a prefix, and LIKE wildcards in the id are plain characters
        assertThat(service.linkingTo(new PlatformRef("product", "os2"))).isEmpty();
        assertThat(service.linkingTo(new PlatformRef("product", "os2%"))).isEmpty();
    }

    @Test
    void aPeriodCannotShrinkAwayFromItsInitiativesAndAStaleEditIsRefused() {
        service.create(change("A", 1, "in-progress", List.of()), SECRETARIAT);
        assertThatThrownBy(() -> service.updatePeriod(
                        period.id(),
                        period.version(),
                        new PeriodChange(
                                period.name(), FROM, TO.minusDays(1), period.approvedBy(), period.approvedOn()),
                        SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("to", "initiatives-outside"));
        StrategyPeriod renamed = service.updatePeriod(
                period.id(),
                period.version(),
                new PeriodChange("Strategi 2022–25", FROM, TO, period.approvedBy(), period.approvedOn()),
                SECRETARIAT);
        assertThat(renamed.name()).isEqualTo("Strategi 2022–25");
        assertThatThrownBy(() -> service.updatePeriod(
                        period.id(),
                        period.version(),
                        new PeriodChange("Igen", FROM, TO, period.approvedBy(), period.approvedOn()),
                        SECRETARIAT))
                .isInstanceOf(ConcurrentChangeException.class);
    }
}
