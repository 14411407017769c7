package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.voting.internal.model.Ballot;
import java.time.Instant;
import java.util.List;

/** A ballot as anyone may see it: no votes, no digest, no version. */
public record BallotDto(
        long id,
        long assemblyId,
        String title,
        String kind,
        String decisionType,
        boolean secret,
        int seats,
        List<OptionDto> options,
        String state,
        String summary,
        Boolean passed,
        Instant closedAt) {

    static BallotDto of(Ballot b) {
        return new BallotDto(
                b.id(),
                b.assemblyId(),
                b.title(),
                b.kind().name(),
                b.decisionType().name(),
                b.secret(),
                b.seats(),
                b.options().stream().map(OptionDto::of).toList(),
                b.state(),
                b.summary(),
                b.passed(),
                b.closedAt());
    }
}
