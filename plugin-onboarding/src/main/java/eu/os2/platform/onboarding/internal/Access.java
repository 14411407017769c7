package eu.os2.platform.onboarding.internal;

import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.user.AccessDeniedException;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;

/** The plugin's object rules: who may change a product beyond what the resource methods' roles say. */
public final class Access {

    private Access() {}

    /** A coordinator edits only their own product; the secretariat any. */
    public static void requireSecretariatOrCoordinator(Product p, PlatformUser actor) {
        if (!actor.hasRole(Role.SECRETARIAT) && !actor.username().equals(p.coordinator())) {
            throw new AccessDeniedException("only the product's coordinator and the secretariat edit it");
        }
    }

    /** @throws AccessDeniedException saying why, when the actor lacks the role */
    public static void requireRole(PlatformUser actor, Role role, String why) {
        if (!actor.hasRole(role)) {
            throw new AccessDeniedException(why);
        }
    }
}
