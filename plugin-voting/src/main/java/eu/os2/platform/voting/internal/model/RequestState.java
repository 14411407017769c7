package eu.os2.platform.voting.internal.model;

/**
 * The requests for an extraordinary assembly.
 *
 * @param requests how many voting members have asked
 * @param votingMembers how many members may vote
 * @param boardMustCall whether a third has asked, so the board must call an extraordinary assembly
 * @param statute the statutes' provision in Danish
 */
public record RequestState(long requests, int votingMembers, boolean boardMustCall, String statute) {}
