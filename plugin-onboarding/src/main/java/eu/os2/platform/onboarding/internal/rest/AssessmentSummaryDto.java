package eu.os2.platform.onboarding.internal.rest;

import eu.os2.platform.onboarding.internal.model.Assessment;
import eu.os2.platform.onboarding.internal.model.AssessmentState;

/** One of a product's assessments in its detail; {@code decided} is the level's name or {@code ""} when not decided. */
public record AssessmentSummaryDto(long id, String round, AssessmentState state, String decided) {

    static AssessmentSummaryDto of(Assessment a) {
        return new AssessmentSummaryDto(
                a.id(),
                a.round(),
                a.state(),
                a.decided() == null ? "" : a.decided().name());
    }
}
