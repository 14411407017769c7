package eu.os2.platform.web.internal.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Failures are counted per key (the username, and the client
 * address, separately); after {@code freeFailures} failures each further one locks the key for a
 * doubling time, up to {@code maxLock}. A success clears the key.
 */
public class LoginThrottle {

    private record State(int failures, Instant lockedUntil) {}

    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int freeFailures;
    private final Duration maxLock;

    public LoginThrottle(Clock clock, int freeFailures, Duration maxLock) {
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.maxLock = maxLock;
    }

    /** @return how long the key must still wait, or {@link Duration#ZERO} when it may try */
    public Duration waitFor(String key) {
        State state = states.get(key);
        if (state == null || state.lockedUntil() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), state.lockedUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Records a failed attempt. */
    public void failed(String key) {
        states.compute(key, (k, old) -> {
            int failures = old == null ? 1 : old.failures() + 1;
            Instant lockedUntil = null;
            if (failures > freeFailures) {
                long seconds = 1L << Math.min(30, failures - freeFailures - 1);
                Duration lock = Duration.ofSeconds(seconds);
                lockedUntil = clock.instant().plus(lock.compareTo(maxLock) > 0 ? maxLock : lock);
            }
            return new State(failures, lockedUntil);
        });
        if (states.size() > 100_000) {
            states.clear();
        }
    }

    /** Records a success: the key starts afresh. */
    public void succeeded(String key) {
        states.remove(key);
    }
}
