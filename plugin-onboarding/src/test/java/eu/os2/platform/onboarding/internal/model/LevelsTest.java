package eu.os2.platform.onboarding.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.product.ProductLevel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The qualifying level for every criterion's level, recommendations, not relevant and blanks. */
class LevelsTest {

    static final Catalogue CATALOGUE = Catalogue.load(Catalogue.CURRENT);

    static Map<String, Mark> allUpTo(ProductLevel level) {
        Map<String, Mark> marks = new HashMap<>();
        for (Criterion c : CATALOGUE.criteria()) {
            marks.put(
                    c.code(),
                    new Mark(
                            c.code(),
                            c.firstLevel().ordinal() <= level.ordinal() ? Mark.Status.MET : Mark.Status.NOT_MET,
                            null,
                            List.of()));
        }
        return marks;
    }

    @Test
    void theCatalogueHasOs2sFortyThreeCriteria() {
        assertThat(CATALOGUE.criteria()).hasSize(43);
        assertThat(CATALOGUE.criterion("F19")).get().satisfies(c -> {
            assertThat(c.recommendationOnly()).isTrue();
            assertThat(c.firstLevel()).isEqualTo(ProductLevel.LEVEL_2);
        });
    }

    @Test
    void everyCriterionHasADanishAndAnEnglishText() {
        for (Criterion c : CATALOGUE.criteria()) {
            assertThat(c.summaryDa()).as(c.code() + " in Danish").isNotBlank();
            assertThat(c.summary()).as(c.code() + " in English").isNotBlank();
            assertThat(c.summaryDa()).as(c.code() + " translated").isNotEqualTo(c.summary());
            assertThat(c.summary(false)).isEqualTo(c.summaryDa());
            assertThat(c.summary(true)).isEqualTo(c.summary());
        }
        assertThat(CATALOGUE.criterion("F11").orElseThrow().summaryDa()).contains("sagsstyring");
    }

    @Test
    void everyCriterionHoldsBackExactlyItsOwnLevel() {
        for (ProductLevel level : ProductLevel.values()) {
            assertThat(Levels.compute(CATALOGUE, allUpTo(level)).qualifying()).isEqualTo(level);
        }
        for (Criterion c : CATALOGUE.criteria()) {
            Map<String, Mark> marks = allUpTo(ProductLevel.LEVEL_3);
            marks.put(c.code(), new Mark(c.code(), Mark.Status.NOT_MET, null, List.of()));
            ProductLevel expected = c.recommendationOnly()
                    ? ProductLevel.LEVEL_3
                    : c.firstLevel() == ProductLevel.SANDBOX
                            ? null
                            : ProductLevel.values()[c.firstLevel().ordinal() - 1];
            assertThat(Levels.compute(CATALOGUE, marks).qualifying())
                    .as(c.code())
                    .isEqualTo(expected);
        }
    }

    @Test
    void notRelevantCountsOnlyWithAnExplanation() {
        Map<String, Mark> marks = allUpTo(ProductLevel.LEVEL_1);
        marks.put("G4", new Mark("G4", Mark.Status.NOT_RELEVANT, " ", List.of()));
        assertThat(Levels.compute(CATALOGUE, marks).qualifying()).isEqualTo(ProductLevel.SANDBOX);
        assertThat(Levels.compute(CATALOGUE, marks).blockers()).containsExactly("G4");
        marks.put(
                "G4",
                new Mark(
                        "G4",
                        Mark.Status.NOT_RELEVANT,
                        "Ingen bestyrelsesbehandling for interne værktøjer",
                        List.of()));
        assertThat(Levels.compute(CATALOGUE, marks).qualifying()).isEqualTo(ProductLevel.LEVEL_1);
    }

    @Test
    void blanksAreNotFinishedAndDoNotSatisfy() {
        Map<String, Mark> marks = allUpTo(ProductLevel.LEVEL_3);
        marks.remove("R1");
        Levels.Result r = Levels.compute(CATALOGUE, marks);
        assertThat(r.complete()).isFalse();
        assertThat(r.qualifying()).isNull();
        assertThat(r.state()).isEqualTo(Levels.INCOMPLETE);
        assertThat(r.next())
                .as("no next level before the assessment is finished")
                .isNull();
        assertThat(r.blank()).containsExactly("R1");
        marks.put("R1", new Mark("R1", Mark.Status.UNCLEAR, null, List.of()));
        assertThat(Levels.compute(CATALOGUE, marks).complete()).isTrue();
        assertThat(Levels.compute(CATALOGUE, marks).qualifying()).isNull();
    }

    @Test
    void aBlankMarkOnAnyCriterionLeavesTheAssessmentWithoutALevel() {
        for (Criterion c : CATALOGUE.criteria()) {
            Map<String, Mark> marks = allUpTo(ProductLevel.LEVEL_3);
            marks.put(c.code(), new Mark(c.code(), null, null, List.of()));
            Levels.Result r = Levels.compute(CATALOGUE, marks);
            assertThat(r.qualifying()).as(c.code()).isNull();
            assertThat(r.state()).as(c.code()).isEqualTo(Levels.INCOMPLETE);
            assertThat(r.blank()).as(c.code()).containsExactly(c.code());
            assertThat(r.blockers()).as(c.code()).isEmpty();
        }
        Map<String, Mark> withoutARecommendation = allUpTo(ProductLevel.LEVEL_3);
        withoutARecommendation.remove("F19");
        assertThat(Levels.compute(CATALOGUE, withoutARecommendation).qualifying())
                .as("a recommendation never blocks, but a blank one is still unfinished")
                .isNull();
        Levels.Result done = Levels.compute(CATALOGUE, allUpTo(ProductLevel.LEVEL_3));
        assertThat(done.state()).isEqualTo(Levels.COMPLETE);
        assertThat(done.blank()).isEmpty();
    }

    @Test
    void theBlockersOfTheNextLevelAreListed() {
        Levels.Result r = Levels.compute(CATALOGUE, allUpTo(ProductLevel.LEVEL_1));
        assertThat(r.next()).isEqualTo(ProductLevel.LEVEL_2);
        assertThat(r.blockers()).contains("R2", "F12", "G5", "G6").doesNotContain("F19", "G7", "R4");
    }
}
