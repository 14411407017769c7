package eu.os2.platform.onboarding.internal.model;

import eu.os2.platform.api.product.ProductLevel;
import java.util.List;
import java.util.Map;

/**
 * The qualifying level: the highest level for which every required criterion up to that level is
 * met or explained as not relevant. Recommendations never block; a blank mark is not finished and
 * does not satisfy.
 */
public final class Levels {

    private Levels() {}

    /**
     * @param qualifying the highest level reached, or null when not even the sandbox criteria are satisfied
     * @param complete whether every criterion has a mark
     * @param next the next level, or null at level 3
     * @param blockers the required criteria that stand between the product and the next level
     */
    public record Result(ProductLevel qualifying, boolean complete, ProductLevel next, List<String> blockers) {}

    /** @return the result of the marks (by code) against the catalogue */
    public static Result compute(Catalogue catalogue, Map<String, Mark> marks) {
        ProductLevel qualifying = null;
        for (ProductLevel level : ProductLevel.values()) {
            if (blockers(catalogue, marks, level).isEmpty()) {
                qualifying = level;
            } else {
                break;
            }
        }
        boolean complete = catalogue.criteria().stream()
                .allMatch(
                        c -> marks.containsKey(c.code()) && marks.get(c.code()).status() != null);
        ProductLevel next = qualifying == null
                ? ProductLevel.SANDBOX
                : qualifying == ProductLevel.LEVEL_3 ? null : ProductLevel.values()[qualifying.ordinal() + 1];
        return new Result(qualifying, complete, next, next == null ? List.of() : blockers(catalogue, marks, next));
    }

    /** @return the required criteria up to the level that are not satisfied */
    public static List<String> blockers(Catalogue catalogue, Map<String, Mark> marks, ProductLevel level) {
        return catalogue.criteria().stream()
                .filter(c -> !c.recommendationOnly() && c.firstLevel().ordinal() <= level.ordinal())
                .filter(c -> marks.get(c.code()) == null || !marks.get(c.code()).satisfies())
                .map(Criterion::code)
                .toList();
    }
}
