package eu.os2.platform.voting.internal;

import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.BoardEntry;
import eu.os2.platform.voting.internal.model.CastReceipt;
import eu.os2.platform.voting.internal.model.Participation;
import eu.os2.platform.voting.internal.model.Tally;
import eu.os2.platform.voting.internal.model.Turnout;
import eu.os2.platform.voting.internal.model.Verification;
import java.util.List;
import java.util.Optional;

/** Ballots: create, open, close, cast, the public bulletin board and the independent verification. Reads never write. */
public interface Ballots {

    List<Ballot> ballots(long assemblyId);

    Optional<Ballot> ballot(long id);

    Ballot create(long assemblyId, BallotChange change, PlatformUser actor);

    Ballot open(long ballotId, PlatformUser actor);

    /** Closes an open ballot and counts it, in the transaction that holds the ballot's lock: no vote after this counts. */
    Ballot close(long ballotId, PlatformUser actor);

    /** Closes (as the platform) every open ballot whose closing time has come. @return how many this call closed */
    int closeDue();

    /** @return a closed ballot's result as its close stored it; an open one's count now (never shown while open) */
    Tally.Result count(Ballot ballot);

    /**
     * Casts or changes an organisation's vote.
     *
     * @param chosen the choice ({@code YES}/{@code NO}/{@code ABSTAIN}, an option id, or candidate ids)
     * @param changeToken for a secret ballot, the token from the earlier receipt to change that vote; else null
     */
    CastReceipt cast(long ballotId, long organisationId, List<String> chosen, String changeToken, PlatformUser actor);

    /**
     * @return the assembly's ballots in which the organisation has voted and when — never what it voted
     *     (its representative sees this in any session, a secret ballot's vote stays unlinked from it)
     */
    List<Participation> participation(long assemblyId, long organisationId);

    /**
     * @return the public bulletin board of a closed ballot: every counted ballot's receipt and choice,
     *     no organisations; empty while the ballot is not closed (nothing of the votes is shown before)
     */
    List<BoardEntry> board(long ballotId);

    /** @return the hash chain's head stored at the close, or empty while the ballot is not closed */
    Optional<String> chainHead(long ballotId);

    /** @return how many of the voting members have voted and are present (the chair's turnout; a closed ballot's as at its close) */
    Turnout turnout(long ballotId);

    /**
     * Checks a ballot independently: every receipt recomputed from its stored choice and nonce, the
     * hash chain recomputed and replayed to the current votes and compared with its head stored at
     * the close, the stored votes recounted with the members present and eligible at the close and
     * compared with the result stored then. A ballot not closed is not verified (nothing is shown).
     */
    Verification verify(long ballotId);
}
