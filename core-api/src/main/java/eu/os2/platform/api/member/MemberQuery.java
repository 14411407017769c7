package eu.os2.platform.api.member;

/**
 * A search of the member directory. Every criterion is optional; {@code null} means "any".
 *
 * @param text matches name, CVR, EAN or municipality code, case-insensitively, as a substring
 * @param kind only organisations of this kind
 * @param status only organisations whose membership has this status
 * @param membersOnly when true, only organisations that have a membership (of any status)
 * @param offset rows to skip, not negative
 * @param limit at most this many rows, 1 to 500
 * @since 0.1.0
 */
public record MemberQuery(
        String text, OrganisationKind kind, MembershipStatus status, boolean membersOnly, int offset, int limit) {

    /** The largest page a query may ask for. */
    public static final int MAX_LIMIT = 500;

    /** @throws IllegalArgumentException for a negative offset or a limit outside 1..500 */
    public MemberQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** @return a query for every organisation, first page of {@link #MAX_LIMIT} */
    public static MemberQuery all() {
        return new MemberQuery(null, null, null, false, 0, MAX_LIMIT);
    }
}
