package eu.os2.platform.api.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A person's account as the secretariat manages it.
 *
 * @param id stable identifier
 * @param username the login name (an invited person's e-mail address)
 * @param email the e-mail address, or {@code null} for accounts made before invitations
 * @param displayName the name shown to others
 * @param roles the roles held, never empty
 * @param organisationId the organisation a member representative or partner acts for, else {@code null}
 * @param status whether the account is invited, active or deactivated
 * @param created when the account was made
 * @param invitationExpires when the open invitation expires, or {@code null} if none is open
 * @param version optimistic-locking version, changes with every change
 * @since 0.2.0
 */
public record UserAccount(
        long id,
        String username,
        String email,
        String displayName,
        Set<Role> roles,
        Long organisationId,
        AccountStatus status,
        Instant created,
        Instant invitationExpires,
        long version) {

    /** @throws NullPointerException if username, displayName, roles or status is null */
    public UserAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(status, "status");
        roles = Set.copyOf(roles);
    }
}
