package eu.os2.platform.core.internal.user;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.AccountStatus;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.user.UserAccount;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sign-on through an identity provider: an account is linked to the provider's issuer and subject
 * at its first sign-on (by login name or e-mail), which uses up its invitation.
 */
final class SignOnLinks {

    private final UserStore store;
    private final AuditLog audit;
    private final PlatformClock clock;

    SignOnLinks(UserStore store, AuditLog audit, PlatformClock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    Optional<PlatformUser> signOn(
            String issuer, String subject, String username, String displayName, boolean createAccount) {
        if (issuer == null || subject == null || subject.isBlank()) {
            return Optional.empty();
        }
        Optional<UserStore.Stored> linked = store.bySignOn(issuer, subject);
        if (linked.isPresent()) {
            return linked.map(UserStore.Stored::account)
                    .filter(a -> a.status() == AccountStatus.ACTIVE)
                    .map(UserServiceImpl::user);
        }
        String name = AccountRules.normalEmail(username);
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.now();
        Optional<UserStore.Stored> account = store.byLoginOrEmail(name);
        if (account.isEmpty()) {
            if (!createAccount || !AccountRules.USERNAME.matcher(name).matches()) {
                return Optional.empty();
            }
            String shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
            return store.inTransaction(() -> {
                long id = store.write("create signed-on user", con -> {
                    long created = store.insertInvited(
                            con,
                            name,
                            shown.length() > 200 ? shown.substring(0, 200) : shown,
                            Set.of(Role.VIEWER),
                            null,
                            now);
                    store.linkSignOn(con, created, issuer, subject, now);
                    return created;
                });
                audit.appendChange(
                        "system",
                        "user.create-on-sign-on",
                        "user",
                        String.valueOf(id),
                        null,
                        UserStore.snapshot(store.require(id).account()));
                return Optional.of(UserServiceImpl.user(store.require(id).account()));
            });
        }
        UserAccount found = account.get().account();
        if (found.status() == AccountStatus.DEACTIVATED) {
            return Optional.empty();
        }
        return store.inTransaction(() -> {
            store.write("link sign-on", con -> {
                store.linkSignOn(con, found.id(), issuer, subject, now);
                return null;
            });
            UserAccount after = store.require(found.id()).account();
            audit.appendChange(
                    after.username(),
                    "user.link-sign-on",
                    "user",
                    String.valueOf(after.id()),
                    UserStore.snapshot(found),
                    Map.of("status", after.status().name(), "issuer", issuer));
            return Optional.of(UserServiceImpl.user(after));
        });
    }
}
