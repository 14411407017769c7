package eu.os2.platform.voting.internal.calendar;

import static eu.os2.platform.voting.internal.notices.NoticeTexts.date;

import eu.os2.platform.api.calendar.CalendarEvent;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.voting.internal.notices.NoticeTexts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An assembly in a calendar: the meeting and its deadlines as whole days, with uids that stay the
 * same for the same assembly (in the feed and in the notice's invitation alike).
 */
public final class AssemblyEvents {

    /** How long an assembly lasts in a calendar (the statutes give no end). */
    public static final Duration LENGTH = Duration.ofHours(3);

    private AssemblyEvents() {}

    /** @return the uid of an assembly's meeting */
    public static String uid(long assemblyId) {
        return "assembly-" + assemblyId + "@os2.eu";
    }

    /**
     * @param sequence the revision: 0 as called, higher after each change
     * @param consoleUrl the console's address, ending in '/'
     * @return the assembly as a meeting
     */
    public static CalendarEvent meeting(Assembly a, int sequence, Language l, String consoleUrl) {
        Instant start = a.heldAt().atZone(PlatformClock.ZONE).toInstant();
        return new CalendarEvent(
                uid(a.id()),
                a.title(),
                l.pick(
                        "Forslag senest " + date(a.proposalsDue(), l) + ". Materialet udsendes senest "
                                + date(a.materialDue(), l) + ".",
                        "Proposals by " + date(a.proposalsDue(), l) + ". The material is sent by "
                                + date(a.materialDue(), l) + "."),
                a.place(),
                start,
                start.plus(LENGTH),
                null,
                consoleUrl + NoticeTexts.assemblyRoute(a.id()),
                sequence);
    }

    /** @return the revision of an assembly's events: each change of the assembly raises its version */
    public static int sequence(Assembly a) {
        return (int) Math.max(0, a.version() - 1);
    }

    /** @return the meeting and its proposals and material deadlines */
    public static List<CalendarEvent> all(Assembly a, Language l, String consoleUrl) {
        String link = consoleUrl + NoticeTexts.assemblyRoute(a.id());
        int sequence = sequence(a);
        return List.of(
                meeting(a, sequence, l, consoleUrl),
                new CalendarEvent(
                        "assembly-" + a.id() + "-proposals@os2.eu",
                        l.pick("Frist for forslag: ", "Deadline for proposals: ") + a.title(),
                        l.pick(
                                "Forslag skal være bestyrelsen i hænde senest i dag.",
                                "Proposals must reach the board by today."),
                        null,
                        null,
                        null,
                        a.proposalsDue(),
                        link,
                        sequence),
                new CalendarEvent(
                        "assembly-" + a.id() + "-material@os2.eu",
                        l.pick("Materialet udsendes senest: ", "Material sent by: ") + a.title(),
                        l.pick(
                                "Materialet til generalforsamlingen udsendes senest i dag.",
                                "The material for the assembly is sent to the members by today."),
                        null,
                        null,
                        null,
                        a.materialDue(),
                        link,
                        sequence));
    }
}
