package eu.os2.platform.api.product;

/**
 * OS2's maturity levels. The secretariat decides level 1; the board decides levels 2 and 3.
 *
 * @since 0.1.0
 */
public enum ProductLevel {
    SANDBOX,
    LEVEL_1,
    LEVEL_2,
    LEVEL_3;

    /** @return 0 for sandbox, 1-3 for the levels */
    public int rank() {
        return ordinal();
    }
}
