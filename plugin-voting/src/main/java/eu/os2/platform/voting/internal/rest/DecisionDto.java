package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.api.voting.Decision;
import java.time.Instant;

/** A decision of a closed ballot. */
public record DecisionDto(
        long ballotId, long assemblyId, String title, String type, boolean passed, String summary, Instant closedAt) {

    static DecisionDto of(Decision d) {
        return new DecisionDto(
                d.ballotId(), d.assemblyId(), d.title(), d.type().name(), d.passed(), d.summary(), d.closedAt());
    }
}
