package eu.os2.platform.core.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.os2.platform.api.calendar.CalendarEvent;
import eu.os2.platform.api.time.PlatformClock;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CalendarsImplTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:15:30.123Z");
    private final CalendarsImpl calendars = new CalendarsImpl(() -> Clock.fixed(NOW, PlatformClock.ZONE));

    private static final CalendarEvent ASSEMBLY = CalendarEvent.meeting(
            "assembly-12@os2.eu",
            "Generalforsamling 2027; OS2, Aarhus",
            "Dagsorden:\n1. Valg af dirigent\n2. Beretning \\ regnskab",
            "Rådhuset, Aarhus",
            Instant.parse("2027-04-22T08:00:00Z"),
            Instant.parse("2027-04-22T14:00:00Z"),
            "http://localhost:8181/console/#/voting/assemblies/12");
    private static final CalendarEvent DEADLINE = CalendarEvent.day(
            "assembly-12-proposals@os2.eu", "Frist for forslag", null, LocalDate.of(2027, 3, 31), null);

    @BeforeAll
    static void strict() {
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, false);
    }

    private static Calendar parse(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        return calendar;
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    @Test
    void aFeedParsesInStrictModeWithItsEventsAndDates() throws Exception {
        String feed = calendars.feed("OS2", List.of(ASSEMBLY, DEADLINE));
        Calendar calendar = parse(feed);
        assertEquals("2.0", calendar.getProperty("VERSION").orElseThrow().getValue());
        assertEquals("PUBLISH", calendar.getProperty("METHOD").orElseThrow().getValue());
        assertEquals("GREGORIAN", calendar.getProperty("CALSCALE").orElseThrow().getValue());
        assertEquals(
                CalendarsImpl.PRODID,
                calendar.getProperty("PRODID").orElseThrow().getValue());
        assertEquals("OS2", calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(2, events.size());
        VEvent meeting = events.get(0);
        assertEquals("assembly-12@os2.eu", value(meeting, "UID"));
        assertEquals("Generalforsamling 2027; OS2, Aarhus", value(meeting, "SUMMARY"));
        assertEquals("Dagsorden:\n1. Valg af dirigent\n2. Beretning \\ regnskab", value(meeting, "DESCRIPTION"));
        assertEquals("Rådhuset, Aarhus", value(meeting, "LOCATION"));
        assertEquals("20270422T080000Z", value(meeting, "DTSTART"));
        assertEquals("20270422T140000Z", value(meeting, "DTEND"));
        assertEquals("20261130T101530Z", value(meeting, "DTSTAMP"));
        assertEquals("0", value(meeting, "SEQUENCE"));
        assertEquals("http://localhost:8181/console/#/voting/assemblies/12", value(meeting, "URL"));
        VEvent day = events.get(1);
        assertEquals("20270331", value(day, "DTSTART"));
        assertEquals("20270401", value(day, "DTEND"));
        assertEquals(
                "DATE",
                day.getProperty("DTSTART")
                        .orElseThrow()
                        .getParameter("VALUE")
                        .orElseThrow()
                        .getValue());
        assertTrue(day.getProperty("DESCRIPTION").isEmpty(), "no empty DESCRIPTION, no \"null\"");
        assertFalse(feed.contains("null"));
    }

    @Test
    void linesEndInCrlfAndFoldAt75OctetsWithoutSplittingCharacters() throws Exception {
        String longText = "Æ".repeat(20) + "ø".repeat(50) + " – " + "å, ".repeat(40) + "slut";
        CalendarEvent event = CalendarEvent.day("long@os2.eu", longText, longText, LocalDate.of(2027, 1, 5), null);
        String single = calendars.single(event);
        assertTrue(single.endsWith("END:VCALENDAR\r\n"));
        assertFalse(single.replace("\r\n", "").contains("\n"), "no bare LF");
        assertFalse(single.replace("\r\n", "").contains("\r"), "no bare CR");
        for (String line : single.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertFalse(line.contains("\uFFFD"));
        }
        Calendar calendar = parse(single);
        VEvent parsed = (VEvent) calendar.getComponents("VEVENT").get(0);
        assertEquals(longText, value(parsed, "SUMMARY"));
        assertTrue(calendar.getProperty("X-WR-CALNAME").isEmpty(), "a single event has no calendar name");
    }

    @Test
    void escapesText() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf", CalendarsImpl.text("a\\b;c,d\ne\r\nf"));
        assertEquals("bell", CalendarsImpl.text("be\u0007ll"));
    }

    @Test
    void aRaisedSequenceIsWritten() throws Exception {
        CalendarEvent moved = new CalendarEvent(
                "assembly-12@os2.eu",
                "Generalforsamling",
                null,
                null,
                Instant.parse("2027-04-23T08:00:00Z"),
                Instant.parse("2027-04-23T10:00:00Z"),
                null,
                null,
                2);
        VEvent event =
                (VEvent) parse(calendars.single(moved)).getComponents("VEVENT").get(0);
        assertEquals("2", value(event, "SEQUENCE"));
    }
}
