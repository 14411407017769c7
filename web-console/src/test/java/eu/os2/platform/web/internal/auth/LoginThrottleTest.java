package eu.os2.platform.web.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofSeconds(900), 30);

    @Test
    void locksAnAccountFromOneAddressAfterFreeFailuresWithDoublingTimeUpToTheMaximum() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("anna", "10.0.0.1");
            assertThat(throttle.waitFor("anna", "10.0.0.1")).isZero();
        }
        throttle.failed("anna", "10.0.0.1");
        assertThat(throttle.waitFor("anna", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
        throttle.failed("anna", "10.0.0.1");
        assertThat(throttle.waitFor("anna", "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
        for (int i = 0; i < 15; i++) {
            throttle.failed("anna", "10.0.0.1");
        }
        assertThat(throttle.waitFor("anna", "10.0.0.1")).isEqualTo(Duration.ofSeconds(900));
    }

    /** Guesses spread over two nodes: the other node's failures, known by the account's hash, count here too. */
    @Test
    void failuresAnotherNodeSawCountTogetherWithThisNodes() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("anna", "10.0.0.1");
            throttle.failedAccount(LoginThrottle.account("anna"), "10.0.0.1");
        }
        assertThat(throttle.waitFor("anna", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginThrottle.account("anna")).hasSize(64).doesNotContain("anna");
    }

    /** Abuse case 1: six wrong passwords from one address used to lock the account for its owner everywhere. */
    @Test
    void failuresFromOneAddressDoNotLockTheOwnerOnAnother() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("anna", "203.0.113.9");
        }
        assertThat(throttle.waitFor("anna", "203.0.113.9")).isPositive();
        assertThat(throttle.waitFor("anna", "198.51.100.4")).isZero();
        assertThat(throttle.waitFor("bo", "203.0.113.9")).isZero();
    }

    /** Abuse case 3: a success used to reset the address counter, so spread guesses were never throttled. */
    @Test
    void guessesSpreadOverAccountsFromOneAddressHitTheCeilingAndASuccessDoesNotResetIt() {
        int allowed = 0;
        for (int i = 0; i < 160; i++) {
            if (!throttle.waitFor("user" + i, "203.0.113.9").isZero()) {
                break;
            }
            throttle.failed("user" + i, "203.0.113.9");
            if (i % 4 == 3) {
                throttle.succeeded("mallory", "203.0.113.9");
            }
            allowed++;
        }
        assertThat(allowed).isEqualTo(30);
        assertThat(throttle.waitFor("someone-else", "203.0.113.9")).isEqualTo(Duration.ofHours(1));
        assertThat(throttle.waitFor("someone-else", "198.51.100.4")).isZero();
        clock.advance(Duration.ofMinutes(61));
        assertThat(throttle.waitFor("someone-else", "203.0.113.9")).isZero();
    }

    @Test
    void aSuccessClearsOnlyThePair() {
        for (int i = 0; i < 7; i++) {
            throttle.failed("anna", "10.0.0.1");
        }
        throttle.succeeded("anna", "10.0.0.1");
        assertThat(throttle.waitFor("anna", "10.0.0.1")).isZero();
        throttle.failed("anna", "10.0.0.1");
        assertThat(throttle.waitFor("anna", "10.0.0.1")).isZero();
    }

    @Test
    void retryAfterIsRoundedUp() {
        assertThat(Authentication.retryAfterSeconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(Authentication.retryAfterSeconds(Duration.ofMillis(1001))).isEqualTo(2);
        assertThat(Authentication.retryAfterSeconds(Duration.ofSeconds(2))).isEqualTo(2);
        assertThat(Authentication.retryAfterSeconds(Duration.ofMinutes(59).plusNanos(1)))
                .isEqualTo(3541);
    }
}
