package eu.os2.platform.core.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.user.UserSession;
import eu.os2.platform.core.internal.Fixtures;
import eu.os2.platform.core.internal.audit.AuditLogImpl;
import eu.os2.platform.core.internal.user.UserServiceImpl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class SessionStoreContract {

    abstract DataSource newDatabase() throws Exception;

    private DataSource dataSource;
    private Fixtures.MovableClock clock;
    private SessionStore sessions;
    private PlatformUser anna;
    private UserServiceImpl users;

    @BeforeEach
    void setUp() throws Exception {
        dataSource = newDatabase();
        clock = new Fixtures.MovableClock("2026-11-27T10:00:00Z");
        sessions = new SessionStore(dataSource, clock, Duration.ofMinutes(30), Duration.ofHours(10), 3);
        users = eu.os2.platform.core.internal.user.UserServiceAccess.users(
                dataSource, AuditLogImpl.over(dataSource, clock), clock);
        anna = users.save("anna", "Anna", Set.of(Role.SECRETARIAT), null, "correct horse battery".toCharArray());
    }

    @Test
    void aSessionIsResumedByItsIdOnAnotherNodeAndEndsEverywhereAtLogout() {
        UserSession session = sessions.start(anna);
        SessionStore otherNode = new SessionStore(dataSource, clock, Duration.ofMinutes(30), Duration.ofHours(10), 3);
        assertThat(otherNode.resume(session.id())).hasValueSatisfying(s -> {
            assertThat(s.user().username()).isEqualTo("anna");
            assertThat(s.csrfToken()).isEqualTo(session.csrfToken());
        });
        otherNode.end(session.id());
        assertThat(sessions.resume(session.id())).isEmpty();
        assertThat(sessions.resume("not-a-session")).isEmpty();
        assertThat(sessions.resume(null)).isEmpty();
    }

    @Test
    void theDatabaseHoldsNoUsableSessionId() {
        UserSession session = sessions.start(anna);
        String stored = new eu.os2.platform.api.storage.JdbcQueries(dataSource, "test")
                .query("SELECT id_hash FROM core_session", ps -> {}, rows -> rows.next() ? rows.getString(1) : null);
        assertThat(stored).isNotEqualTo(session.id()).hasSize(64);
    }

    @Test
    void idleAndAbsoluteLifetimesEndASession() {
        UserSession session = sessions.start(anna);
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.resume(session.id())).isPresent();
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.resume(session.id())).as("used 29 minutes ago").isPresent();
        clock.advance(Duration.ofMinutes(30));
        assertThat(sessions.resume(session.id())).as("idle for 30 minutes").isEmpty();

        UserSession busy = sessions.start(anna);
        for (int i = 0; i < 40; i++) {
            clock.advance(Duration.ofMinutes(15));
            boolean alive = sessions.resume(busy.id()).isPresent();
            assertThat(alive).as("after %d minutes", (i + 1) * 15).isEqualTo((i + 1) * 15 < 600);
        }
    }

    @Test
    void aUserHasAtMostTheCapOfSessionsAndTheOldestEnds() {
        List<UserSession> started = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            started.add(sessions.start(anna));
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(sessions.count(anna.id())).isEqualTo(3);
        assertThat(sessions.resume(started.get(0).id())).isEmpty();
        assertThat(sessions.resume(started.get(3).id())).isPresent();
        assertThat(sessions.endAll(anna.id())).isEqualTo(3);
    }

    @Test
    void aChangeOfRolesIsSeenByTheNextRequest() {
        UserSession session = sessions.start(anna);
        users.save("anna", "Anna", Set.of(Role.VIEWER), null, "correct horse battery".toCharArray());
        assertThat(sessions.resume(session.id()))
                .hasValueSatisfying(s -> assertThat(s.user().roles()).containsExactly(Role.VIEWER));
    }

    @Test
    void aOneTimeValueIsUsableOnceOnEveryNodeUntilItIsForgotten() {
        SessionStore otherNode = new SessionStore(dataSource, clock, Duration.ofMinutes(30), Duration.ofHours(10), 3);
        assertThat(sessions.firstUse("state-1", Duration.ofMinutes(10))).isTrue();
        assertThat(otherNode.firstUse("state-1", Duration.ofMinutes(10))).isFalse();
        assertThat(sessions.firstUse("state-2", Duration.ofMinutes(10))).isTrue();
        clock.advance(Duration.ofMinutes(11));
        assertThat(otherNode.firstUse("state-3", Duration.ofMinutes(10)))
                .as("and cleans up the forgotten")
                .isTrue();
        assertThat(sessions.firstUse("state-1", Duration.ofMinutes(10))).isTrue();
    }
}
