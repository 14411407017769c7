package eu.os2.platform.web.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, 3, Duration.ofSeconds(60));

    @Test
    void locksAfterFreeFailuresWithDoublingTimeUpToTheMaximum() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("user:anna");
            assertThat(throttle.waitFor("user:anna")).isZero();
        }
        throttle.failed("user:anna");
        assertThat(throttle.waitFor("user:anna")).isEqualTo(Duration.ofSeconds(1));
        throttle.failed("user:anna");
        assertThat(throttle.waitFor("user:anna")).isEqualTo(Duration.ofSeconds(2));
        for (int i = 0; i < 20; i++) {
            throttle.failed("user:anna");
        }
        assertThat(throttle.waitFor("user:anna")).isEqualTo(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.waitFor("user:anna")).isZero();
        assertThat(throttle.waitFor("user:bo")).isZero();
    }

    @Test
    void successClearsTheKey() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("addr:10.0.0.1");
        }
        throttle.succeeded("addr:10.0.0.1");
        assertThat(throttle.waitFor("addr:10.0.0.1")).isZero();
        throttle.failed("addr:10.0.0.1");
        assertThat(throttle.waitFor("addr:10.0.0.1")).isZero();
    }
}
