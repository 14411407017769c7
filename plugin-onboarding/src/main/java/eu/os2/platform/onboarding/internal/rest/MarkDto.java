package eu.os2.platform.onboarding.internal.rest;

import eu.os2.platform.onboarding.internal.model.Mark;
import java.util.List;

/** A criterion's mark in an assessment; {@code status} null is not yet marked. */
public record MarkDto(String code, Mark.Status status, String explanation, List<String> evidence) {

    static MarkDto of(Mark m) {
        return new MarkDto(m.code(), m.status(), m.explanation(), m.evidence());
    }
}
