package eu.os2.platform.onboarding.internal.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /onboarding/products/{id}}: the product with its organisations' names (by id), the facts
 * it may have, its gates (by gate), history, assessments and the current round's checklist, and the
 * display names of the people it names (its coordinator, the history's actors) by username, where the
 * user directory knows them.
 */
public record ProductDetailDto(
        ProductDto product,
        Map<String, String> organisations,
        List<String> factChoices,
        Map<String, GateDto> gates,
        List<HistoryDto> history,
        List<AssessmentSummaryDto> assessments,
        String currentRound,
        LocalDate deadline,
        LevelsDto levels,
        Map<String, String> people) {}
