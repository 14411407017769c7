package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.voting.internal.model.BoardEntry;

/** A counted ballot on the bulletin board: receipt and choice. */
public record BoardEntryDto(String receipt, String choice) {

    static BoardEntryDto of(BoardEntry e) {
        return new BoardEntryDto(e.receipt(), e.choice());
    }
}
