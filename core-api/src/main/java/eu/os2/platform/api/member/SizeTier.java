package eu.os2.platform.api.member;

import java.util.OptionalLong;

/**
 * OS2's size tiers (fordelingsnøgle), set by inhabitants on 1 January of the previous year.
 *
 * <p>Boundaries: small below 25,000; medium 25,000 up to and including 60,000; large above 60,000
 * up to and including 120,000; very large above 120,000. The published key does not say on which
 * side an exact boundary falls; the platform places a boundary value in the lower of the two
 * tiers it touches, except 25,000, which is the first value of "medium" as the source states it.
 *
 * @since 0.1.0
 */
public enum SizeTier {
    SMALL("lille"),
    MEDIUM("mellem"),
    LARGE("stor"),
    VERY_LARGE("meget stor");

    private final String danishName;

    SizeTier(String danishName) {
        this.danishName = danishName;
    }

    /** @return the tier's Danish name as OS2 writes it, e.g. {@code "meget stor"} */
    public String danishName() {
        return danishName;
    }

    /**
     * @param inhabitants population, not negative
     * @return the tier for that population
     * @throws IllegalArgumentException if {@code inhabitants} is negative
     */
    public static SizeTier forPopulation(long inhabitants) {
        if (inhabitants < 0) {
            throw new IllegalArgumentException("inhabitants must not be negative: " + inhabitants);
        }
        if (inhabitants < 25_000) {
            return SMALL;
        }
        if (inhabitants <= 60_000) {
            return MEDIUM;
        }
        if (inhabitants <= 120_000) {
            return LARGE;
        }
        return VERY_LARGE;
    }

    /**
     * @param population population if known
     * @return the tier, or {@code null} when the population is unknown
     */
    public static SizeTier forPopulation(OptionalLong population) {
        return population.isPresent() ? forPopulation(population.getAsLong()) : null;
    }

    /**
     * @param danish a Danish tier name as in OS2's tables, case-insensitive
     * @return the tier
     * @throws IllegalArgumentException for an unknown name
     */
    public static SizeTier fromDanishName(String danish) {
        for (SizeTier tier : values()) {
            if (tier.danishName.equalsIgnoreCase(danish.trim())) {
                return tier;
            }
        }
        throw new IllegalArgumentException("unknown size tier: " + danish);
    }
}
