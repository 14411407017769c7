package eu.os2.platform.voting.internal.rest;

import java.util.List;

/**
 * The public bulletin board of a ballot. An open ballot's board has no {@code result} field at all
 * ({@link OpenBoardDto}); a closed one's has it ({@link ClosedBoardDto}).
 */
public sealed interface BoardDto permits BoardDto.OpenBoardDto, BoardDto.ClosedBoardDto {

    /** The board while the ballot is not closed. */
    record OpenBoardDto(BallotDto ballot, List<BoardEntryDto> entries) implements BoardDto {}

    /** The board of a closed ballot, with its result. */
    record ClosedBoardDto(BallotDto ballot, List<BoardEntryDto> entries, ResultDto result) implements BoardDto {}
}
