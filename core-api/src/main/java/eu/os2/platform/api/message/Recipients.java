package eu.os2.platform.api.message;

import eu.os2.platform.api.user.Role;
import java.util.Collection;
import java.util.Set;

/**
 * Who a message goes to. The platform resolves it when the message is written: each person once,
 * with the e-mail address and language of their account. Deactivated accounts and accounts without
 * an e-mail address get nothing; a group (organisations, roles) means its active accounts, an
 * account named by id also an invited one (its invitation is a message too).
 *
 * @param userIds accounts by id
 * @param organisationIds the member representatives (and partner contacts) of these organisations
 * @param roles everyone who holds one of these roles
 * @since 0.1.0
 */
public record Recipients(Set<Long> userIds, Set<Long> organisationIds, Set<Role> roles) {

    /** Copies the sets. */
    public Recipients {
        userIds = Set.copyOf(userIds);
        organisationIds = Set.copyOf(organisationIds);
        roles = Set.copyOf(roles);
    }

    /** @return these accounts */
    public static Recipients users(Collection<Long> userIds) {
        return new Recipients(Set.copyOf(userIds), Set.of(), Set.of());
    }

    /** @return the representatives of these organisations */
    public static Recipients organisations(Collection<Long> organisationIds) {
        return new Recipients(Set.of(), Set.copyOf(organisationIds), Set.of());
    }

    /** @return everyone holding one of these roles */
    public static Recipients roles(Role... roles) {
        return new Recipients(Set.of(), Set.of(), Set.of(roles));
    }

    /** @return these recipients and those */
    public Recipients and(Recipients other) {
        return new Recipients(
                union(userIds, other.userIds),
                union(organisationIds, other.organisationIds),
                union(roles, other.roles));
    }

    /** @return both sets' members; one of them as it is when the other is empty (both are immutable copies) */
    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        java.util.Set<T> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
