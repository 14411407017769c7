package eu.os2.platform.web.internal.auth;

import eu.os2.platform.api.user.PlatformUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login sessions, held in memory on the node that created them. Each has a random 256-bit id (the
 * cookie) and its own CSRF token; it ends after an idle time or an absolute lifetime.
 */
public class SessionStore {

    /** A signed-in session. */
    public record Session(String id, String username, String csrfToken, Instant created, Instant lastSeen) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;

    public SessionStore(Clock clock, Duration idle, Duration absolute) {
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
    }

    /** @return a new session for the user */
    public Session create(PlatformUser user) {
        Instant now = clock.instant();
        Session session = new Session(token(), user.username(), token(), now, now);
        sessions.put(session.id(), session);
        if (sessions.size() % 256 == 0) {
            purge();
        }
        return session;
    }

    /** @return the live session with this id, its last use set to now; empty if unknown or expired */
    public Optional<Session> touch(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        // one atomic step: a logout running at the same moment cannot be undone by this touch
        return Optional.ofNullable(sessions.computeIfPresent(id, (key, session) -> expired(session, now)
                ? null
                : new Session(session.id(), session.username(), session.csrfToken(), session.created(), now)));
    }

    /** Ends a session. */
    public void remove(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    private boolean expired(Session session, Instant now) {
        return session.lastSeen().plus(idle).isBefore(now) || session.created().plus(absolute).isBefore(now);
    }

    private void purge() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> expired(s, now));
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
