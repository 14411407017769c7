package eu.os2.platform.api.calendar;

import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.user.PlatformUser;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A bundle's events for a person's calendar feed. Register an implementation as an OSGi service;
 * the platform asks every source when the feed is fetched. Give only what the person may see.
 *
 * @since 0.1.0
 */
@ConsumerType
public interface CalendarSource {

    /**
     * @param user the feed's owner
     * @param language the owner's language, for the texts
     * @return the events, possibly none; past events of the last year and everything ahead
     */
    List<CalendarEvent> events(PlatformUser user, Language language);
}
