package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.voting.internal.model.Participation;
import java.time.Instant;
import java.util.List;

/**
 * An organisation's own participation in an assembly's ballots: in which it has voted and when,
 * never what it voted.
 */
public record ParticipationDto(long assemblyId, long organisationId, List<Voted> ballots) {

    /** A ballot the organisation has voted in: when it was last recorded (null if unknown) and its revision. */
    public record Voted(long ballotId, Instant votedAt, int revision) {}

    static ParticipationDto of(long assemblyId, long organisationId, List<Participation> participation) {
        return new ParticipationDto(
                assemblyId,
                organisationId,
                participation.stream()
                        .map(p -> new Voted(p.ballotId(), p.votedAt(), p.revision()))
                        .toList());
    }
}
