package eu.os2.platform.onboarding.internal.rest;

import eu.os2.platform.onboarding.internal.model.AssessmentState;

/** An assessment of the current round waiting for the secretariat or the board; {@code qualifying} is a level's name or {@code "null"}. */
public record QueueEntryDto(
        long productId, String product, long assessmentId, AssessmentState state, String qualifying) {}
