package eu.os2.platform.onboarding.internal.model;

import eu.os2.platform.api.product.ProductLevel;
import java.util.List;
import java.util.Map;

/**
 * The qualifying level: the highest level for which every required criterion up to that level is
 * met or explained as not relevant. Recommendations never block; a blank mark is not finished and
 * does not satisfy. An unfinished assessment (a blank mark on any criterion, recommendations
 * included) qualifies for no level at all: it answers state {@value #INCOMPLETE}, no level, no next
 * level, and the blank criteria (issue 13, item 10).
 */
public final class Levels {

    /** The state of an assessment with a blank mark. */
    public static final String INCOMPLETE = "incomplete";
    /** The state of an assessment with every criterion marked. */
    public static final String COMPLETE = "complete";

    private Levels() {}

    /**
     * @param qualifying the highest level reached, or null when not even the sandbox criteria are
     *     satisfied or the assessment is incomplete
     * @param state {@value #COMPLETE} or {@value #INCOMPLETE}
     * @param complete whether every criterion has a mark
     * @param next the next level, or null at level 3 and when incomplete
     * @param blockers the required criteria that stand between the product and the next level (empty when incomplete)
     * @param blank the criteria without a mark, in the catalogue's order (empty when complete)
     */
    public record Result(
            ProductLevel qualifying,
            String state,
            boolean complete,
            ProductLevel next,
            List<String> blockers,
            List<String> blank) {

        /** Copies the lists. */
        public Result {
            blockers = List.copyOf(blockers);
            blank = List.copyOf(blank);
        }
    }

    /** @return the result of the marks (by code) against the catalogue */
    public static Result compute(Catalogue catalogue, Map<String, Mark> marks) {
        List<String> blank = catalogue.criteria().stream()
                .map(Criterion::code)
                .filter(code -> marks.get(code) == null || marks.get(code).status() == null)
                .toList();
        if (!blank.isEmpty()) {
            return new Result(null, INCOMPLETE, false, null, List.of(), blank);
        }
        ProductLevel qualifying = null;
        for (ProductLevel level : ProductLevel.values()) {
            if (blockers(catalogue, marks, level).isEmpty()) {
                qualifying = level;
            } else {
                break;
            }
        }
        ProductLevel next = qualifying == null
                ? ProductLevel.SANDBOX
                : qualifying == ProductLevel.LEVEL_3 ? null : ProductLevel.values()[qualifying.ordinal() + 1];
        return new Result(
                qualifying,
                COMPLETE,
                true,
                next,
                next == null ? List.of() : blockers(catalogue, marks, next),
                List.of());
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
