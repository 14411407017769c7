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
}
