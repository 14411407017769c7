package eu.os2.platform.onboarding.internal.rest;

import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.onboarding.internal.model.Criterion;

/** One criterion of the catalogue, as {@code /onboarding/criteria} answers it. */
public record CriterionDto(
        String code, String theme, ProductLevel firstLevel, boolean recommendationOnly, String summary) {

    static CriterionDto of(Criterion c) {
        return new CriterionDto(c.code(), c.theme(), c.firstLevel(), c.recommendationOnly(), c.summary());
    }
}
