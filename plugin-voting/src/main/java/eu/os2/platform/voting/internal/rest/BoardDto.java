package eu.os2.platform.voting.internal.rest;

import java.util.List;

/**
 * The public bulletin board of a ballot. An open ballot's board shows the ballot and that its votes
 * are shown after the close — no entries, no count, no turnout ({@link OpenBoardDto}); a closed
 * one's has the entries, the hash chain's head and the result stored at the close ({@link ClosedBoardDto}).
 */
public sealed interface BoardDto permits BoardDto.OpenBoardDto, BoardDto.ClosedBoardDto {

    /** What an open ballot's board says, in Danish and English. */
    Notice VOTES_AFTER_CLOSE = new Notice(
            "Afstemningen er åben. Stemmerne vises her, når den er lukket.",
            "The ballot is open. The votes are shown here once it is closed.");

    /** A text in Danish and English. */
    record Notice(String da, String en) {}

    /** The board while the ballot is not closed: nothing of the votes. */
    record OpenBoardDto(BallotDto ballot, Notice notice) implements BoardDto {}

    /** The board of a closed ballot, with its entries, chain head and result. */
    record ClosedBoardDto(BallotDto ballot, List<BoardEntryDto> entries, String chainHead, ResultDto result)
            implements BoardDto {}
}
