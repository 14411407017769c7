package eu.os2.platform.voting.internal.model;

import java.time.Instant;

/**
 * That an organisation has voted in a ballot, and when — never what it voted.
 *
 * @param ballotId the ballot
 * @param votedAt when its vote was last recorded; null for a secret ballot's participation recorded before the time was kept
 * @param revision 1 for the first vote, 2 after one change, … (an open ballot's); 1 for a secret ballot
 */
public record Participation(long ballotId, Instant votedAt, int revision) {}
