package eu.os2.platform.core.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryingStartTest {

    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void failedStartsAreTriedAgainUntilOneSucceedsAndErrorsAreNotLost() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        List<String> started = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        new RetryingStart<>(
                        scheduler,
                        "test storage",
                        () -> switch (attempts.incrementAndGet()) {
                            case 1 -> throw new SQLException("the database is not up yet");
                            case 2 ->
                                throw new NoClassDefFoundError(
                                        "liquibase/Scope"); // an Error, which a Future would swallow
                            default -> "storage";
                        },
                        s -> {
                            started.add(s);
                            done.countDown();
                        },
                        10,
                        40)
                .begin();
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(attempts.get()).isEqualTo(3);
        assertThat(started).containsExactly("storage");
    }

    @Test
    void aShutDownSchedulerEndsTheRetries() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        new RetryingStart<String>(
                        scheduler,
                        "test storage",
                        () -> {
                            attempts.incrementAndGet();
                            throw new IllegalStateException("never starts");
                        },
                        s -> {},
                        200,
                        200)
                .begin();
        Thread.sleep(50);
        scheduler.shutdown();
        assertThat(scheduler.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(attempts.get()).isEqualTo(1);
    }

    @Test
    void aFailingHandOverCountsAsAFailedAttempt() throws Exception {
        AtomicInteger handOvers = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        new RetryingStart<>(
                        scheduler,
                        "test storage",
                        () -> "storage",
                        s -> {
                            if (handOvers.incrementAndGet() == 1) {
                                throw new IllegalStateException("registration failed");
                            }
                            done.countDown();
                        },
                        10,
                        10)
                .begin();
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(handOvers.get()).isEqualTo(2);
    }
}
