package eu.os2.platform.api.payment;

import eu.os2.platform.api.event.EventTopics;
import eu.os2.platform.api.user.PlatformUser;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Members' payment standing, recorded by the secretariat. OS2's statutes treat a member that has
 * not paid after a reminder as withdrawn; {@link #treatedAsWithdrawn(long)} answers that for the
 * voting plugin and anyone else who needs it. A member with no recorded standing is in good
 * standing.
 *
 * @since 0.1.0
 */
@ProviderType
public interface PaymentStandingService {

    /** Topic: a standing was recorded. Properties: id (the organisation), actor, standing, previousStanding. */
    String TOPIC_STANDING_CHANGED = EventTopics.topic("payments", "STANDING_CHANGED");

    /** @return the organisation's latest recorded standing, if any */
    Optional<StandingRecord> current(long organisationId);

    /** @return every standing recorded for the organisation, newest first */
    List<StandingRecord> history(long organisationId);

    /** @return whether the organisation's latest standing is unpaid after a reminder */
    default boolean treatedAsWithdrawn(long organisationId) {
        return current(organisationId)
                .map(r -> r.standing().treatedAsWithdrawn())
                .orElse(false);
    }

    /** @return every organisation whose latest standing is unpaid after a reminder, read at once */
    Set<Long> treatedAsWithdrawn();

    /**
     * Records a standing.
     *
     * @param organisationId an existing organisation
     * @param standing the new standing
     * @param note why, not blank
     * @param actor the secretariat user recording it
     * @return the record
     * @throws eu.os2.platform.api.validation.ValidationException if the note is blank or too long
     * @throws java.util.NoSuchElementException if the organisation does not exist
     */
    StandingRecord record(long organisationId, PaymentStanding standing, String note, PlatformUser actor);
}
