package eu.os2.platform.onboarding.internal.model;

import eu.os2.platform.api.product.ProductLevel;

/**
 * One of OS2's product criteria.
 *
 * @param code OS2's code, e.g. {@code F2}
 * @param theme relevance, formal, strategic or governance
 * @param firstLevel the first level that requires it
 * @param recommendationOnly a recommendation never blocks a level
 * @param summary one line about what it asks, in English
 * @param summaryDa the same line in Danish
 */
public record Criterion(
        String code,
        String theme,
        ProductLevel firstLevel,
        boolean recommendationOnly,
        String summary,
        String summaryDa) {

    /** @return the line about what it asks in English or Danish */
    public String summary(boolean english) {
        return english ? summary : summaryDa;
    }
}
