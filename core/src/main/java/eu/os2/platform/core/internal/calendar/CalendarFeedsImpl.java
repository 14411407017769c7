package eu.os2.platform.core.internal.calendar;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.calendar.CalendarEvent;
import eu.os2.platform.api.calendar.CalendarFeeds;
import eu.os2.platform.api.calendar.CalendarSource;
import eu.os2.platform.api.calendar.Calendars;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.storage.Transactions;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.core.internal.Tokens;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Personal calendar feeds: a secret token per person (only its SHA-256 is stored), the feed made of
 * what every {@link CalendarSource} gives the token's owner, in their language.
 */
@Component(service = CalendarFeeds.class)
public class CalendarFeedsImpl implements CalendarFeeds {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarFeedsImpl.class);
    /** What {@link Tokens#random()} makes: 43 URL-safe Base64 characters. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** The calendar's name in a subscriber's calendar program. */
    static final String NAME = "OS2";

    private final DataSource dataSource;
    private final CalendarFeedStore store;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final Calendars calendars;
    private final List<CalendarSource> sources = new CopyOnWriteArrayList<>();

    /** The component, on the platform's storage. */
    @Activate
    public CalendarFeedsImpl(
            @Reference PlatformStorage storage,
            @Reference AuditLog audit,
            @Reference PlatformClock clock,
            @Reference Calendars calendars) {
        this(storage.dataSource(), audit, clock, calendars);
    }

    CalendarFeedsImpl(DataSource dataSource, AuditLog audit, PlatformClock clock, Calendars calendars) {
        this.dataSource = Transactions.joining(dataSource);
        this.store = new CalendarFeedStore(this.dataSource);
        this.audit = audit;
        this.clock = clock;
        this.calendars = calendars;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeSource")
    void addSource(CalendarSource source) {
        sources.add(source);
    }

    void removeSource(CalendarSource source) {
        sources.remove(source);
    }

    @Override
    public Optional<String> feed(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return store.owner(Tokens.hash(token)).map(owner -> {
            List<CalendarEvent> events = new ArrayList<>();
            for (CalendarSource source : sources) {
                try {
                    events.addAll(source.events(owner.user(), owner.language()));
                } catch (RuntimeException e) {
                    LOG.warn(
                            "calendar source {} failed for user {}; its events are left out of the feed",
                            source.getClass().getName(),
                            owner.user().id(),
                            e);
                }
            }
            return calendars.feed(NAME, events);
        });
    }

    @Override
    public String renew(PlatformUser user) {
        String token = Tokens.random();
        Instant now = clock.now().truncatedTo(ChronoUnit.MICROS);
        Transactions.run(dataSource, () -> {
            Optional<Instant> before = store.created(user.id());
            store.replace(user.id(), Tokens.hash(token), now);
            audit.appendChange(
                    user.username(),
                    "calendar.feed.renew",
                    "user",
                    String.valueOf(user.id()),
                    before.map(CalendarFeedsImpl::snapshot).orElse(null),
                    snapshot(now));
        });
        return token;
    }

    @Override
    public Optional<Instant> created(long userId) {
        return store.created(userId);
    }

    @Override
    public void revoke(PlatformUser user) {
        Transactions.run(dataSource, () -> {
            Optional<Instant> before = store.created(user.id());
            if (before.isPresent() && store.delete(user.id())) {
                audit.appendChange(
                        user.username(),
                        "calendar.feed.revoke",
                        "user",
                        String.valueOf(user.id()),
                        snapshot(before.get()),
                        null);
            }
        });
    }

    private static Map<String, String> snapshot(Instant created) {
        return Map.of("calendarFeedCreated", created.toString());
    }
}
