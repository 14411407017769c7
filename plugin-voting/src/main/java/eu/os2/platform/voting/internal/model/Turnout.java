package eu.os2.platform.voting.internal.model;

/**
 * The chair's turnout of a ballot.
 *
 * @param voted organisations that have voted
 * @param present organisations recorded present at the assembly
 * @param eligible organisations that may vote
 * @param state the ballot's state
 */
public record Turnout(int voted, long present, int eligible, String state) {}
