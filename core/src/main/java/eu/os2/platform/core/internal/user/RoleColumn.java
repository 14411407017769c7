package eu.os2.platform.core.internal.user;

import eu.os2.platform.api.user.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** How {@code core_user.roles} holds a user's roles: their ids, sorted, comma-separated. */
public final class RoleColumn {

    private RoleColumn() {}

    /** @return the column's text for the roles */
    public static String text(Set<Role> roles) {
        return roles.stream().map(Role::id).sorted().collect(Collectors.joining(","));
    }

    /** @return the roles in the column's text */
    public static Set<Role> roles(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(text.split(","))
                .filter(s -> !s.isBlank())
                .map(Role::fromId)
                .forEach(roles::add);
        return roles;
    }
}
