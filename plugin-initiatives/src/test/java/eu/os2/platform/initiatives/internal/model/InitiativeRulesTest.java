package eu.os2.platform.initiatives.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import eu.os2.platform.api.initiative.Initiative;
import eu.os2.platform.api.initiative.InitiativeChange;
import eu.os2.platform.api.initiative.Milestone;
import eu.os2.platform.api.initiative.MilestoneChange;
import eu.os2.platform.api.initiative.NewProgressUpdate;
import eu.os2.platform.api.initiative.PeriodChange;
import eu.os2.platform.api.initiative.StrategyPeriod;
import eu.os2.platform.api.ref.PlatformRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InitiativeRulesTest {

    private static final LocalDate FROM = LocalDate.of(2022, 5, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final StrategyPeriod PERIOD =
            new StrategyPeriod(1, "Strategi", FROM, TO, "GF 2022", FROM, BigDecimal.ZERO, 0);
    private final StatusCatalogue statuses = StatusCatalogue.defaults();

    private static MilestoneChange milestone(String status, Integer progress) {
        return new MilestoneChange(null, "Delmål", LocalDate.of(2023, 1, 1), 1, progress, status);
    }

    private static InitiativeChange initiative(String status, String note, List<MilestoneChange> milestones) {
        return new InitiativeChange(
                1,
                "Titel",
                "Title",
                null,
                null,
                null,
                "Ansvarlig",
                FROM,
                TO,
                1,
                List.of("influence"),
                status,
                note,
                milestones,
                List.of());
    }

    private Map<String, String> check(InitiativeChange c) {
        return InitiativeRules.check(InitiativeRules.normalise(c), PERIOD, statuses, true, Set.of(), null);
    }

    @Test
    void aValidInitiativePasses() {
        assertThat(check(initiative(
                        "in-progress", null, List.of(milestone("planned", null), milestone("completed", 100)))))
                .isEmpty();
    }

    @Test
    void requiredFieldsAreNamedInFieldOrder() {
        InitiativeChange empty =
                new InitiativeChange(1, " ", null, null, null, null, "", null, null, 0, null, null, null, null, null);
        assertThat(check(empty))
                .containsExactly(
                        entry("titleDa", "required"),
                        entry("titleEn", "required"),
                        entry("responsible", "required"),
                        entry("start", "required"),
                        entry("end", "required"),
                        entry("weight", "range"),
                        entry("status", "required"));
    }

    @Test
    void datesStayInsideThePeriodAndEndIsNotBeforeStart() {
        InitiativeChange early = new InitiativeChange(
                1,
                "T",
                "T",
                null,
                null,
                null,
                "R",
                FROM.minusDays(1),
                TO.plusDays(1),
                1,
                List.of(),
                "planned",
                null,
                List.of(new MilestoneChange(null, "M", TO.plusDays(1), 1, null, "planned")),
                List.of());
        assertThat(check(early))
                .containsExactly(
                        entry("start", "outside-period"),
                        entry("end", "outside-period"),
                        entry("milestones[0].due", "outside-period"));
        InitiativeChange backwards = new InitiativeChange(
                1, "T", "T", null, null, null, "R", TO, FROM, 1, List.of(), "planned", null, List.of(), List.of());
        assertThat(check(backwards)).containsExactly(entry("end", "before-start"));
        // the first and the last day of the period are inside
        assertThat(check(new InitiativeChange(
                        1,
                        "T",
                        "T",
                        null,
                        null,
                        null,
                        "R",
                        FROM,
                        FROM,
                        1,
                        List.of(),
                        "planned",
                        null,
                        List.of(new MilestoneChange(null, "M", TO, 1, null, "planned")),
                        List.of())))
                .isEmpty();
    }

    @Test
    void anUnknownPeriodOwnerStatusOrMissionPointIsNamed() {
        InitiativeChange c = new InitiativeChange(
                9,
                "T",
                "T",
                null,
                null,
                77L,
                "R",
                FROM,
                TO,
                1,
                List.of("influence", "world-peace"),
                "finished",
                null,
                List.of(),
                List.of());
        Map<String, String> errors =
                InitiativeRules.check(InitiativeRules.normalise(c), null, statuses, false, Set.of(), null);
        assertThat(errors)
                .containsExactly(
                        entry("periodId", "unknown"),
                        entry("ownerOrganisationId", "unknown"),
                        entry("missionPoints[1]", "unknown"),
                        entry("status", "unknown"));
    }

    @Test
    void weightsArePositiveAndBounded() {
        assertThat(check(new InitiativeChange(
                        1,
                        "T",
                        "T",
                        null,
                        null,
                        null,
                        "R",
                        FROM,
                        TO,
                        -1,
                        List.of(),
                        "planned",
                        null,
                        List.of(
                                new MilestoneChange(null, "M", FROM, 0, null, "planned"),
                                new MilestoneChange(null, "M", FROM, 1001, null, "planned")),
                        List.of())))
                .containsExactly(
                        entry("weight", "range"),
                        entry("milestones[0].weight", "range"),
                        entry("milestones[1].weight", "range"));
    }

    @Test
    void milestoneProgressIsAPercentageAndADoneMilestoneIsAtHundred() {
        assertThat(check(initiative(
                        "in-progress",
                        null,
                        List.of(
                                milestone("planned", 101),
                                milestone("planned", -1),
                                milestone("completed", 90),
                                milestone("completed", 100),
                                milestone(null, null)))))
                .containsExactly(
                        entry("milestones[0].progress", "range"),
                        entry("milestones[1].progress", "range"),
                        entry("milestones[2].progress", "contradicts-status"),
                        entry("milestones[4].status", "required"));
    }

    @Test
    void aCompletedInitiativeWithOpenMilestonesNeedsAnExplanation() {
        List<MilestoneChange> oneOpen = List.of(milestone("completed", null), milestone("paused", null));
        assertThat(check(initiative("completed", null, oneOpen)))
                .containsExactly(entry("completionNote", "open-milestones"));
        assertThat(check(initiative("completed", "  ", oneOpen)))
                .containsExactly(entry("completionNote", "open-milestones"));
        assertThat(check(initiative("completed", "Evalueres årligt; sidste delmål løber videre", oneOpen)))
                .isEmpty();
        assertThat(check(initiative("completed", null, List.of(milestone("completed", null)))))
                .isEmpty();
    }

    @Test
    void aStatusChangeGoesThroughAProgressUpdate() {
        InitiativeChange c = InitiativeRules.normalise(initiative("at-risk", null, List.of()));
        assertThat(InitiativeRules.check(c, PERIOD, statuses, true, Set.of(), "in-progress"))
                .containsExactly(entry("status", "change-with-update"));
        assertThat(InitiativeRules.check(c, PERIOD, statuses, true, Set.of(), "at-risk"))
                .isEmpty();
    }

    @Test
    void onlyTheInitiativesOwnMilestonesCanBeKeptAndEachOnce() {
        List<MilestoneChange> milestones = List.of(
                new MilestoneChange(5L, "M", FROM, 1, null, "planned"),
                new MilestoneChange(5L, "M", FROM, 1, null, "planned"),
                new MilestoneChange(6L, "M", FROM, 1, null, "planned"));
        assertThat(InitiativeRules.check(
                        InitiativeRules.normalise(initiative("planned", null, milestones)),
                        PERIOD,
                        statuses,
                        true,
                        Set.of(5L),
                        null))
                .containsExactly(entry("milestones[1].id", "duplicate"), entry("milestones[2].id", "unknown"));
    }

    @Test
    void listsAndTextsAreBounded() {
        List<MilestoneChange> many = new ArrayList<>(Collections.nCopies(51, milestone("planned", null)));
        List<PlatformRef> links = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            links.add(new PlatformRef("product", "p" + i));
        }
        InitiativeChange c = new InitiativeChange(
                1,
                "T".repeat(201),
                "T",
                "d".repeat(4001),
                null,
                null,
                "R",
                FROM,
                TO,
                1,
                List.of(),
                "planned",
                null,
                many,
                links);
        assertThat(check(c))
                .containsExactly(
                        entry("titleDa", "too-long"),
                        entry("descriptionDa", "too-long"),
                        entry("milestones", "too-many"),
                        entry("links", "too-many"));
    }

    @Test
    void normalisingStripsTextAndDropsRepeats() {
        InitiativeChange c = InitiativeRules.normalise(new InitiativeChange(
                1,
                "  Titel ",
                "Title",
                " ",
                null,
                null,
                "R",
                FROM,
                TO,
                1,
                List.of("influence", "influence"),
                " planned ",
                null,
                List.of(),
                List.of(new PlatformRef("product", "os2forms"), new PlatformRef("product", "os2forms"))));
        assertThat(c.titleDa()).isEqualTo("Titel");
        assertThat(c.descriptionDa()).isNull();
        assertThat(c.status()).isEqualTo("planned");
        assertThat(c.missionPoints()).containsExactly("influence");
        assertThat(c.links()).hasSize(1);
    }

    @Test
    void aPeriodHasANameOrderedDatesAndAnApprovalNotAfterItsEnd() {
        assertThat(InitiativeRules.check(new PeriodChange("Strategi", FROM, TO, "GF 2022", FROM)))
                .isEmpty();
        assertThat(InitiativeRules.check(new PeriodChange(null, null, null, null, null)))
                .containsExactly(
                        entry("name", "required"),
                        entry("from", "required"),
                        entry("to", "required"),
                        entry("approvedBy", "required"),
                        entry("approvedOn", "required"));
        assertThat(InitiativeRules.check(new PeriodChange("S", TO, FROM, "GF", FROM)))
                .containsExactly(entry("to", "before-start"));
        assertThat(InitiativeRules.check(new PeriodChange("S", FROM, FROM, "GF", FROM)))
                .containsExactly(entry("to", "before-start"));
        assertThat(InitiativeRules.check(new PeriodChange("S", FROM, TO, "GF", TO.plusDays(1))))
                .containsExactly(entry("approvedOn", "after-period"));
    }

    @Test
    void aPeriodCannotShrinkAwayFromItsInitiatives() {
        Initiative inside = stored(
                "in-progress", List.of(new Milestone(1, "M", LocalDate.of(2025, 6, 1), 1, null, 50, "in-progress")));
        assertThat(InitiativeRules.keepsInside(new PeriodChange("S", FROM, TO, "GF", FROM), List.of(inside)))
                .isEmpty();
        assertThat(InitiativeRules.keepsInside(
                        new PeriodChange("S", FROM, LocalDate.of(2025, 5, 31), "GF", FROM), List.of(inside)))
                .containsExactly(entry("to", "initiatives-outside"));
        assertThat(InitiativeRules.keepsInside(
                        new PeriodChange("S", FROM.plusDays(1), TO, "GF", FROM), List.of(inside)))
                .containsExactly(entry("from", "initiatives-outside"));
    }

    @Test
    void anUpdateIsDatedNotInTheFutureNorBeforeThePeriod() {
        LocalDate today = LocalDate.of(2024, 3, 1);
        Initiative initiative = stored("in-progress", List.of());
        NewProgressUpdate ok =
                InitiativeRules.normalise(new NewProgressUpdate(null, " Godt i gang ", null, null, null), today);
        assertThat(ok.date()).isEqualTo(today);
        assertThat(ok.text()).isEqualTo("Godt i gang");
        assertThat(InitiativeRules.check(ok, initiative, PERIOD, statuses, today))
                .isEmpty();
        NewProgressUpdate bad =
                InitiativeRules.normalise(new NewProgressUpdate(today.plusDays(1), " ", "done", null, null), today);
        assertThat(InitiativeRules.check(bad, initiative, PERIOD, statuses, today))
                .containsExactly(entry("date", "future"), entry("text", "required"), entry("status", "unknown"));
        NewProgressUpdate early = new NewProgressUpdate(FROM.minusDays(1), "x", null, null, List.of());
        assertThat(InitiativeRules.check(early, initiative, PERIOD, statuses, today))
                .containsExactly(entry("date", "outside-period"));
    }

    @Test
    void completingByAnUpdateWithOpenMilestonesNeedsAnExplanation() {
        LocalDate today = LocalDate.of(2024, 3, 1);
        Initiative open = stored("in-progress", List.of(new Milestone(1, "M", FROM, 1, null, 0, "planned")));
        NewProgressUpdate complete = new NewProgressUpdate(today, "Afsluttet", "completed", null, List.of());
        assertThat(InitiativeRules.check(complete, open, PERIOD, statuses, today))
                .containsExactly(entry("completionNote", "open-milestones"));
        NewProgressUpdate explained =
                new NewProgressUpdate(today, "Afsluttet", "completed", "Sidste delmål udgår", List.of());
        assertThat(InitiativeRules.check(explained, open, PERIOD, statuses, today))
                .isEmpty();
    }

    private static Initiative stored(String status, List<Milestone> milestones) {
        return new Initiative(
                1,
                1,
                "T",
                "T",
                null,
                null,
                null,
                "R",
                FROM,
                LocalDate.of(2025, 6, 1),
                1,
                List.of(),
                status,
                null,
                BigDecimal.ZERO,
                milestones,
                List.of(),
                0,
                Instant.EPOCH);
    }
}
