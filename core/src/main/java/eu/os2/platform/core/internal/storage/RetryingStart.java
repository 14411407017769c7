package eu.os2.platform.core.internal.storage;

import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts something on a scheduler and, when the start fails, tries again later with a doubling
 * pause up to a ceiling, until it succeeds or the scheduler is shut down. Every failure is logged
 * with its cause: a database that is not up yet when the platform starts, or a start that loses a
 * race at boot, heals by itself instead of leaving the platform down until a restart.
 *
 * @param <T> what is started
 */
final class RetryingStart<T> {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingStart.class);

    private final ScheduledExecutorService scheduler;
    private final String what;
    private final Callable<T> start;
    private final Consumer<T> started;
    private final long firstPauseMillis;
    private final long maxPauseMillis;

    /**
     * @param scheduler runs the attempts; shutting it down stops the retries
     * @param what names what is started, for the log
     * @param start one attempt
     * @param started receives the result; when it fails, that attempt failed
     * @param firstPauseMillis the pause after the first failure
     * @param maxPauseMillis the longest pause
     */
    RetryingStart(
            ScheduledExecutorService scheduler,
            String what,
            Callable<T> start,
            Consumer<T> started,
            long firstPauseMillis,
            long maxPauseMillis) {
        this.scheduler = scheduler;
        this.what = what;
        this.start = start;
        this.started = started;
        this.firstPauseMillis = firstPauseMillis;
        this.maxPauseMillis = maxPauseMillis;
    }

    /** Schedules the first attempt now. */
    void begin() {
        scheduler.execute(() -> attempt(1, firstPauseMillis));
    }

    private void attempt(int attempt, long pause) {
        try {
            started.accept(start.call());
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Exception
                | Error e) { // an Error too: a class that failed to load must be logged, not lost in a Future
            if (scheduler.isShutdown()) {
                LOG.warn("The {} did not start and is stopping: {}", what, e.toString());
                return;
            }
            LOG.error(
                    "The {} did not start (attempt {}); next attempt in {} s: {}",
                    what,
                    attempt,
                    pause / 1000.0,
                    e.toString(),
                    e);
            scheduler.schedule(
                    () -> attempt(attempt + 1, Math.min(pause * 2, maxPauseMillis)), pause, TimeUnit.MILLISECONDS);
            return;
        }
        if (attempt > 1) {
            LOG.info("The {} started at attempt {}", what, attempt);
        }
    }
}
