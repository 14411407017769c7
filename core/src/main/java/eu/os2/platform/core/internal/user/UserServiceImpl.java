package eu.os2.platform.core.internal.user;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.message.Outbox;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.AccountStatus;
import eu.os2.platform.api.user.Invitation;
import eu.os2.platform.api.user.NewUser;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.user.UserAccount;
import eu.os2.platform.api.user.UserService;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.core.internal.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * People's accounts: password login, invitations, roles, deactivation. Each change and the audit
 * entry that names it are written together; deactivation ends the account's sessions in the same
 * transaction.
 */
@Component(
        service = {UserService.class, SystemUsers.class},
        configurationPid = "eu.os2.platform.core")
public class UserServiceImpl implements UserService, SystemUsers {

    /** Settings read from {@code etc/eu.os2.platform.core.cfg} (described in {@link FirstAdmin.Config}). */
    @ObjectClassDefinition
    public @interface Config {
        @AttributeDefinition(min = "1")
        int invitation_expiryHours() default 72;
    }

    // Verifying against this keeps the time of a login for an unknown user like that of a known one.
    // Made at the first such login, not at start: an Argon2 hash costs tens of milliseconds.
    private volatile String dummyHash;

    private final UserStore store;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final LongFunction<Optional<Organisation>> organisations;
    private final Invitations invitations;
    private final SignOnLinks signOns;

    @Activate
    public UserServiceImpl(
            @Reference PlatformStorage storage,
            @Reference AuditLog audit,
            @Reference PlatformClock clock,
            @Reference MemberService members,
            @Reference Outbox outbox,
            Config config) {
        this(
                storage.dataSource(),
                audit,
                clock,
                new PasswordHasher(),
                new PasswordPolicy(),
                members::get,
                Duration.ofHours(config.invitation_expiryHours()),
                outbox);
    }

    UserServiceImpl(
            DataSource dataSource,
            AuditLog audit,
            PlatformClock clock,
            PasswordHasher hasher,
            PasswordPolicy policy,
            LongFunction<Optional<Organisation>> organisations,
            Duration invitationExpiry,
            Outbox outbox) {
        this.store = new UserStore(dataSource);
        this.audit = audit;
        this.clock = clock;
        this.hasher = hasher;
        this.policy = policy;
        this.organisations = organisations;
        this.invitations = new Invitations(store, audit, clock, hasher, policy, invitationExpiry, outbox);
        this.signOns = new SignOnLinks(store, audit, clock);
    }

    /** A changed {@code etc/eu.os2.platform.core.cfg} applies without restarting everything that uses users. */
    @Modified
    void modified(Config config) {
        invitations.expiry(Duration.ofHours(config.invitation_expiryHours()));
    }

