package eu.os2.platform.onboarding.internal.reminders;

import eu.os2.platform.onboarding.internal.model.Reminder;
import java.util.List;

/** Who is late with the half-yearly self-assessment. */
public interface Reminders {

    /**
     * @return products whose self-assessment for the current round is not handed in, with the deadline
     *     and days late (negative: days left)
     */
    List<Reminder> reminders();
}
