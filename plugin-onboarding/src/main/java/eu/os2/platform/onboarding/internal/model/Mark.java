package eu.os2.platform.onboarding.internal.model;

import java.util.List;
import java.util.Objects;

/**
 * A criterion's mark in an assessment.
 *
 * @param code the criterion
 * @param status met / not met / not relevant / unclear; null = not yet marked (the assessment is not finished)
 * @param explanation why (required for "not relevant": follow or explain)
 * @param evidence links (https addresses or {@code type:id} references)
 */
public record Mark(String code, Status status, String explanation, List<String> evidence) {

    /** The possible marks. */
    public enum Status {
        MET,
        NOT_MET,
        NOT_RELEVANT,
        UNCLEAR
    }

    /** Copies the evidence, leaving out null entries (a JSON {@code null} in the list is no evidence, not a failure). */
    public Mark {
        evidence = evidence == null
                ? List.of()
                : evidence.stream().filter(Objects::nonNull).toList();
    }

    /** @return whether the mark satisfies a required criterion: met, or not relevant with an explanation */
    public boolean satisfies() {
        return status == Status.MET || status == Status.NOT_RELEVANT && explanation != null && !explanation.isBlank();
    }
}
