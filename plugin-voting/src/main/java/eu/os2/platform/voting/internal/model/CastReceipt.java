package eu.os2.platform.voting.internal.model;

/**
 * What a voter gets back for an accepted ballot.
 *
 * @param ballotId the ballot
 * @param receipt the receipt on the bulletin board
 * @param nonce the nonce that, with the ballot id and the choice, gives the receipt
 * @param choice the canonical choice
 * @param revision 1 for the first vote, 2 for the first change, …
 * @param changeToken for a secret ballot: the token to change the vote later (the server keeps only its hash); else null
 */
public record CastReceipt(
        long ballotId, String receipt, String nonce, String choice, int revision, String changeToken) {}
