package eu.os2.platform.voting.internal;

import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.voting.internal.model.BallotKind;
import eu.os2.platform.voting.internal.model.Option;
import java.time.Instant;
import java.util.List;

/** A new ballot (the body of create). {@code secret} null means the decision type's default. */
public record BallotChange(
        Long itemId,
        BallotKind kind,
        DecisionType decisionType,
        String title,
        Boolean secret,
        int seats,
        List<Option> options,
        Instant closesAt) {}
