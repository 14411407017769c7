package eu.os2.platform.onboarding.internal.model;

import eu.os2.platform.api.product.ProductLevel;
import java.util.Map;

/**
 * A product's assessment for one half-year round.
 *
 * @param id stable identifier
 * @param productId the product
 * @param round e.g. {@code "2026-1"} (first half of 2026)
 * @param catalogue the catalogue version it is made against
 * @param state where it is in the review workflow
 * @param marks the marks by criterion code
 * @param lights the secretariat's traffic light per theme (GREEN, YELLOW, RED)
 * @param evaluation the secretariat's note
 * @param review the steering group's note
 * @param recommended the level the steering group recommends
 * @param decided the level decided
 * @param reason the decision's reason
 * @param version optimistic-locking version
 */
public record Assessment(
        long id,
        long productId,
        String round,
        String catalogue,
        AssessmentState state,
        Map<String, Mark> marks,
        Map<String, String> lights,
        String evaluation,
        String review,
        ProductLevel recommended,
        ProductLevel decided,
        String reason,
        long version) {

    /** Copies the maps. */
    public Assessment {
        marks = Map.copyOf(marks);
        lights = Map.copyOf(lights);
    }
}
