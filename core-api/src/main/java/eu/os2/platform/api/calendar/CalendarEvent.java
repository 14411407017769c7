package eu.os2.platform.api.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An event in a calendar: either a meeting with a start and end time, or a whole day (a deadline,
 * a due date).
 *
 * @param uid globally unique and stable for the same event, e.g. {@code "assembly-12@os2.eu"}: a
 *     calendar updates the event instead of adding a second one
 * @param summary the title
 * @param description more text, or {@code null}
 * @param location the place, or {@code null}
 * @param start a meeting's start, or {@code null} for a whole day
 * @param end a meeting's end (after the start), or {@code null} for a whole day
 * @param day the whole day, or {@code null} for a meeting
 * @param url a link to the event in the console, or {@code null}
 * @param sequence the revision, 0 first; raise it when the event changes
 * @since 0.1.0
 */
public record CalendarEvent(
        String uid,
        String summary,
        String description,
        String location,
        Instant start,
        Instant end,
        LocalDate day,
        String url,
        int sequence) {

    /** @throws IllegalArgumentException unless it is exactly one of a meeting and a whole day */
    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(summary, "summary");
        boolean meeting = start != null && end != null;
        if (meeting == (day != null) || (start == null) != (end == null)) {
            throw new IllegalArgumentException("an event is a meeting (start and end) or a whole day: " + uid);
        }
        if (meeting && !end.isAfter(start)) {
            throw new IllegalArgumentException("an event ends after it starts: " + uid);
        }
    }

    /** @return a meeting */
    public static CalendarEvent meeting(
            String uid, String summary, String description, String location, Instant start, Instant end, String url) {
        return new CalendarEvent(uid, summary, description, location, start, end, null, url, 0);
    }

    /** @return a whole-day event */
    public static CalendarEvent day(String uid, String summary, String description, LocalDate day, String url) {
        return new CalendarEvent(uid, summary, description, null, null, null, day, url, 0);
    }
}
