package eu.os2.platform.voting.internal.notices;

import eu.os2.platform.api.calendar.CalendarEvent;
import eu.os2.platform.api.calendar.Calendars;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A plain RFC 5545 writer for the tests (the platform's own is core's), so that ical4j can parse what the plugin gives it. */
public final class TextCalendars implements Calendars {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @Override
    public String feed(String name, List<CalendarEvent> events) {
        StringBuilder s = new StringBuilder(head());
        events.forEach(e -> event(s, e));
        return s.append("END:VCALENDAR\r\n").toString();
    }

    @Override
    public String single(CalendarEvent event) {
        return feed("OS2", List.of(event));
    }

    private static String head() {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//OS2//Test//DA\r\nMETHOD:PUBLISH\r\n";
    }

    private static void event(StringBuilder s, CalendarEvent e) {
        s.append("BEGIN:VEVENT\r\n");
        s.append("UID:").append(e.uid()).append("\r\n");
        s.append("DTSTAMP:20260101T000000Z\r\n");
        s.append("SEQUENCE:").append(e.sequence()).append("\r\n");
        s.append("SUMMARY:").append(escape(e.summary())).append("\r\n");
        if (e.day() != null) {
            s.append("DTSTART;VALUE=DATE:").append(DAY.format(e.day())).append("\r\n");
        } else {
            s.append("DTSTART:").append(UTC.format(e.start())).append("\r\n");
            s.append("DTEND:").append(UTC.format(e.end())).append("\r\n");
        }
        if (e.location() != null) {
            s.append("LOCATION:").append(escape(e.location())).append("\r\n");
        }
        if (e.description() != null) {
            s.append("DESCRIPTION:").append(escape(e.description())).append("\r\n");
        }
        if (e.url() != null) {
            s.append("URL:").append(e.url()).append("\r\n");
        }
        s.append("END:VEVENT\r\n");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\n", "\\n");
    }
}
