package eu.os2.platform.core.internal.user;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.message.Message;
import eu.os2.platform.api.message.MessageTemplates;
import eu.os2.platform.api.message.Outbox;
import eu.os2.platform.api.message.Recipients;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.AccountStatus;
import eu.os2.platform.api.user.Invitation;
import eu.os2.platform.api.user.NewUser;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.UserAccount;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.core.internal.Tokens;
import eu.os2.platform.core.internal.message.CoreMessageKinds;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invitations: a one-time link (only its hash is stored) that lets a person set a password and so
 * make the account active. A new invitation revokes the open one. The link goes to the person by
 * e-mail: the message is written to the outbox in the invitation's transaction.
 */
final class Invitations {

    private static final MessageTemplates TEMPLATES = new MessageTemplates(Invitations.class, "mail");

    private final UserStore store;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final Outbox outbox;
    private volatile Duration expiry;

    Invitations(
            UserStore store,
            AuditLog audit,
            PlatformClock clock,
            PasswordHasher hasher,
            PasswordPolicy policy,
            Duration expiry,
            Outbox outbox) {
        this.store = store;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.hasher = hasher;
        this.policy = policy;
        this.expiry = expiry;
    }

    /** A changed expiry applies to the next invitation. */
    void expiry(Duration expiry) {
        this.expiry = expiry;
    }

    /** Makes an invited account for a checked, free e-mail address, with its first invitation. */
    Invitation inviteNew(String email, NewUser user, PlatformUser actor) {
        Instant now = clock.now();
        String token = Tokens.random();
        return store.inTransaction(() -> {
            long id = store.write("invite " + email, con -> {
                long created = store.insertInvited(
                        con, email, user.displayName().strip(), user.roles(), user.organisationId(), now);
                store.invite(con, created, Tokens.hash(token), now, now.plus(expiry));
                return created;
            });
            UserAccount account = store.require(id).account();
            audit.appendChange(
                    actor.username(), "user.invite", "user", String.valueOf(id), null, UserStore.snapshot(account));
            tell(account, actor, token, now.plus(expiry));
            return new Invitation(account, token, now.plus(expiry));
        });
    }

    Invitation reinvite(long id, PlatformUser actor) {
        UserAccount account = store.require(id).account();
        if (account.status() == AccountStatus.DEACTIVATED) {
            throw new ValidationException(Map.of("account", "deactivated"));
        }
        Instant now = clock.now();
        String token = Tokens.random();
        return store.inTransaction(() -> {
            store.write("invite user " + id, con -> {
                store.invite(con, id, Tokens.hash(token), now, now.plus(expiry));
                return null;
            });
            UserAccount after = store.require(id).account();
            audit.appendChange(
                    actor.username(),
                    "user.reinvite",
                    "user",
                    String.valueOf(id),
                    null,
                    Map.of("expires", after.invitationExpires()));
            tell(after, actor, token, now.plus(expiry));
            return new Invitation(after, token, now.plus(expiry));
        });
    }

    /** Writes the invitation's e-mail to the outbox, in the invitation's transaction. */
    private void tell(UserAccount account, PlatformUser actor, String token, Instant expires) {
        String link = outbox.consoleUrl() + "#/invitation/" + token;
        String inviter =
                actor.displayName() == null || actor.displayName().isBlank() ? actor.username() : actor.displayName();
        outbox.enqueue(new Message(
                CoreMessageKinds.INVITATION,
                Recipients.users(List.of(account.id())),
                "user/" + account.id(),
                null,
                language -> TEMPLATES.render(
                        "invitation",
                        language,
                        Map.of(
                                "name", account.displayName(),
                                "inviter", inviter,
                                "username", account.username(),
                                "link", link,
                                "expires", expiresText(expires, language)),
                        List.of())));
    }

    private static String expiresText(Instant expires, Language language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(language.locale())
                .withZone(PlatformClock.ZONE)
                .format(expires);
    }

    Optional<UserAccount> invitee(String token) {
        return openInvitation(token)
                .flatMap(i -> store.byId(i.userId()))
                .map(UserStore.Stored::account)
                .filter(a -> a.status() != AccountStatus.DEACTIVATED);
    }

    PlatformUser accept(String token, char[] password) {
        UserStore.InvitationRow invitation =
                token == null ? null : store.invitation(Tokens.hash(token)).orElse(null);
        if (invitation == null) {
            throw new ValidationException(Map.of("token", "invalid"));
        }
        if (invitation.used() != null || invitation.revoked()) {
            throw new ValidationException(Map.of("token", "used"));
        }
        Instant now = clock.now();
        if (!now.isBefore(invitation.expires())) {
            throw new ValidationException(Map.of("token", "expired"));
        }
        UserAccount account = store.require(invitation.userId()).account();
        if (account.status() == AccountStatus.DEACTIVATED) {
            throw new ValidationException(Map.of("token", "invalid"));
        }
        policy.problem(password, account.username(), account.email(), account.displayName())
                .ifPresent(code -> {
                    throw new ValidationException(Map.of("password", code));
                });
        String hash = hasher.hash(password);
        return store.inTransaction(() -> {
            boolean used = store.write("accept invitation", con -> {
                if (!store.useInvitation(con, invitation.id(), now)) {
                    return false;
                }
                store.setPassword(con, account.id(), hash);
                // a new password ends every session made with the old one
                store.deleteSessions(con, account.id());
                return true;
            });
            if (!used) {
                throw new ValidationException(Map.of("token", "used"));
            }
            audit.appendChange(
                    account.username(),
                    "user.accept-invitation",
                    "user",
                    String.valueOf(account.id()),
                    null,
                    Map.of("status", AccountStatus.ACTIVE.name()));
            return UserServiceImpl.user(store.require(account.id()).account());
        });
    }

    private Optional<UserStore.InvitationRow> openInvitation(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.now();
        return store.invitation(Tokens.hash(token))
                .filter(i -> i.used() == null && !i.revoked() && now.isBefore(i.expires()));
    }
}
