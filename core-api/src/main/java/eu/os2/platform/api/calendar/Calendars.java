package eu.os2.platform.api.calendar;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes iCalendar (RFC 5545).
 *
 * @since 0.1.0
 */
@ProviderType
public interface Calendars {

    /** The media type of a feed. */
    String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    /**
     * @param name the calendar's name, e.g. {@code "OS2"}
     * @param events the events
     * @return a {@code VCALENDAR} with {@code METHOD:PUBLISH}, as a feed is
     */
    String feed(String name, List<CalendarEvent> events);

    /**
     * @param event a meeting or deadline
     * @return a {@code VCALENDAR} with the one event and {@code METHOD:PUBLISH}, for a message's
     *     {@code .ics} attachment: the recipient's calendar adds it, and updates it when a later
     *     message carries the same uid with a higher sequence
     */
    String single(CalendarEvent event);
}
