package eu.os2.platform.onboarding.internal.rest;

import java.time.LocalDate;

/** {@code GET /onboarding/products/{id}/assessments/{round}}: the assessment, its levels and the round's deadline. */
public record AssessmentViewDto(AssessmentDto assessment, LevelsDto levels, LocalDate deadline) {}
