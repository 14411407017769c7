package eu.os2.platform.web.internal.auth;

import eu.os2.platform.api.event.EventTopics;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.SessionService;
import eu.os2.platform.api.user.UserService;
import eu.os2.platform.api.user.UserSession;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Login, sessions, throttling and the client's address, shared by the login resources and the
 * request filter. A failed login is posted as {@link #LOGIN_FAILED} (the account's hash and the
 * address), which the platform relays to the other nodes on the database; this component counts
 * the relayed ones in its throttle too.
 */
@Component(
        service = {Authentication.class, EventHandler.class},
        configurationPid = "eu.os2.platform.web",
        property = {
            EventConstants.EVENT_TOPIC + "=" + Authentication.LOGIN_FAILED,
            EventConstants.EVENT_FILTER + "=(" + EventTopics.PROPERTY_NODE + "=*)"
        })
@Designate(ocd = WebConfig.class)
public class Authentication implements EventHandler {

    /** A login failed on a node: properties {@code account} (the username's SHA-256) and {@code address}. */
    static final String LOGIN_FAILED = EventTopics.ROOT + "/auth/LOGIN_FAILED";

    /** The session cookie's name. */
    public static final String COOKIE = "OS2SESSION";

    /** The outcome of a login attempt. */
    public sealed interface Outcome {
        record Success(UserSession session) implements Outcome {}

        record Failure() implements Outcome {}

        record Throttled(Duration retryAfter) implements Outcome {}
    }

    private final UserService users;
    private final SessionService sessions;
    private final Clock clock;

    // optional and dynamic: EventAdmin coming and going must not restart every resource (or reset the throttle)
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;
    // replaced in place when the configuration changes: a new component would restart every resource
    private volatile LoginThrottle throttle;
    private volatile ClientAddress clientAddress;
    private volatile WebConfig config;

    @Activate
    public Authentication(@Reference UserService users, @Reference SessionService sessions, WebConfig config) {
        this(users, sessions, config, Clock.systemUTC());
    }

    Authentication(UserService users, SessionService sessions, WebConfig config, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.clock = clock;
        modified(config);
    }

    /** A changed {@code etc/eu.os2.platform.web.cfg} applies to the next request (the throttle's counts start afresh). */
    @Modified
    void modified(WebConfig config) {
        this.throttle = new LoginThrottle(
                clock,
                config.login_freeFailures(),
                Duration.ofSeconds(config.login_maxLockSeconds()),
                config.login_addressFailuresPerHour());
        this.clientAddress = new ClientAddress(config.proxies_trusted());
        this.config = config;
    }

    /**
     * Checks the password, unless this account from this address, or this address, must wait. A
     * success starts a new session and ends the one the browser had (the id changes at login).
     */
    public Outcome login(String username, char[] password, String address, String previousSessionId) {
        Duration wait = throttle.waitFor(username, address);
        if (!wait.isZero()) {
            return new Outcome.Throttled(wait);
        }
        Optional<PlatformUser> user = users.authenticate(username, password);
        if (user.isEmpty()) {
            throttle.failed(username, address);
            events.postEvent(
                    new Event(LOGIN_FAILED, Map.of("account", LoginThrottle.account(username), "address", address)));
            return new Outcome.Failure();
        }
        throttle.succeeded(username, address);
        return new Outcome.Success(start(user.get(), previousSessionId));
    }

    /** Counts a failed login another node saw. */
    @Override
    public void handleEvent(Event event) {
        if (event.getProperty("account") instanceof String account
                && event.getProperty("address") instanceof String address) {
            throttle.failedAccount(account, address);
        }
    }

    /** @return whether people may log in with a password */
    public boolean passwordLogin() {
        return config.login_password();
    }

    /** Starts a session for a user who has proved who they are, ending the browser's previous one. */
    public UserSession start(PlatformUser user, String previousSessionId) {
        sessions.end(previousSessionId);
        return sessions.start(user);
    }

    /** @return the live session and its (still active) user for a cookie value */
    public Optional<UserSession> resume(String sessionId) {
        return sessions.resume(sessionId);
    }

    /** Ends the session, on every node. */
    public void logout(String sessionId) {
        sessions.end(sessionId);
    }

    /** @return the client's address: the peer's, or the forwarded one when the peer is a trusted proxy */
    public String clientAddress(HttpServletRequest request) {
        return clientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    /**
     * Whether a request came over HTTPS: directly, or through a trusted TLS reverse proxy (which
     * says so in {@code X-Forwarded-Proto}).
     */
    public boolean https(HttpServletRequest request) {
        return request.isSecure()
                || (clientAddress.isTrusted(request.getRemoteAddr())
                        && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")));
    }

    /** @return the Set-Cookie value that starts a session */
    public String sessionCookie(UserSession session, boolean https) {
        return cookie(
                COOKIE,
                session.id(),
                "/",
                "Strict",
                Duration.ofHours(config.session_absoluteHours()).toSeconds(),
                https);
    }

    /** @return the Set-Cookie value that removes the session cookie */
    public String clearedCookie(boolean https) {
        return cookie(COOKIE, "", "/", "Strict", 0, https);
    }

    /**
     * One HttpOnly cookie of the platform: {@code Secure} as {@code cookie.secure} says (for the
     * request's scheme when {@code auto}), {@code Max-Age=0} removes it.
     */
    public String cookie(String name, String value, String path, String sameSite, long maxAgeSeconds, boolean https) {
        return name + "=" + value + "; Path=" + path + "; HttpOnly; SameSite=" + sameSite
                + (secure(https) ? "; Secure" : "") + "; Max-Age=" + maxAgeSeconds;
    }

    /** @return Retry-After in whole seconds, rounded up, at least 1 */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.toSeconds();
        if (wait.minusSeconds(seconds).compareTo(Duration.ZERO) > 0) {
            seconds++;
        }
        return Math.max(1, seconds);
    }

    private boolean secure(boolean https) {
        return switch (config.cookie_secure()) {
            case "always" -> true;
            case "never" -> false;
            default -> https;
        };
    }
}
