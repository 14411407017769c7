package eu.os2.platform.web.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without letting anyone lock others out.
 * <ul>
 * <li>Per account <em>and</em> client address: after {@code freeFailures} failures each further one
 * locks that pair for a doubling time, up to {@code maxLock}. The account's owner on another
 * address is not affected. A success clears the pair.
 * <li>Per client address, across accounts: at most {@code addressCeiling} failures in a sliding
 * hour; then the address waits until the oldest of them is an hour old. A success does not reset
 * this count, so guesses spread over many accounts, or mixed with a known password, are bounded.
 * </ul>
 * Counts live in this node's memory. With several nodes, each node's failures reach the others as
 * events ({@link #failedAccount}), so guesses spread over the nodes count together; a success
 * clears the pair only on the node it happened on. Accounts are kept as the SHA-256 of the
 * username ({@link #account}), so what travels between nodes names no one.
 */
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_TRACKED = 100_000;

    private record PairState(int failures, Instant lockedUntil) {}

    private final Map<String, PairState> pairs = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> addresses = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int freeFailures;
    private final Duration maxLock;
    private final int addressCeiling;

    public LoginThrottle(Clock clock, int freeFailures, Duration maxLock, int addressCeiling) {
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.maxLock = maxLock;
        this.addressCeiling = addressCeiling;
    }

    /** @return how long this account must wait from this address, or {@link Duration#ZERO} when it may try */
    public Duration waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        PairState pair = pairs.get(pairKey(username, address));
        if (pair != null && pair.lockedUntil() != null && pair.lockedUntil().isAfter(now)) {
            wait = Duration.between(now, pair.lockedUntil());
        }
        Deque<Instant> failures = addresses.get(address);
        if (failures != null) {
            synchronized (failures) {
                prune(failures, now);
                if (failures.size() >= addressCeiling) {
                    Duration untilOldestLeaves =
                            Duration.between(now, failures.peekFirst().plus(WINDOW));
                    wait = untilOldestLeaves.compareTo(wait) > 0 ? untilOldestLeaves : wait;
                }
            }
        }
        return wait;
    }

    /** Records a failed attempt of an account from an address. */
    public void failed(String username, String address) {
        failedAccount(account(username), address);
    }

    /**
     * Records a failed attempt of an account, given as {@link #account its hash}, from an address:
     * one that another node saw.
     */
    public void failedAccount(String account, String address) {
        Instant now = clock.instant();
        pairs.compute(accountKey(account, address), (k, old) -> {
            int failures = old == null ? 1 : old.failures() + 1;
            Instant lockedUntil = null;
            if (failures > freeFailures) {
                Duration lock = Duration.ofSeconds(1L << Math.min(30, failures - freeFailures - 1));
                lockedUntil = now.plus(lock.compareTo(maxLock) > 0 ? maxLock : lock);
            }
            return new PairState(failures, lockedUntil);
        });
        Deque<Instant> failures = addresses.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (failures) {
            prune(failures, now);
            failures.addLast(now);
        }
        if (pairs.size() > MAX_TRACKED || addresses.size() > MAX_TRACKED) {
            forgetOld(now);
        }
    }

    /** Records a success: the pair starts afresh; the address's count of failures stays. */
    public void succeeded(String username, String address) {
        pairs.remove(pairKey(username, address));
    }

    /** @return the account as the throttle keeps it and nodes tell each other: the username's SHA-256, hex */
    public static String account(String username) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(username.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pairKey(String username, String address) {
        return accountKey(account(username), address);
    }

    private static String accountKey(String account, String address) {
        return account + "\n" + address;
    }

    private static void prune(Deque<Instant> failures, Instant now) {
        while (!failures.isEmpty() && !failures.peekFirst().plus(WINDOW).isAfter(now)) {
            failures.removeFirst();
        }
    }

    private void forgetOld(Instant now) {
        pairs.values().removeIf(p -> p.lockedUntil() == null || !p.lockedUntil().isAfter(now));
        addresses.values().removeIf(d -> {
            synchronized (d) {
                prune(d, now);
                return d.isEmpty();
            }
        });
    }
}
