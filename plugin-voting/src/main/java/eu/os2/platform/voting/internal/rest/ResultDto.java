package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.voting.internal.model.Tally;
import java.util.List;
import java.util.Map;

/** A ballot's result: votes per choice (keys are YES/NO/ABSTAIN, option ids, candidate ids or "blank"), turnout, outcome. */
public record ResultDto(
        Map<String, Long> counts,
        long cast,
        long present,
        long eligible,
        boolean quorumMet,
        boolean passed,
        List<String> elected,
        String summary) {

    static ResultDto of(Tally.Result r) {
        return new ResultDto(
                r.counts(), r.cast(), r.present(), r.eligible(), r.quorumMet(), r.passed(), r.elected(), r.summary());
    }
}
