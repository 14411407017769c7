package eu.os2.platform.voting.internal.ballot;

import eu.os2.platform.voting.internal.Ballots;
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
 * Closes ballots at their closing time, every {@value #PERIOD_SECONDS} seconds, on a thread the
 * component owns. Safe with several nodes on one database: the close takes the ballot row's lock,
 * and a ballot that another node (or the chair) closed first is left as it is.
 */
@Component(
        immediate = true,
        service = {})
public class BallotDeadlines {

    static final long PERIOD_SECONDS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(BallotDeadlines.class);

    private final ScheduledExecutorService scheduler;

    @Activate
    public BallotDeadlines(@Reference Ballots ballots) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "os2-voting-deadlines");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(() -> closeDue(ballots), 1, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    static void closeDue(Ballots ballots) {
        try {
            int closed = ballots.closeDue();
            if (closed > 0) {
                LOG.info("Closed {} ballot(s) at their closing time", closed);
            }
        } catch (RuntimeException e) {
            // the next run tries again; a failure must not end the schedule
            LOG.warn("Closing ballots at their closing time failed", e);
        }
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }
}
