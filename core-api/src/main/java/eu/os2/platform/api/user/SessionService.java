package eu.os2.platform.api.user;

import java.time.Duration;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Sign-in sessions in the platform's database. A session ends after its idle timeout, after its
 * absolute lifetime, at logout (on every node at once), when its user is deactivated, and when
 * the user starts more sessions than the configured cap (the oldest ends).
 *
 * @since 0.2.0
 */
@ProviderType
public interface SessionService {

    /**
     * Starts a new session with a fresh random id and CSRF token.
     *
     * @param user an enabled user who has just proved who they are
     * @return the session
     */
    UserSession start(PlatformUser user);

    /**
     * @param id a session id from a cookie, or {@code null}
     * @return the live session of an active user, its last use set to now; empty if the id is
     *     unknown, expired or ended, or its user deactivated
     */
    Optional<UserSession> resume(String id);

    /** Ends a session; an unknown id is ignored. */
    void end(String id);

    /**
     * Ends every session of a user.
     *
     * @return how many ended
     */
    int endAll(long userId);

    /**
     * Records the use of a one-time value (a sign-on's state, say) for every node sharing the
     * database.
     *
     * @param token the value; only its hash is kept
     * @param keep how long the use is remembered: at least as long as the value is valid
     * @return true the first time, false when it was used before
     */
    boolean firstUse(String token, Duration keep);
}
