package eu.os2.platform.voting.internal.shell;

import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import java.util.Set;
import org.apache.karaf.shell.api.console.Session;

/** The shell's user as the platform records it: {@code shell-<karaf user>}, an administrator. */
final class ShellUser {

    private ShellUser() {}

    static PlatformUser of(Session session) {
        Object user = session.get("USER");
        String username = "shell-" + (user == null ? "console" : user);
        return new PlatformUser(0, username, username, Set.of(Role.ADMIN), null);
    }
}
