package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.voting.internal.model.CastReceipt;

/** What a voter gets back for an accepted vote; {@code changeToken} only for a secret ballot. */
public record ReceiptDto(long ballotId, String receipt, String nonce, String choice, int revision, String changeToken) {

    static ReceiptDto of(CastReceipt r) {
        return new ReceiptDto(r.ballotId(), r.receipt(), r.nonce(), r.choice(), r.revision(), r.changeToken());
    }
}
