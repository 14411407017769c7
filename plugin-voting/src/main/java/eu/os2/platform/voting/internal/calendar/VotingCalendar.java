package eu.os2.platform.voting.internal.calendar;

import eu.os2.platform.api.calendar.CalendarEvent;
import eu.os2.platform.api.calendar.CalendarSource;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.message.Outbox;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.voting.internal.store.AssemblyStore;
import eu.os2.platform.voting.internal.store.VotingDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * General assemblies in a person's calendar feed: each assembly as a meeting with its place, and its
 * proposals and material deadlines as whole days. Every signed-in person may see the assemblies; the
 * feed holds those of the last year and everything ahead, in one query.
 */
@Component(service = CalendarSource.class)
public class VotingCalendar implements CalendarSource {

    private final AssemblyStore assemblies;
    private final Outbox outbox;
    private final PlatformClock clock;

    @Activate
    public VotingCalendar(
            @Reference VotingDatabase database, @Reference Outbox outbox, @Reference PlatformClock clock) {
        this.assemblies = database.assemblies();
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public List<CalendarEvent> events(PlatformUser user, Language language) {
        if (user.roles().isEmpty()) {
            return List.of();
        }
        LocalDate from = clock.today().minusYears(1);
        List<CalendarEvent> events = new ArrayList<>();
        for (Assembly a : assemblies.assemblies()) {
            if (!a.heldAt().toLocalDate().isBefore(from)) {
                events.addAll(AssemblyEvents.all(a, language, outbox.consoleUrl()));
            }
        }
        return events;
    }
}
