package eu.os2.platform.voting.internal.model;

/** The kinds of ballot. */
public enum BallotKind {
    /** For, against or abstain on a proposal. */
    YES_NO,
    /** One of several options. */
    SINGLE_CHOICE,
    /** Up to {@code seats} of the candidates; at most one seat per organisation. */
    ELECTION
}
