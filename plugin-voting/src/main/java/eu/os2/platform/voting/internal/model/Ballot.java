package eu.os2.platform.voting.internal.model;

import eu.os2.platform.api.voting.DecisionType;
import java.time.Instant;
import java.util.List;

/**
 * A ballot on an agenda item.
 *
 * @param id stable identifier
 * @param assemblyId its assembly
 * @param itemId its agenda item, or null
 * @param kind yes/no, single choice or election
 * @param decisionType what it decides (sets majority and base)
 * @param title the question
 * @param secret whether choices are stored without the organisation
 * @param seats an election's seats (else 0)
 * @param options the options or candidates (empty for yes/no)
 * @param closesAt when it closes by itself, or null (the chair closes it)
 * @param state DRAFT, OPEN or CLOSED
 * @param openedAt when it opened
 * @param closedAt when it closed
 * @param summary the result in Danish once closed
 * @param passed whether it passed once closed
 * @param resultDigest the counted result's digest, stored at close, for verification
 * @param version optimistic-locking version
 */
public record Ballot(
        long id,
        long assemblyId,
        Long itemId,
        BallotKind kind,
        DecisionType decisionType,
        String title,
        boolean secret,
        int seats,
        List<Option> options,
        Instant closesAt,
        String state,
        Instant openedAt,
        Instant closedAt,
        String summary,
        Boolean passed,
        String resultDigest,
        long version) {

    public static final String DRAFT = "DRAFT";
    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    /** Copies the options. */
    public Ballot {
        options = List.copyOf(options);
    }
}
