package eu.os2.platform.onboarding.internal.rest;

import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.onboarding.internal.model.Assessment;
import eu.os2.platform.onboarding.internal.model.AssessmentState;
import java.util.Map;
import java.util.TreeMap;

/** A product's assessment for one round; {@code marks} by criterion code, {@code lights} by theme. */
public record AssessmentDto(
        long id,
        long productId,
        String round,
        String catalogue,
        AssessmentState state,
        Map<String, MarkDto> marks,
        Map<String, String> lights,
        String evaluation,
        String review,
        ProductLevel recommended,
        ProductLevel decided,
        String reason,
        long version) {

    static AssessmentDto of(Assessment a) {
        Map<String, MarkDto> marks = new TreeMap<>();
        a.marks().forEach((code, m) -> marks.put(code, MarkDto.of(m)));
        return new AssessmentDto(
                a.id(),
                a.productId(),
                a.round(),
                a.catalogue(),
                a.state(),
                marks,
                new TreeMap<>(a.lights()),
                a.evaluation(),
                a.review(),
                a.recommended(),
                a.decided(),
                a.reason(),
                a.version());
    }
}
