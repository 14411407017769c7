package eu.os2.platform.web.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionStoreTest {

    private final MutableClock clock = new MutableClock();
    private final SessionStore sessions = new SessionStore(clock, Duration.ofMinutes(30), Duration.ofHours(10));
    private final PlatformUser anna = new PlatformUser(1, "anna", "Anna", Set.of(Role.VIEWER), null);

    @Test
    void sessionsHaveRandomIdsAndTheirOwnCsrfToken() {
        var a = sessions.create(anna);
        var b = sessions.create(anna);
        assertThat(a.id()).hasSize(43).isNotEqualTo(b.id()).isNotEqualTo(a.csrfToken());
        assertThat(sessions.touch(a.id())).get().extracting(SessionStore.Session::username).isEqualTo("anna");
        assertThat(sessions.touch("forged")).isEmpty();
        assertThat(sessions.touch(null)).isEmpty();
    }

    @Test
    void idleAndAbsoluteTimeoutsEndSessions() {
        var idle = sessions.create(anna);
        clock.advance(Duration.ofMinutes(31));
        assertThat(sessions.touch(idle.id())).isEmpty();

        var busy = sessions.create(anna);
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMinutes(29));
            assertThat(sessions.touch(busy.id())).as("after %d", i).isPresent();
        }
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.touch(busy.id())).as("past 10 hours").isEmpty();
    }

    @Test
    void logoutEndsTheSession() {
        var session = sessions.create(anna);
        sessions.remove(session.id());
        assertThat(sessions.touch(session.id())).isEmpty();
    }
}
