package eu.os2.platform.api.member;

/**
 * The state of an organisation's membership.
 *
 * @since 0.1.0
 */
public enum MembershipStatus {
    /** A member in good standing. */
    ACTIVE,
    /** Temporarily without rights, e.g. excluded by the board until the general assembly confirms. */
    SUSPENDED,
    /** No longer a member (left, excluded, or treated as withdrawn after an unpaid reminder). */
    WITHDRAWN
}
