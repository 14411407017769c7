package eu.os2.platform.onboarding.internal.rest;

/** The answer to saved marks: the assessment and what it now qualifies for. */
public record AssessmentSavedDto(AssessmentDto assessment, LevelsDto levels) {}
