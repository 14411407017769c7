package eu.os2.platform.onboarding.internal.rest;

import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.onboarding.internal.model.Levels;
import java.util.List;

/** What an assessment's marks qualify for and what stands before the next level. */
public record LevelsDto(ProductLevel qualifying, boolean complete, ProductLevel next, List<String> blockers) {

    static LevelsDto of(Levels.Result r) {
        return new LevelsDto(r.qualifying(), r.complete(), r.next(), r.blockers());
    }
}
