package eu.os2.platform.onboarding.internal.rest;

import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.onboarding.internal.model.Levels;
import java.util.List;

/**
 * What an assessment's marks qualify for and what stands before the next level. An incomplete
 * assessment ({@code state} {@code "incomplete"}) qualifies for no level and names its blank criteria.
 */
public record LevelsDto(
        ProductLevel qualifying,
        String state,
        boolean complete,
        ProductLevel next,
        List<String> blockers,
        List<String> blank) {

    static LevelsDto of(Levels.Result r) {
        return new LevelsDto(r.qualifying(), r.state(), r.complete(), r.next(), r.blockers(), r.blank());
    }
}
