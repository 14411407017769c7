package eu.os2.platform.api.user;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's user store. Passwords are only ever stored as salted hashes of a memory-hard KDF.
 *
 * @since 0.1.0
 */
@ProviderType
public interface UserService {

    /**
     * Checks a username and password.
     *
     * @return the user if the password is right and the user is enabled; empty otherwise (the
     *     caller cannot tell which part was wrong)
     */
    Optional<PlatformUser> authenticate(String username, char[] password);

    /** @return the enabled user with this username, if any */
    Optional<PlatformUser> find(String username);

    /** @return every user, ordered by username */
    List<PlatformUser> list();

    /**
     * Creates or replaces a user.
     *
     * @param username login name: 3–64 characters of letters, digits, '.', '-', '_' or '@'
     * @param displayName shown name
     * @param roles at least one role
     * @param organisationId required exactly when {@code roles} contains
     *     {@link Role#MEMBER_REPRESENTATIVE}
     * @param password at least 12 characters
     * @return the stored user
     * @throws IllegalArgumentException if an argument breaks the rules above
     */
    PlatformUser save(String username, String displayName, Set<Role> roles, Long organisationId, char[] password);

    /**
     * @param search part of a name, login name or e-mail address (any case), or {@code null} for all
     * @return every account, invited and deactivated ones too, ordered by display name
     * @since 0.2.0
     */
    List<UserAccount> accounts(String search);

    /**
     * @return the account
     * @throws java.util.NoSuchElementException if there is none with this id
     * @since 0.2.0
     */
    UserAccount account(long id);

    /**
     * Invites a person: makes an account with the e-mail address as login name and a one-time
     * invitation to set a password. An organisation may have several representatives; it still has
     * one vote.
     *
     * @param user who, with which roles, acting for which organisation
     * @param actor who invites (the audit log names them)
     * @return the invitation with its token, shown once
     * @throws eu.os2.platform.api.validation.ValidationException with field codes: {@code email}
     *     (required, invalid, taken), {@code displayName} (required, too-long), {@code roles}
     *     (required, combination), {@code organisationId} (required, not-allowed, unknown, wrong-kind)
     * @since 0.2.0
     */
    Invitation invite(NewUser user, PlatformUser actor);

    /**
     * Changes an account's name, roles and organisation.
     *
     * @param version the version the change was made against
     * @param change the new name, roles and organisation; its e-mail is ignored
     * @return the changed account
     * @throws eu.os2.platform.api.validation.ValidationException as for {@link #invite}
     * @throws eu.os2.platform.api.storage.ConcurrentChangeException if the account changed since
     * @throws java.util.NoSuchElementException if there is no such account
     * @since 0.2.0
     */
    UserAccount change(long id, long version, NewUser change, PlatformUser actor);

    /**
     * Deactivates an account and ends every session of it at once. An administrator cannot
     * deactivate themself, nor the last active administrator.
     *
     * @return the deactivated account
     * @throws eu.os2.platform.api.validation.ValidationException {@code account: self} or
     *     {@code account: last-admin}
     * @since 0.2.0
     */
    UserAccount deactivate(long id, PlatformUser actor);

    /**
     * Reactivates a deactivated account: active again if it has a password, otherwise invited.
     *
     * @return the account
     * @since 0.2.0
     */
    UserAccount reactivate(long id, PlatformUser actor);

    /**
     * Sends a new invitation: the earlier open one stops working. Also for an active account, to
     * let its person set a new password.
     *
     * @return the invitation with its token, shown once
     * @throws eu.os2.platform.api.validation.ValidationException {@code account: deactivated}
     * @since 0.2.0
     */
    Invitation reinvite(long id, PlatformUser actor);

    /**
     * @param token an invitation link's token
     * @return the invited account while the invitation is open and unexpired
     * @since 0.2.0
     */
    Optional<UserAccount> invitee(String token);

    /**
     * Takes an invitation: sets the password and makes the account active. The invitation is used
     * up.
     *
     * @return the now active user
     * @throws eu.os2.platform.api.validation.ValidationException {@code token} (invalid, expired,
     *     used) or {@code password} (too-short, too-long, common, like-name)
     * @since 0.2.0
     */
    PlatformUser acceptInvitation(String token, char[] password);

    /**
     * Signs a person in through an identity provider (OpenID Connect) after the provider has
     * proved who they are. The account is the one linked to this issuer and subject; at the first
     * sign-on, the invited or active account whose login name or e-mail is {@code username} (any
     * case) is linked, and an open invitation is used up. Without such an account, one is made
     * only when {@code createAccount} is true (a viewer).
     *
     * @param issuer the provider's issuer identifier
     * @param subject the provider's stable id of the person
     * @param username the person's login name or e-mail address as the provider states it
     * @param displayName the person's name, for an account made now; may be null
     * @param createAccount whether a person without an account gets one
     * @return the signed-in user; empty for a person without an account (or with a deactivated one)
     * @since 0.2.0
     */
    Optional<PlatformUser> signOn(
            String issuer, String subject, String username, String displayName, boolean createAccount);
}
