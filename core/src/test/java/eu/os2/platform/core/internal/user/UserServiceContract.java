package eu.os2.platform.core.internal.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.storage.ConcurrentChangeException;
import eu.os2.platform.api.user.AccountStatus;
import eu.os2.platform.api.user.Invitation;
import eu.os2.platform.api.user.NewUser;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.user.UserAccount;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.core.internal.Fixtures;
import eu.os2.platform.core.internal.audit.AuditLogImpl;
import eu.os2.platform.core.internal.member.MemberServiceImpl;
import eu.os2.platform.core.internal.session.SessionStoreAccess;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class UserServiceContract {

    /** @return a fresh database with core's schema */
    abstract DataSource newDatabase() throws Exception;

    private UserServiceImpl users;
    private AuditLogImpl audit;
    private DataSource dataSource;
    private Fixtures.MovableClock clock;
    private MemberServiceImpl members;

    @BeforeEach
    void setUp() throws Exception {
        dataSource = newDatabase();
        clock = new Fixtures.MovableClock("2026-11-27T10:00:00Z");
        audit = AuditLogImpl.over(dataSource, clock);
        members = Fixtures.directory(dataSource, audit, clock);
        users = service(Duration.ofHours(72));
    }

    /** cheap Argon2 parameters: the format and the check are what is tested here */
    static UserServiceImpl service(
            DataSource dataSource,
            AuditLogImpl audit,
            eu.os2.platform.api.time.PlatformClock clock,
            MemberServiceImpl members,
            Duration expiry) {
        return new UserServiceImpl(
                dataSource,
                audit,
                clock,
                new PasswordHasher(256, 1),
                new PasswordPolicy(),
                members::get,
                expiry,
                eu.os2.platform.testing.RecordingOutbox.inTransactionsOf(dataSource));
    }

    private UserServiceImpl service(Duration expiry) {
        return service(dataSource, audit, clock, members, expiry);
    }

    @Test
    void authenticatesOnlyWithTheRightPassword() {
        users.save("anna", "Anna", Set.of(Role.SECRETARIAT), null, "correct horse battery".toCharArray());
        assertThat(users.authenticate("anna", "correct horse battery".toCharArray()))
                .isPresent();
        assertThat(users.authenticate("anna", "correct horse batterY".toCharArray()))
                .isEmpty();
        assertThat(users.authenticate("nobody", "correct horse battery".toCharArray()))
                .isEmpty();
    }

    @Test
    void aDeactivationWhoseAuditEntryCannotBeWrittenIsNotStored() throws Exception {
        users.save("anna", "Anna", Set.of(Role.SECRETARIAT), null, "correct horse battery".toCharArray());
        users.save("bodil", "Bodil", Set.of(Role.ADMIN), null, "another horse battery".toCharArray());
        long anna = users.find("anna").orElseThrow().id();
        var bodil = users.find("bodil").orElseThrow();
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM core_audit_lock");
        }
        assertThatThrownBy(() -> users.deactivate(anna, bodil))
                .isInstanceOf(eu.os2.platform.api.storage.StorageException.class);
        assertThat(users.account(anna).status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(users.authenticate("anna", "correct horse battery".toCharArray()))
                .isPresent();
    }

    @Test
    void theAuditLogNeverHoldsThePasswordOrItsHash() {
        users.save("anna", "Anna", Set.of(Role.SECRETARIAT), null, "correct horse battery".toCharArray());
        assertThat(audit.recent("user", "anna", 10)).singleElement().satisfies(e -> {
            assertThat(e.after()).doesNotContain("correct horse").doesNotContain("argon2");
        });
    }

    @Test
    void demoUsersGoAwayAndAdminsAreCounted() {
        assertThat(users.hasAdmin()).isFalse();
        users.save("demo-admin", "Demo", Set.of(Role.ADMIN), null, "demo-password-123".toCharArray(), true, "system");
        users.save("real", "Real", Set.of(Role.VIEWER), null, "a-real-password-1".toCharArray(), false, "system");
        assertThat(users.hasAdmin()).isTrue();
        assertThat(users.deleteDemoUsers()).isEqualTo(1);
        assertThat(users.hasAdmin()).isFalse();
        assertThat(users.list()).extracting(u -> u.username()).containsExactly("real");
    }

    @Test
    void rulesForUsers() {
        assertThatThrownBy(() -> users.save("a", "A", Set.of(Role.VIEWER), null, "long-enough-password".toCharArray()))
                .hasMessageContaining("username");
        assertThatThrownBy(() -> users.save("anna", "A", Set.of(Role.VIEWER), null, "short".toCharArray()))
                .hasMessageContaining("12");
        assertThatThrownBy(() -> users.save(
                        "anna", "A", Set.of(Role.MEMBER_REPRESENTATIVE), null, "long-enough-password".toCharArray()))
                .hasMessageContaining("organisation");
        assertThatThrownBy(() -> users.save("anna", "A", Set.of(), null, "long-enough-password".toCharArray()))
                .hasMessageContaining("role");
    }

    private static final String GOOD = "Fjordens lyse nætter 7";
    private static final PlatformUser ADMIN = new PlatformUser(1000, "admin-anna", "Anna", Set.of(Role.ADMIN), null);

    private NewUser aarhusRepresentative() {
        return new NewUser(
                " Bo.Hansen@Aarhus.dk ",
                "Bo Hansen",
                Set.of(Role.MEMBER_REPRESENTATIVE),
                Fixtures.id(members, "Aarhus Kommune"));
    }

    @Test
    void anInvitedPersonSetsAPasswordOnceAndThenLogsIn() {
        Invitation invitation = users.invite(aarhusRepresentative(), ADMIN);
        UserAccount account = invitation.account();
        assertThat(account.username()).isEqualTo("bo.hansen@aarhus.dk");
        assertThat(account.status()).isEqualTo(AccountStatus.INVITED);
        assertThat(account.invitationExpires()).isEqualTo(clock.now().plus(Duration.ofHours(72)));
        assertThat(users.authenticate("bo.hansen@aarhus.dk", GOOD.toCharArray()))
                .isEmpty();
        assertThat(users.invitee(invitation.token())).map(UserAccount::id).contains(account.id());

        assertThatThrownBy(() -> users.acceptInvitation(invitation.token(), "password1234".toCharArray()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("password", "common"));
        assertThatThrownBy(() -> users.acceptInvitation(invitation.token(), "short".toCharArray()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("password", "too-short"));
        assertThatThrownBy(() -> users.acceptInvitation(invitation.token(), "bo.hansen2026".toCharArray()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("password", "like-name"));

        PlatformUser user = users.acceptInvitation(invitation.token(), GOOD.toCharArray());
        assertThat(user.organisationId()).isEqualTo(Fixtures.id(members, "Aarhus Kommune"));
        assertThat(users.account(account.id()).status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(users.account(account.id()).invitationExpires()).isNull();
        assertThat(users.authenticate("bo.hansen@aarhus.dk", GOOD.toCharArray()))
                .isPresent();
        assertThat(users.invitee(invitation.token())).isEmpty();
        assertThatThrownBy(() -> users.acceptInvitation(invitation.token(), "another long passphrase".toCharArray()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("token", "used"));
        assertThat(audit.recent("user", String.valueOf(account.id()), 10))
                .extracting(e -> e.action())
                .containsExactly("user.accept-invitation", "user.invite");
        assertThat(audit.recent(null, null, 50))
                .allSatisfy(e -> assertThat(String.valueOf(e.after()) + e.before())
                        .doesNotContain(invitation.token())
                        .doesNotContain(GOOD));
    }

    @Test
    void anExpiredOrReplacedInvitationIsRefused() {
        Invitation first = users.invite(aarhusRepresentative(), ADMIN);
        Invitation second = users.reinvite(first.account().id(), ADMIN);
        assertThatThrownBy(() -> users.acceptInvitation(first.token(), GOOD.toCharArray()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("token", "used"));
        clock.advance(Duration.ofHours(72));
        assertThatThrownBy(() -> users.acceptInvitation(second.token(), GOOD.toCharArray()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("token", "expired"));
        assertThatThrownBy(() -> users.acceptInvitation("no-such-token", GOOD.toCharArray()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("token", "invalid"));
        assertThat(users.account(first.account().id()).status()).isEqualTo(AccountStatus.INVITED);
    }

    @Test
    void badInvitationsAreRefusedWithFieldCodesAndStoreNothing() {
        long aarhus = Fixtures.id(members, "Aarhus Kommune");
        long kombit = Fixtures.id(members, "KOMBIT A/S");
        long supplier = Fixtures.id(members, "Nordlys Software ApS");
        users.invite(aarhusRepresentative(), ADMIN);
        int before = users.accounts(null).size();
        Map<NewUser, Map<String, String>> cases = Map.of(
                new NewUser("not-an-address", "X", Set.of(Role.VIEWER), null), Map.of("email", "invalid"),
                new NewUser("BO.HANSEN@aarhus.dk", "Bo igen", Set.of(Role.VIEWER), null), Map.of("email", "taken"),
                new NewUser("a@b.dk", " ", Set.of(), null), Map.of("displayName", "required", "roles", "required"),
                new NewUser("c@b.dk", "C", Set.of(Role.MEMBER_REPRESENTATIVE), kombit),
                        Map.of("organisationId", "wrong-kind"),
                new NewUser("d@b.dk", "D", Set.of(Role.PARTNER), aarhus), Map.of("organisationId", "wrong-kind"),
                new NewUser("e@b.dk", "E", Set.of(Role.MEMBER_REPRESENTATIVE), null),
                        Map.of("organisationId", "required"),
                new NewUser("f@b.dk", "F", Set.of(Role.VIEWER), aarhus), Map.of("organisationId", "not-allowed"),
                new NewUser("g@b.dk", "G", Set.of(Role.PARTNER, Role.MEMBER_REPRESENTATIVE), supplier),
                        Map.of("roles", "combination"),
                new NewUser("h@b.dk", "H", Set.of(Role.PARTNER), 999_999L), Map.of("organisationId", "unknown"));
        cases.forEach((user, errors) -> assertThatThrownBy(() -> users.invite(user, ADMIN))
                .as(user.toString())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(errors)));
        assertThat(users.accounts(null)).hasSize(before);
        assertThat(users.invite(new NewUser("p@nordlys.dk", "P", Set.of(Role.PARTNER), supplier), ADMIN)
                        .account()
                        .organisationId())
                .isEqualTo(supplier);
    }

    @Test
    void deactivationEndsEverySessionAndReactivationRestores() {
        Invitation invitation = users.invite(aarhusRepresentative(), ADMIN);
        PlatformUser bo = users.acceptInvitation(invitation.token(), GOOD.toCharArray());
        var sessions = SessionStoreAccess.store(dataSource, clock);
        var session = sessions.start(bo);
        assertThat(sessions.resume(session.id())).isPresent();

        UserAccount off = users.deactivate(bo.id(), ADMIN);
        assertThat(off.status()).isEqualTo(AccountStatus.DEACTIVATED);
        assertThat(sessions.resume(session.id())).isEmpty();
        assertThat(users.authenticate(bo.username(), GOOD.toCharArray())).isEmpty();
        assertThatThrownBy(() -> users.reinvite(bo.id(), ADMIN)).isInstanceOf(ValidationException.class);

        assertThat(users.reactivate(bo.id(), ADMIN).status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(users.authenticate(bo.username(), GOOD.toCharArray())).isPresent();
        assertThat(audit.recent("user", String.valueOf(bo.id()), 10))
                .extracting(e -> e.action())
                .startsWith("user.reactivate", "user.deactivate");
    }

    @Test
    void anAdministratorCannotDeactivateThemselfNorTheLastAdministrator() {
        PlatformUser only = users.save("only-admin", "Only", Set.of(Role.ADMIN), null, GOOD.toCharArray());
        assertThatThrownBy(() -> users.deactivate(only.id(), only))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("account", "self"));
        assertThatThrownBy(() -> users.deactivate(only.id(), ADMIN))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("account", "last-admin"));
    }

    @Test
    void rolesChangeAgainstTheVersionTheyWereMadeOn() {
        UserAccount account = users.invite(aarhusRepresentative(), ADMIN).account();
        UserAccount viewer = users.change(
                account.id(), account.version(), new NewUser(null, "Bo H.", Set.of(Role.VIEWER), null), ADMIN);
        assertThat(viewer.roles()).containsExactly(Role.VIEWER);
        assertThat(viewer.organisationId()).isNull();
        assertThat(viewer.displayName()).isEqualTo("Bo H.");
        assertThatThrownBy(() -> users.change(
                        account.id(), account.version(), new NewUser(null, "Bo", Set.of(Role.BOARD), null), ADMIN))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(users.accounts("bo h")).extracting(UserAccount::id).containsExactly(account.id());
        assertThat(users.accounts("AARHUS.dk")).extracting(UserAccount::id).containsExactly(account.id());
    }

    @Test
    void signOnLinksTheInvitedAccountOnceAndRefusesStrangers() {
        Invitation invitation = users.invite(aarhusRepresentative(), ADMIN);
        String issuer = "https://login.example.dk/realms/os2";
        PlatformUser bo = users.signOn(issuer, "sub-123", "BO.HANSEN@aarhus.dk", "Bo", false)
                .orElseThrow();
        assertThat(bo.id()).isEqualTo(invitation.account().id());
        assertThat(users.account(bo.id()).status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(users.invitee(invitation.token()))
                .as("the invitation is used up")
                .isEmpty();
        // the link is by subject from now on, whatever the e-mail claim says
        assertThat(users.signOn(issuer, "sub-123", "changed@aarhus.dk", "Bo", false))
                .map(PlatformUser::id)
                .contains(bo.id());
        assertThat(users.authenticate(bo.username(), "any password at all".toCharArray()))
                .isEmpty();

        assertThat(users.signOn(issuer, "sub-999", "stranger@example.dk", "X", false))
                .isEmpty();
        assertThat(users.signOn("https://other.example/", "sub-123", "nobody@example.dk", "X", false))
                .isEmpty();
        int before = users.accounts(null).size();
        PlatformUser created = users.signOn(issuer, "sub-777", "new.person@kommune.dk", "Ny Person", true)
                .orElseThrow();
        assertThat(created.roles()).containsExactly(Role.VIEWER);
        assertThat(users.accounts(null)).hasSize(before + 1);

        users.deactivate(bo.id(), ADMIN);
        assertThat(users.signOn(issuer, "sub-123", "bo.hansen@aarhus.dk", "Bo", false))
                .isEmpty();
    }
}
