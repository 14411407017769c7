package eu.os2.platform.api.user;

import java.util.Locale;

/**
 * The platform's roles. A user may hold several.
 *
 * @since 0.1.0
 */
public enum Role {
    /** Runs the platform: users, configuration, everything the secretariat can do. */
    ADMIN,
    /** OS2's secretariat: maintains members, strategy, tariffs, assemblies. */
    SECRETARIAT,
    /** A member of OS2's board. */
    BOARD,
    /** Acts for exactly one member organisation (votes, sees its invoices). */
    MEMBER_REPRESENTATIVE,
    /** A supplier partner's contact. */
    PARTNER,
    /** Reads what is not restricted. */
    VIEWER;

    /** @return the role's stable id as used in REST, configuration and {@code isUserInRole}, e.g. {@code "member-representative"} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param id a role id as returned by {@link #id()}
     * @return the role
     * @throws IllegalArgumentException for an unknown id
     */
    public static Role fromId(String id) {
        for (Role role : values()) {
            if (role.id().equals(id)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role: " + id);
    }
}
