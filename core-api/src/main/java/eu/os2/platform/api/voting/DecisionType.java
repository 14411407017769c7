package eu.os2.platform.api.voting;

/**
 * What an agenda item decides; the rule set gives each its majority, base and secrecy.
 *
 * @since 0.1.0
 */
public enum DecisionType {
    /** An ordinary decision: simple majority. */
    ORDINARY,
    /** Next year's membership fee: simple majority. */
    MEMBERSHIP_FEE,
    /** A change of the statutes: 2/3 of the voting members present. */
    STATUTE_CHANGE,
    /** Dissolution of the association: 2/3 of the voting members present. */
    DISSOLUTION,
    /** An election (board chair, board members, alternates, auditor, chair of the meeting). */
    ELECTION,
    /** Confirmation of the board's exclusion of a member. */
    EXCLUSION_CONFIRMATION
}
