package eu.os2.platform.core.internal.user;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.user.Role;
import eu.os2.platform.core.internal.TestDatabase;
import eu.os2.platform.core.internal.audit.AuditLogImpl;
import java.lang.annotation.Annotation;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FirstAdminTest {

    private UserServiceImpl users;

    @BeforeEach
    void setUp() throws Exception {
        DataSource dataSource = TestDatabase.create();
        var clock = TestDatabase.clockAt("2026-11-27T10:00:00Z");
        users = UserServiceAccess.users(dataSource, AuditLogImpl.over(dataSource, clock), clock);
    }

    private static FirstAdmin.Config config(String username, String password) {
        return new FirstAdmin.Config() {
            public Class<? extends Annotation> annotationType() {
                return FirstAdmin.Config.class;
            }

            public String admin_username() {
                return username;
            }

            public String admin_displayName() {
                return "Administrator";
            }

            public String admin_initialPassword() {
                return password;
            }

            public int invitation_expiryHours() {
                return 72;
            }
        };
    }

    @Test
    void withoutConfigurationNobodyCanLogIn() {
        new FirstAdmin(users, config("", ""));
        assertThat(users.list()).isEmpty();
    }

    @Test
    void theConfiguredAdministratorIsCreatedOnce() {
        new FirstAdmin(users, config("it-admin", "first-password-1"));
        assertThat(users.authenticate("it-admin", "first-password-1".toCharArray()))
                .get()
                .satisfies(u -> assertThat(u.roles()).containsExactly(Role.ADMIN));
        // a later start with another password in the file changes nothing
        new FirstAdmin(users, config("it-admin", "second-password-2"));
        assertThat(users.authenticate("it-admin", "first-password-1".toCharArray()))
                .isPresent();
        assertThat(users.authenticate("it-admin", "second-password-2".toCharArray()))
                .isEmpty();
    }

    @Test
    void aTooShortPasswordCreatesNoAdministrator() {
        new FirstAdmin(users, config("it-admin", "short"));
        assertThat(users.list()).isEmpty();
    }
}
