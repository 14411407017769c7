package eu.os2.platform.core.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.audit.AuditEntry;
import eu.os2.platform.api.calendar.CalendarEvent;
import eu.os2.platform.api.calendar.CalendarSource;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.core.internal.Fixtures;
import eu.os2.platform.core.internal.Tokens;
import eu.os2.platform.core.internal.audit.AuditLogImpl;
import eu.os2.platform.core.internal.user.UserServiceAccess;
import eu.os2.platform.core.internal.user.UserServiceImpl;
import eu.os2.platform.testing.RecordingAuditLog;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class CalendarFeedsContract {

    abstract DataSource newDatabase() throws Exception;

    private DataSource dataSource;
    private Fixtures.MovableClock clock;
    private RecordingAuditLog audit;
    private CalendarFeedsImpl feeds;
    private UserServiceImpl users;
    private PlatformUser anna;
    private PlatformUser admin;

    /** The events of a source: a deadline per user, titled in the user's language. */
    private static final CalendarSource DEADLINES = (user, language) -> List.of(CalendarEvent.day(
            "deadline-" + user.id() + "@os2.eu",
            language.pick("Frist for " + user.displayName(), "Deadline for " + user.displayName()),
            null,
            LocalDate.of(2027, 3, 31),
            null));

    @BeforeEach
    void setUp() throws Exception {
        dataSource = newDatabase();
        clock = new Fixtures.MovableClock("2026-11-30T10:00:00Z");
        audit = RecordingAuditLog.inTransactionsOf(dataSource);
        feeds = new CalendarFeedsImpl(dataSource, audit, clock, new CalendarsImpl(clock));
        users = UserServiceAccess.users(dataSource, AuditLogImpl.over(dataSource, clock), clock);
        anna = users.save("anna", "Anna Æbelø", Set.of(Role.VIEWER), null, "correct horse battery".toCharArray());
        admin = users.save("root", "Root", Set.of(Role.ADMIN), null, "correct horse battery".toCharArray());
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    @Test
    void aRenewedTokenGivesTheOwnersFeedAndOnlyItsHashIsStored() throws Exception {
        feeds.addSource(DEADLINES);
        assertThat(feeds.created(anna.id())).isEmpty();
        String token = feeds.renew(anna);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(feeds.created(anna.id())).contains(Instant.parse("2026-11-30T10:00:00Z"));

        String stored = new JdbcQueries(dataSource, "test")
                .query(
                        "SELECT token_hash FROM core_calendar_feed",
                        ps -> {},
                        rows -> rows.next() ? rows.getString(1) : null);
        assertThat(stored).isEqualTo(Tokens.hash(token)).isNotEqualTo(token);

        Calendar calendar = parse(feeds.feed(token).orElseThrow());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getProperty("SUMMARY").orElseThrow().getValue())
                .isEqualTo("Frist for Anna Æbelø");
        assertThat(events.get(0).getProperty("DTSTART").orElseThrow().getValue())
                .isEqualTo("20270331");
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
                .isEqualTo("OS2");
    }

    @Test
    void theFeedIsInTheOwnersLanguage() throws Exception {
        feeds.addSource(DEADLINES);
        String token = feeds.renew(anna);
        new JdbcQueries(dataSource, "test").transaction(con -> {
            try (var update = con.prepareStatement("UPDATE core_user SET language = 'en' WHERE id = ?")) {
                update.setLong(1, anna.id());
                update.executeUpdate();
            }
        });
        assertThat(feeds.feed(token).orElseThrow()).contains("SUMMARY:Deadline for Anna Æbelø");
    }

    @Test
    void renewingMakesTheOldTokenUselessAndRevokingEndsTheFeed() {
        String first = feeds.renew(anna);
        clock.advance(Duration.ofDays(1));
        String second = feeds.renew(anna);
        assertThat(second).isNotEqualTo(first);
        assertThat(feeds.feed(first)).isEmpty();
        assertThat(feeds.feed(second)).isPresent();
        assertThat(feeds.created(anna.id())).contains(Instant.parse("2026-12-01T10:00:00Z"));

        feeds.revoke(anna);
        assertThat(feeds.feed(second)).isEmpty();
        assertThat(feeds.created(anna.id())).isEmpty();
        feeds.revoke(anna);

        assertThat(audit.entries())
                .extracting(AuditEntry::action)
                .containsExactly("calendar.feed.renew", "calendar.feed.renew", "calendar.feed.revoke");
        assertThat(audit.entries()).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("anna");
            assertThat(entry.entityId()).isEqualTo(String.valueOf(anna.id()));
        });
        assertThat(audit.entries().get(1).before()).contains("2026-11-30T10:00:00Z");
    }

    @Test
    void eachPersonHasTheirOwnFeed() {
        feeds.addSource(DEADLINES);
        String annas = feeds.renew(anna);
        String admins = feeds.renew(admin);
        assertThat(feeds.feed(annas).orElseThrow()).contains("Anna").doesNotContain("Root");
        assertThat(feeds.feed(admins).orElseThrow()).contains("Root").doesNotContain("Anna");
        feeds.revoke(admin);
        assertThat(feeds.feed(annas)).isPresent();
    }

    @Test
    void aDeactivatedAccountHasNoFeed() {
        String token = feeds.renew(anna);
        users.deactivate(anna.id(), admin);
        assertThat(feeds.feed(token)).isEmpty();
        users.reactivate(anna.id(), admin);
        assertThat(feeds.feed(token)).isPresent();
    }

    @Test
    void unknownAndMalformedTokensGiveNoFeed() {
        feeds.renew(anna);
        assertThat(feeds.feed(Tokens.random())).isEmpty();
        assertThat(feeds.feed(null)).isEmpty();
        assertThat(feeds.feed("")).isEmpty();
        assertThat(feeds.feed("x' OR '1'='1")).isEmpty();
        assertThat(feeds.feed("a".repeat(500))).isEmpty();
    }

    @Test
    void aFailingSourceIsSkippedAndAGoneSourceIsNotAsked() {
        CalendarSource broken = (user, language) -> {
            throw new IllegalStateException("broken");
        };
        feeds.addSource(broken);
        feeds.addSource(DEADLINES);
        String token = feeds.renew(anna);
        assertThat(feeds.feed(token).orElseThrow()).contains("SUMMARY:Frist for Anna");
        feeds.removeSource(DEADLINES);
        assertThat(feeds.feed(token).orElseThrow()).doesNotContain("VEVENT").contains("BEGIN:VCALENDAR");
    }

    @Test
    void aFailedAuditLeavesTheOldTokenInPlace() {
        String token = feeds.renew(anna);
        audit.failOn("calendar.feed.renew", "calendar.feed.revoke");
        assertThatThrownBy(() -> feeds.renew(anna)).isInstanceOf(RuntimeException.class);
        assertThat(feeds.feed(token)).as("the renewal rolled back").isPresent();
        assertThatThrownBy(() -> feeds.revoke(anna)).isInstanceOf(RuntimeException.class);
        assertThat(feeds.feed(token)).as("the revocation rolled back").isPresent();
    }
}
