package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.voting.internal.model.Verification;
import java.util.List;

/** An independent check of a ballot: receipts, hash chain and recount. */
public record VerificationDto(
        long ballotId,
        boolean ok,
        int ballots,
        int chainEntries,
        String recounted,
        String stored,
        List<String> problems) {

    static VerificationDto of(Verification v) {
        return new VerificationDto(
                v.ballotId(), v.ok(), v.ballots(), v.chainEntries(), v.recounted(), v.stored(), v.problems());
    }
}
