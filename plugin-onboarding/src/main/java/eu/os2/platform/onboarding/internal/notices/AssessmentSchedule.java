package eu.os2.platform.onboarding.internal.notices;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link AssessmentCheck} a minute after the start and then every hour, on a thread the
 * component owns and stops.
 */
@Component(
        immediate = true,
        service = {})
public class AssessmentSchedule {

    static final long FIRST_MINUTES = 1;
    static final long PERIOD_MINUTES = 60;
    private static final Logger LOG = LoggerFactory.getLogger(AssessmentSchedule.class);

    private final ScheduledExecutorService scheduler;

    @Activate
    public AssessmentSchedule(@Reference AssessmentCheck check) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "os2-onboarding-assessment-check");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(
                () -> {
                    try {
                        int written = check.run();
                        if (written > 0) {
                            LOG.info("assessment round check wrote {} messages", written);
                        }
                    } catch (RuntimeException e) {
                        LOG.warn("assessment round check failed, tried again in {} minutes", PERIOD_MINUTES, e);
                    }
                },
                FIRST_MINUTES,
                PERIOD_MINUTES,
                TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
    }
}
