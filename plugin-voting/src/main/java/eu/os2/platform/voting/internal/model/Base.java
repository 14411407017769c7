package eu.os2.platform.voting.internal.model;

/**
 * What a majority is counted of. Abstentions are handled explicitly: with {@link #CAST} they do
 * not count at all; with {@link #PRESENT} and {@link #ALL_MEMBERS} an abstaining member is in the
 * base, so it weighs like a no.
 */
public enum Base {
    /** The yes and no votes cast; abstentions left out. */
    CAST,
    /** The voting members present. */
    PRESENT,
    /** Every voting member. */
    ALL_MEMBERS
}
