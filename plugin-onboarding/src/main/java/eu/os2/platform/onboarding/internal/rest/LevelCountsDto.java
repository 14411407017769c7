package eu.os2.platform.onboarding.internal.rest;

import eu.os2.platform.api.product.ProductLevel;
import java.util.Map;

/**
 * The number of products at each level ({@code /onboarding/levels}). The fields are named as the
 * levels are, so the answer reads {@code {"SANDBOX":4,"LEVEL_1":3,…}} as it did when it was a map.
 */
public record LevelCountsDto(long SANDBOX, long LEVEL_1, long LEVEL_2, long LEVEL_3) {

    static LevelCountsDto of(Map<ProductLevel, Long> counts) {
        return new LevelCountsDto(
                counts.getOrDefault(ProductLevel.SANDBOX, 0L),
                counts.getOrDefault(ProductLevel.LEVEL_1, 0L),
                counts.getOrDefault(ProductLevel.LEVEL_2, 0L),
                counts.getOrDefault(ProductLevel.LEVEL_3, 0L));
    }
}
