package eu.os2.platform.payments.internal.run;

import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.payments.internal.model.Reports.Preview;
import eu.os2.platform.payments.internal.model.Reports.RunStatus;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * The yearly invoice run: one invoice per organisation that owes something and has none for the year
 * yet, all issued in one transaction with gap-free numbers, idempotent; and its dry run. A run's
 * status and progress are kept in the database.
 */
public interface InvoiceRunService {

    /** A dry run: what the run for the year would issue now; nothing is stored. */
    Preview preview(int year);

    /**
     * Starts the invoice run for a year in the background.
     *
     * @return its status; poll {@link #runStatus(long)} for progress
     */
    RunStatus startRun(int year, PlatformUser actor);

    /**
     * Runs the invoice run for a year now.
     *
     * @param progress told how many organisations have been gone through
     * @return the outcome
     */
    RunStatus runNow(int year, PlatformUser actor, IntConsumer progress);

    Optional<RunStatus> runStatus(long id);

    /** @return the latest runs, newest first */
    List<RunStatus> runStatuses();
}
