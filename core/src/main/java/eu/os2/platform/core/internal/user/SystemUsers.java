package eu.os2.platform.core.internal.user;

import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import java.util.Set;

/** What the platform itself does with users at start: the first administrator and the demo users. */
public interface SystemUsers {

    /** Shorter passwords are refused. */
    int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    /** Creates or replaces a user; {@code demo} marks users that exist only while demo data is on. */
    PlatformUser save(
            String username,
            String displayName,
            Set<Role> roles,
            Long organisationId,
            char[] password,
            boolean demo,
            String actor);

    /** Removes every demo user; returns how many there were. */
    int deleteDemoUsers();

    /** @return whether an enabled admin exists */
    boolean hasAdmin();
}
