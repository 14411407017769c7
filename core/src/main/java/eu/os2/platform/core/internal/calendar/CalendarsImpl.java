package eu.os2.platform.core.internal.calendar;

import eu.os2.platform.api.calendar.CalendarEvent;
import eu.os2.platform.api.calendar.Calendars;
import eu.os2.platform.api.time.PlatformClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Writes iCalendar (RFC 5545) by hand: CRLF line ends, content lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT values escaped, every time in UTC.
 */
@Component(service = Calendars.class)
public class CalendarsImpl implements Calendars {

    static final String PRODID = "-//OS2//OS2 Community Platform//DA";
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final PlatformClock clock;

    /** @param clock the time of DTSTAMP */
    @Activate
    public CalendarsImpl(@Reference PlatformClock clock) {
        this.clock = clock;
    }

    @Override
    public String feed(String name, List<CalendarEvent> events) {
        return write(name, events);
    }

    @Override
    public String single(CalendarEvent event) {
        return write(null, List.of(event));
    }

    private String write(String name, List<CalendarEvent> events) {
        Instant stamp = clock.now().truncatedTo(ChronoUnit.SECONDS);
        StringBuilder out = new StringBuilder(256 + events.size() * 400);
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + PRODID);
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        if (name != null) {
            line(out, "X-WR-CALNAME:" + text(name));
        }
        for (CalendarEvent event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(event.uid()));
            line(out, "DTSTAMP:" + UTC.format(stamp));
            if (event.day() != null) {
                line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.day()));
                line(out, "DTEND;VALUE=DATE:" + DATE.format(event.day().plusDays(1)));
                line(out, "TRANSP:TRANSPARENT");
            } else {
                line(out, "DTSTART:" + UTC.format(event.start()));
                line(out, "DTEND:" + UTC.format(event.end()));
            }
            line(out, "SEQUENCE:" + event.sequence());
            line(out, "SUMMARY:" + text(event.summary()));
            if (present(event.description())) {
                line(out, "DESCRIPTION:" + text(event.description()));
            }
            if (present(event.location())) {
                line(out, "LOCATION:" + text(event.location()));
            }
            if (present(event.url())) {
                // a URI value is not TEXT: no escaping, but no line breaks either
                line(out, "URL:" + event.url().replaceAll("[\\r\\n]", ""));
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** @return the value escaped as RFC 5545 TEXT (section 3.3.11) */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    // other control characters are not allowed in TEXT
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Appends a content line folded at 75 octets (section 3.1), never inside a UTF-8 sequence. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = 74; // the leading space of a continuation line counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
