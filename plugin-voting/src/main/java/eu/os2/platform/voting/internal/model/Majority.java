package eu.os2.platform.voting.internal.model;

/** How many of the base must vote yes. */
public enum Majority {
    /** More than half. */
    SIMPLE,
    /** At least two thirds. */
    TWO_THIRDS;

    /** @return whether {@code yes} out of {@code base} is enough (exact integer arithmetic) */
    public boolean reached(long yes, long base) {
        return switch (this) {
            case SIMPLE -> 2 * yes > base;
            case TWO_THIRDS -> base > 0 && 3 * yes >= 2 * base;
        };
    }
}
