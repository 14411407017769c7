package eu.os2.platform.onboarding.internal.rest;

import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.onboarding.internal.model.Criterion;

/**
 * One criterion of the catalogue, as {@code /onboarding/criteria} answers it: {@code summary} in the
 * language the request prefers (Danish unless English), and both languages by name.
 */
public record CriterionDto(
        String code,
        String theme,
        ProductLevel firstLevel,
        boolean recommendationOnly,
        String summary,
        String summaryDa,
        String summaryEn) {

    static CriterionDto of(Criterion c, boolean english) {
        return new CriterionDto(
                c.code(),
                c.theme(),
                c.firstLevel(),
                c.recommendationOnly(),
                c.summary(english),
                c.summaryDa(),
                c.summary());
    }
}
