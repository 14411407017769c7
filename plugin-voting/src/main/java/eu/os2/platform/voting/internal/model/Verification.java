package eu.os2.platform.voting.internal.model;

import java.util.List;

/**
 * An independent check of a ballot: the receipts recomputed from the stored choices and nonces,
 * the hash chain recomputed and replayed, and the tally recounted from the bulletin board.
 *
 * @param ballotId the ballot
 * @param ok whether everything matches
 * @param ballots the ballots on the board
 * @param chainEntries the log entries checked
 * @param recounted the recounted result's digest
 * @param stored the digest stored when the ballot closed, or null while it is open
 * @param problems what does not match, in English, empty when ok
 */
public record Verification(
        long ballotId,
        boolean ok,
        int ballots,
        int chainEntries,
        String recounted,
        String stored,
        List<String> problems) {}
