package eu.os2.platform.voting.internal.notices;

import eu.os2.platform.voting.internal.VotingConfig;
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
 * Reminds the members of an assembly's proposals deadline, checking shortly after start and then
 * every {@code reminders.everySeconds} (default half an hour) on a thread the component owns. Safe
 * with several nodes on one database: each reminder carries a once-key, so a member gets it once.
 */
@Component(
        immediate = true,
        service = {},
        configurationPid = VotingConfig.PID)
public class ProposalsReminder {

    /** The period when the setting is not one: half an hour. */
    static final int DEFAULT = 1800;

    private static final Logger LOG = LoggerFactory.getLogger(ProposalsReminder.class);

    private final ScheduledExecutorService scheduler;

    @Activate
    public ProposalsReminder(@Reference VotingNotices notices, VotingConfig config) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "os2-voting-reminders");
            t.setDaemon(true);
            return t;
        });
        int every = config.reminders_everySeconds();
        if (every < 1) {
            LOG.warn(
                    "reminders.everySeconds = {} is not a period; reminders are looked for every {} s", every, DEFAULT);
            every = DEFAULT;
        }
        scheduler.scheduleWithFixedDelay(() -> remind(notices), 1, every, TimeUnit.SECONDS);
    }

    static void remind(VotingNotices notices) {
        try {
            int written = notices.remindProposalsDeadlines();
            if (written > 0) {
                LOG.info("Wrote {} reminder(s) of a proposals deadline", written);
            }
        } catch (RuntimeException e) {
            // the next run tries again; a failure must not end the schedule
            LOG.warn("Reminding the members of a proposals deadline failed", e);
        }
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }
}