    @Override
    public Optional<PlatformUser> authenticate(String username, char[] password) {
        Optional<UserStore.Stored> row = active(username);
        if (row.isEmpty()) {
            hasher.verify(password, dummyHash());
            return Optional.empty();
        }
        String hash = row.get().passwordHash();
        if (hash == null) {
            // an account that signs on only through the identity provider has no password
            hasher.verify(password, dummyHash());
            return Optional.empty();
        }
        return hasher.verify(password, hash) ? Optional.of(user(row.get().account())) : Optional.empty();
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = hasher.hash("not a password of anyone".toCharArray());
            dummyHash = hash;
        }
        return hash;
    }

    @Override
    public Optional<PlatformUser> find(String username) {
        return active(username).map(r -> user(r.account()));
    }

    @Override
    public List<PlatformUser> list() {
        return store.search(null).stream()
                .filter(r -> r.account().status() == AccountStatus.ACTIVE)
                .map(r -> user(r.account()))
                .sorted((a, b) -> a.username().compareTo(b.username()))
                .toList();
    }

    @Override
    public PlatformUser save(
            String username, String displayName, Set<Role> roles, Long organisationId, char[] password) {
        return save(username, displayName, roles, organisationId, password, false, "system");
    }

    @Override
    public PlatformUser save(
            String username,
            String displayName,
            Set<Role> roles,
            Long organisationId,
            char[] password,
            boolean demo,
            String actor) {
        check(username, displayName, roles, organisationId, password);
        String hash = hasher.hash(password);
        String roleText = UserStore.roleText(roles);
        return store.inTransaction(() -> {
            store.write("store user " + username, con -> {
                store.upsert(con, username, displayName, roleText, organisationId, hash, demo, clock.now());
                return null;
            });
            PlatformUser saved = find(username).orElseThrow();
            // never the hash: the audit log is readable by staff
            audit.append(
                    actor,
                    "user.save",
                    "user",
                    username,
                    null,
                    Json.write(Map.of("username", username, "roles", roleText, "demo", demo)));
            return saved;
        });
    }

    @Override
    public int deleteDemoUsers() {
        return store.inTransaction(() -> {
            int removed = store.write("remove demo users", store::deleteDemo);
            if (removed > 0) {
                audit.append("system", "user.delete-demo", "user", "*", null, Json.write(Map.of("removed", removed)));
            }
            return removed;
        });
    }

    @Override
    public boolean hasAdmin() {
        return list().stream().anyMatch(u -> u.roles().contains(Role.ADMIN));
    }

    @Override
    public List<UserAccount> accounts(String search) {
        return store.search(search).stream().map(UserStore.Stored::account).toList();
    }

    @Override
    public UserAccount account(long id) {
        return store.require(id).account();
    }

    @Override
    public Invitation invite(NewUser user, PlatformUser actor) {
        Map<String, String> errors = AccountRules.problems(user, true, organisations);
        String email = AccountRules.normalEmail(user == null ? null : user.email());
        if (!errors.containsKey("email") && email != null && store.emailTaken(email)) {
            errors.put("email", "taken");
        }
        ValidationException.throwIfAny(errors);
        return invitations.inviteNew(email, user, actor);
    }

    @Override
    public UserAccount change(long id, long version, NewUser change, PlatformUser actor) {
        UserAccount before = store.require(id).account();
        ValidationException.throwIfAny(AccountRules.problems(change, false, organisations));
        if (before.roles().contains(Role.ADMIN) && !change.roles().contains(Role.ADMIN) && id == actor.id()) {
            throw new ValidationException(Map.of("roles", "own-admin"));
        }
        return store.inTransaction(() -> {
            boolean changed = store.write(
                    "change user " + id,
                    con -> store.update(
                            con, id, version, change.displayName().strip(), change.roles(), change.organisationId()));
            if (!changed) {
                throw store.db().stale("user " + id + " changed since version " + version, "core_user", "id", id);
            }
            UserAccount after = account(id);
            audit.appendChange(
                    actor.username(),
                    "user.change",
                    "user",
                    String.valueOf(id),
                    UserStore.snapshot(before),
                    UserStore.snapshot(after));
            return after;
        });
    }

    @Override
    public UserAccount deactivate(long id, PlatformUser actor) {
        UserAccount before = store.require(id).account();
        if (id == actor.id()) {
            throw new ValidationException(Map.of("account", "self"));
        }
        if (before.status() == AccountStatus.DEACTIVATED) {
            return before;
        }
        if (before.roles().contains(Role.ADMIN)
                && before.status() == AccountStatus.ACTIVE
                && list().stream().filter(u -> u.roles().contains(Role.ADMIN)).count() <= 1) {
            throw new ValidationException(Map.of("account", "last-admin"));
        }
        return store.inTransaction(() -> {
            store.write("deactivate user " + id, con -> {
                store.setEnabled(con, id, false);
                store.deleteSessions(con, id);
                return null;
            });
            UserAccount after = account(id);
            audit.appendChange(
                    actor.username(),
                    "user.deactivate",
                    "user",
                    String.valueOf(id),
                    UserStore.snapshot(before),
                    UserStore.snapshot(after));
            return after;
        });
    }

    @Override
    public UserAccount reactivate(long id, PlatformUser actor) {
        UserAccount before = store.require(id).account();
        if (before.status() != AccountStatus.DEACTIVATED) {
            return before;
        }
        return store.inTransaction(() -> {
            store.write("reactivate user " + id, con -> {
                store.setEnabled(con, id, true);
                return null;
            });
            UserAccount after = account(id);
            audit.appendChange(
                    actor.username(),
                    "user.reactivate",
                    "user",
                    String.valueOf(id),
                    UserStore.snapshot(before),
                    UserStore.snapshot(after));
            return after;
        });
    }

    private Optional<UserStore.Stored> active(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return store.byUsername(username).filter(r -> r.account().status() == AccountStatus.ACTIVE);
    }

    @Override
    public Invitation reinvite(long id, PlatformUser actor) {
        return invitations.reinvite(id, actor);
    }

    @Override
    public Optional<UserAccount> invitee(String token) {
        return invitations.invitee(token);
    }

    @Override
    public PlatformUser acceptInvitation(String token, char[] password) {
        return invitations.accept(token, password);
    }

    @Override
    public Optional<PlatformUser> signOn(
            String issuer, String subject, String username, String displayName, boolean createAccount) {
        return signOns.signOn(issuer, subject, username, displayName, createAccount);
    }

    static PlatformUser user(UserAccount a) {
        return new PlatformUser(a.id(), a.username(), a.displayName(), a.roles(), a.organisationId());
    }

    static void check(String username, String displayName, Set<Role> roles, Long organisationId, char[] password) {
        if (username == null || !AccountRules.USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username must be 3-64 letters, digits, '.', '-', '_', '+' or '@'");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new IllegalArgumentException("display name must be 1-200 characters");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        boolean actsForOne = roles.contains(Role.MEMBER_REPRESENTATIVE) || roles.contains(Role.PARTNER);
        if (actsForOne != (organisationId != null)) {
            throw new IllegalArgumentException(
                    "an organisation is required for, and only for, a member representative or partner");
        }
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }
}
