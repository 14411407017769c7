package eu.os2.platform.api.voting;

import java.time.Instant;

/**
 * A closed ballot's outcome, for other bundles to link to ({@code decision:<ballot id>}).
 *
 * @param ballotId the ballot
 * @param assemblyId its assembly
 * @param title what was decided on
 * @param type the decision type
 * @param passed whether it passed (for an election: whether every seat was filled without a tie)
 * @param summary the outcome in one Danish sentence, e.g. "Vedtaget: 41 for, 3 imod, 2 undlod"
 * @param closedAt when the ballot closed
 * @since 0.1.0
 */
public record Decision(
        long ballotId,
        long assemblyId,
        String title,
        DecisionType type,
        boolean passed,
        String summary,
        Instant closedAt) {}
