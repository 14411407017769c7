package eu.os2.platform.core.internal.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.user.Role;
import eu.os2.platform.core.internal.TestDatabase;
import eu.os2.platform.core.internal.audit.AuditLogImpl;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class UserServiceContract {

    /** @return a fresh database with core's schema */
    abstract DataSource newDatabase() throws Exception;

    private UserServiceImpl users;
    private AuditLogImpl audit;

    @BeforeEach
    void setUp() throws Exception {
        DataSource dataSource = newDatabase();
        var clock = TestDatabase.clockAt("2026-11-27T10:00:00Z");
        audit = new AuditLogImpl(dataSource, clock);
        // cheap Argon2 parameters: the format and the check are what is tested here
        users = new UserServiceImpl(dataSource, audit, clock, new PasswordHasher(256, 1));
    }

    @Test
    void authenticatesOnlyWithTheRightPassword() {
        users.save("anna", "Anna", Set.of(Role.SECRETARIAT), null, "correct horse battery".toCharArray());
        assertThat(users.authenticate("anna", "correct horse battery".toCharArray())).isPresent();
        assertThat(users.authenticate("anna", "correct horse batterY".toCharArray())).isEmpty();
        assertThat(users.authenticate("nobody", "correct horse battery".toCharArray())).isEmpty();
    }

    @Test
    void theAuditLogNeverHoldsThePasswordOrItsHash() {
        users.save("anna", "Anna", Set.of(Role.SECRETARIAT), null, "correct horse battery".toCharArray());
        assertThat(audit.recent(null, null, 10)).singleElement().satisfies(e -> {
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
        assertThatThrownBy(() -> users.save("anna", "A", Set.of(Role.MEMBER_REPRESENTATIVE), null, "long-enough-password".toCharArray()))
                .hasMessageContaining("organisation");
        assertThatThrownBy(() -> users.save("anna", "A", Set.of(), null, "long-enough-password".toCharArray()))
                .hasMessageContaining("role");
    }
}
