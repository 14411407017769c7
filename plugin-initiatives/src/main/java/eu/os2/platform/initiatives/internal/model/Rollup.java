package eu.os2.platform.initiatives.internal.model;

import eu.os2.platform.api.initiative.InitiativeStatus;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Progress rolls up by weight: milestone → initiative → period. Sums are exact (whole-number
 * weights and percentages, fractions carried at 34 digits); the one rounding, HALF_UP to one
 * decimal, happens when a figure is shown ({@link #shown(BigDecimal)}).
 */
public final class Rollup {

    /** A weighted part: its weight and its progress 0–100 (exact). */
    public record Part(int weight, BigDecimal progress) {
        public Part {
            if (weight <= 0) {
                throw new IllegalArgumentException("weights are positive: " + weight);
            }
        }
    }

    private Rollup() {}

    /**
     * @param status the milestone's status
     * @param reported the progress someone reported, or null
     * @return the progress that counts: 100 when the status is done, else the reported progress,
     *     else the status's default
     */
    public static int milestone(InitiativeStatus status, Integer reported) {
        if (status.done()) {
            return 100;
        }
        return reported != null ? reported : status.defaultProgress();
    }

    /**
     * @param status the initiative's status, whose default counts when there are no milestones
     * @param milestones the milestones' weights and progress
     * @return the exact weighted progress
     */
    public static BigDecimal initiative(InitiativeStatus status, List<Part> milestones) {
        if (milestones.isEmpty()) {
            return BigDecimal.valueOf(status.defaultProgress());
        }
        return weighted(milestones);
    }

    /** @return the exact weighted progress of a period's initiatives; 0 without initiatives */
    public static BigDecimal period(List<Part> initiatives) {
        return initiatives.isEmpty() ? BigDecimal.ZERO : weighted(initiatives);
    }

    /** @return the progress as shown: one decimal, HALF_UP */
    public static BigDecimal shown(BigDecimal exact) {
        return exact.setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal weighted(List<Part> parts) {
        BigDecimal sum = BigDecimal.ZERO;
        long weights = 0;
        for (Part part : parts) {
            sum = sum.add(part.progress().multiply(BigDecimal.valueOf(part.weight())));
            weights += part.weight();
        }
        return sum.divide(BigDecimal.valueOf(weights), MathContext.DECIMAL128);
    }
}
