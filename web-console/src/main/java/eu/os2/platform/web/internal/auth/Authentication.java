package eu.os2.platform.web.internal.auth;

import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.UserService;
import eu.os2.platform.web.internal.auth.SessionStore.Session;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** Login, sessions and throttling, shared by the login resource and the request filter. */
@Component(service = Authentication.class, configurationPid = "eu.os2.platform.web")
@Designate(ocd = WebConfig.class)
public class Authentication {

    /** The session cookie's name. */
    public static final String COOKIE = "OS2SESSION";

    /** The outcome of a login attempt. */
    public sealed interface Outcome {
        record Success(PlatformUser user, Session session) implements Outcome {}
        record Failure() implements Outcome {}
        record Throttled(Duration retryAfter) implements Outcome {}
    }

    private final UserService users;
    private final SessionStore sessions;
    private final LoginThrottle throttle;
    private final WebConfig config;

    @Activate
    public Authentication(@Reference UserService users, WebConfig config) {
        this(users, config, Clock.systemUTC());
    }

    Authentication(UserService users, WebConfig config, Clock clock) {
        this.users = users;
        this.config = config;
        this.sessions = new SessionStore(clock, Duration.ofMinutes(config.session_idleMinutes()),
                Duration.ofHours(config.session_absoluteHours()));
        this.throttle = new LoginThrottle(clock, config.login_freeFailures(), Duration.ofSeconds(config.login_maxLockSeconds()));
    }

    /** Checks the password, unless the username or the client address is locked. */
    public Outcome login(String username, char[] password, String clientAddress) {
        String userKey = "user:" + username;
        String addressKey = "addr:" + clientAddress;
        Duration wait = max(throttle.waitFor(userKey), throttle.waitFor(addressKey));
        if (!wait.isZero()) {
            return new Outcome.Throttled(wait);
        }
        Optional<PlatformUser> user = users.authenticate(username, password);
        if (user.isEmpty()) {
            throttle.failed(userKey);
            throttle.failed(addressKey);
            return new Outcome.Failure();
        }
        throttle.succeeded(userKey);
        throttle.succeeded(addressKey);
        return new Outcome.Success(user.get(), sessions.create(user.get()));
    }

    /** @return the session and its (still enabled) user for a cookie value */
    public Optional<SignedIn> resume(String sessionId) {
        return sessions.touch(sessionId).flatMap(s -> users.find(s.username()).map(u -> new SignedIn(u, s)));
    }

    /** Ends the session. */
    public void logout(String sessionId) {
        sessions.remove(sessionId);
    }

    /** @return the Set-Cookie value that starts a session */
    public String sessionCookie(Session session, boolean https) {
        return COOKIE + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Strict"
                + (secure(https) ? "; Secure" : "") + "; Max-Age=" + Duration.ofHours(config.session_absoluteHours()).toSeconds();
    }

    /** @return the Set-Cookie value that removes the session cookie */
    public String clearedCookie(boolean https) {
        return COOKIE + "=; Path=/; HttpOnly; SameSite=Strict" + (secure(https) ? "; Secure" : "") + "; Max-Age=0";
    }

    /**
     * Whether a request came over HTTPS: directly, or through the TLS reverse proxy in front of the
     * platform (which says so in {@code X-Forwarded-Proto}).
     */
    public static boolean https(boolean secureConnection, String forwardedProto) {
        return secureConnection || "https".equalsIgnoreCase(forwardedProto);
    }

    private boolean secure(boolean https) {
        return switch (config.cookie_secure()) {
            case "always" -> true;
            case "never" -> false;
            default -> https;
        };
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** A request's signed-in user. */
    public record SignedIn(PlatformUser user, Session session) {}
}
