package eu.os2.platform.api.user;

import java.security.Principal;
import java.util.Objects;
import java.util.Set;

/**
 * A person signed in to the platform. In a JAX-RS resource it is the request's
 * {@code SecurityContext.getUserPrincipal()}.
 *
 * @param id stable platform identifier
 * @param username the login name
 * @param displayName the name shown to others
 * @param roles the roles held, never empty
 * @param organisationId for a {@link Role#MEMBER_REPRESENTATIVE} or a {@link Role#PARTNER}, the one
 *     organisation the user acts for; otherwise {@code null}
 * @since 0.1.0
 */
public record PlatformUser(long id, String username, String displayName, Set<Role> roles, Long organisationId)
        implements Principal {

    /** @throws NullPointerException if username, displayName or roles is null */
    public PlatformUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        roles = Set.copyOf(roles);
    }

    /**
     * The user an administrator's shell session acts as, so that the audit log names it.
     *
     * @param karafUser the shell session's {@code USER}, or null
     * @return {@code shell-<karaf user>} ({@code shell-console} without one), an administrator
     */
    public static PlatformUser shell(Object karafUser) {
        String username = "shell-" + (karafUser == null ? "console" : karafUser);
        return new PlatformUser(0, username, username, Set.of(Role.ADMIN), null);
    }

    @Override
    public String getName() {
        return username;
    }

    /** @return whether the user holds the role; {@link Role#ADMIN} holds every role */
    public boolean hasRole(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }

    /**
     * Whether the user may act for an organisation: staff roles (admin, secretariat) may act for
     * any, a member representative only for its own.
     *
     * @param organisationId the organisation
     * @return whether acting for it is allowed
     */
    public boolean mayActFor(long organisationId) {
        if (hasRole(Role.SECRETARIAT)) {
            return true;
        }
        return roles.contains(Role.MEMBER_REPRESENTATIVE)
                && this.organisationId != null
                && this.organisationId == organisationId;
    }

    /**
     * Whether the user speaks for an organisation: a member representative or a supplier partner's
     * contact for its own organisation. It says what the user may see of the organisation (its
     * fees, invoices, products); acting for it in governance is {@link #mayActFor(long)}.
     *
     * @param organisationId the organisation
     * @return whether the user belongs to it
     * @since 0.2.0
     */
    public boolean belongsTo(long organisationId) {
        return (roles.contains(Role.MEMBER_REPRESENTATIVE) || roles.contains(Role.PARTNER))
                && this.organisationId != null
                && this.organisationId == organisationId;
    }
}
