package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.voting.internal.model.RequestState;

/** The requests for an extraordinary assembly, and whether the board must call one. */
public record RequestStateDto(long requests, int votingMembers, boolean boardMustCall, String statute) {

    static RequestStateDto of(RequestState s) {
        return new RequestStateDto(s.requests(), s.votingMembers(), s.boardMustCall(), s.statute());
    }
}
