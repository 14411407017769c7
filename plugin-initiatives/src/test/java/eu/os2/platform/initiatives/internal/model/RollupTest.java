package eu.os2.platform.initiatives.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.initiatives.internal.model.Rollup.Part;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollupTest {

    private final StatusCatalogue statuses = StatusCatalogue.defaults();

    @Test
    void aMilestoneCountsDoneAsFullThenReportedThenTheStatusDefault() {
        assertThat(Rollup.milestone(statuses.getOrUnknown("completed"), null)).isEqualTo(100);
        assertThat(Rollup.milestone(statuses.getOrUnknown("completed"), 100)).isEqualTo(100);
        assertThat(Rollup.milestone(statuses.getOrUnknown("in-progress"), 20)).isEqualTo(20);
        assertThat(Rollup.milestone(statuses.getOrUnknown("in-progress"), null)).isEqualTo(50);
        assertThat(Rollup.milestone(statuses.getOrUnknown("planned"), null)).isZero();
        assertThat(Rollup.milestone(statuses.getOrUnknown("removed-from-config"), null))
                .isZero();
    }

    @Test
    void anInitiativeWeighsItsMilestones() {
        // 3 × 100 + 1 × 0 over weight 4 = 75
        BigDecimal progress = Rollup.initiative(
                statuses.getOrUnknown("in-progress"),
                List.of(new Part(3, BigDecimal.valueOf(100)), new Part(1, BigDecimal.ZERO)));
        assertThat(Rollup.shown(progress)).isEqualByComparingTo("75.0");
    }

    @Test
    void anInitiativeWithoutMilestonesShowsItsStatusDefault() {
        assertThat(Rollup.initiative(statuses.getOrUnknown("in-progress"), List.of()))
                .isEqualByComparingTo("50");
        assertThat(Rollup.initiative(statuses.getOrUnknown("completed"), List.of()))
                .isEqualByComparingTo("100");
    }

    @Test
    void aPeriodWeighsItsInitiativesExactlyAndRoundsOnceHalfUp() {
        // thirds: 100, 0, 0 with equal weights = 33.333… → 33.3
        BigDecimal third = Rollup.period(List.of(
                new Part(1, BigDecimal.valueOf(100)), new Part(1, BigDecimal.ZERO), new Part(1, BigDecimal.ZERO)));
        assertThat(Rollup.shown(third)).isEqualByComparingTo("33.3");
        // an initiative at 2/3 (66.666…) and one at 0 with equal weight: exact 33.333…, not round(66.7)/2 = 33.35 →
        // 33.4
        BigDecimal twoThirds = Rollup.initiative(
                statuses.getOrUnknown("in-progress"),
                List.of(new Part(2, BigDecimal.valueOf(100)), new Part(1, BigDecimal.ZERO)));
        BigDecimal period = Rollup.period(List.of(new Part(1, twoThirds), new Part(1, BigDecimal.ZERO)));
        assertThat(Rollup.shown(period)).isEqualByComparingTo("33.3");
        // .x5 rounds up
        assertThat(Rollup.shown(Rollup.period(
                        List.of(new Part(1, new BigDecimal("12.25")), new Part(1, new BigDecimal("12.25"))))))
                .isEqualByComparingTo("12.3");
    }

    @Test
    void anEmptyPeriodIsAtZeroAndWeightsArePositive() {
        assertThat(Rollup.period(List.of())).isEqualByComparingTo("0");
        assertThatThrownBy(() -> new Part(0, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
    }
}
