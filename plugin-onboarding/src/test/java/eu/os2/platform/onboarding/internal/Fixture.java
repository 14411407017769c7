package eu.os2.platform.onboarding.internal;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.storage.Transactions;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.UserService;
import eu.os2.platform.onboarding.internal.assessment.Assessments;
import eu.os2.platform.onboarding.internal.assessment.AssessmentsImpl;
import eu.os2.platform.onboarding.internal.attention.OnboardingAttention;
import eu.os2.platform.onboarding.internal.calendar.OnboardingCalendar;
import eu.os2.platform.onboarding.internal.model.PublicCodeFetcher;
import eu.os2.platform.onboarding.internal.model.Rounds;
import eu.os2.platform.onboarding.internal.notices.AssessmentCheck;
import eu.os2.platform.onboarding.internal.notices.OnboardingMessageKinds;
import eu.os2.platform.onboarding.internal.notices.OnboardingNotices;
import eu.os2.platform.onboarding.internal.notices.OnboardingNoticesImpl;
import eu.os2.platform.onboarding.internal.pipeline.Pipeline;
import eu.os2.platform.onboarding.internal.pipeline.PipelineImpl;
import eu.os2.platform.onboarding.internal.publiccode.PublicCodeImport;
import eu.os2.platform.onboarding.internal.publiccode.PublicCodeImportImpl;
import eu.os2.platform.onboarding.internal.registry.ProductRegistry;
import eu.os2.platform.onboarding.internal.registry.ProductRegistryImpl;
import eu.os2.platform.onboarding.internal.reminders.Reminders;
import eu.os2.platform.onboarding.internal.reminders.RemindersImpl;
import eu.os2.platform.onboarding.internal.store.OnboardingStore;
import eu.os2.platform.testing.RecordingOutbox;
import java.time.Clock;
import java.time.Instant;
import java.time.MonthDay;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.osgi.service.event.EventAdmin;

/**
 * The plugin's components on a database, as the platform wires them: the DataSource joining
 * {@link Transactions#run}, a member directory with municipalities 1–50 and supplier partners
 * 60–69 (other ids are unknown), a clock on 27 November 2026 that a test may set, and a recording outbox.
 */
final class Fixture {

    final DataSource dataSource;
    final OnboardingStore store;
    final ProductRegistry registry;
    final Pipeline pipeline;
    final Assessments assessments;
    final PublicCodeImport publicCode;
    final Reminders reminders;
    /** Refuses a message written outside a change's transaction, or of a kind the plugin does not register. */
    final RecordingOutbox outbox;
    /** Knows no one unless a test says so. */
    final UserService users = mock(UserService.class);

    final OnboardingNotices notices;
    final AssessmentCheck check;
    final OnboardingAttention attention;
    final OnboardingCalendar calendar;
    private final AtomicReference<Clock> time =
            new AtomicReference<>(Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), PlatformClock.ZONE));

    Fixture(DataSource raw, AuditLog audit, EventAdmin events) {
        dataSource = Transactions.joining(raw);
        store = OnboardingStore.over(dataSource);
        PlatformClock clock = time::get;
        outbox = RecordingOutbox.inTransactionsOf(dataSource).accepting(new OnboardingMessageKinds());
        notices = new OnboardingNoticesImpl(outbox, users);
        registry = new ProductRegistryImpl(store, members(), audit, clock);
        pipeline = new PipelineImpl(registry, store, audit, clock, events);
        assessments = new AssessmentsImpl(
                registry, store, audit, clock, events, notices, new Rounds(MonthDay.of(4, 30), MonthDay.of(10, 31)));
        publicCode = new PublicCodeImportImpl(registry, assessments, store, audit, clock, new PublicCodeFetcher());
        reminders = new RemindersImpl(registry, assessments, clock);
        check = new AssessmentCheck(registry, assessments, reminders, store, notices, clock);
        attention = new OnboardingAttention(registry, assessments, store, clock);
        calendar = new OnboardingCalendar(registry, assessments, clock, outbox);
    }

    /** Sets the clock, e.g. {@code "2026-07-01T08:00:00Z"}; it starts on 27 November 2026. */
    void at(String instant) {
        time.set(Clock.fixed(Instant.parse(instant), PlatformClock.ZONE));
    }

    static MemberService members() {
        MemberService members = mock(MemberService.class);
        when(members.get(anyLong())).thenAnswer(inv -> {
            long id = inv.getArgument(0);
            OrganisationKind kind = id <= 50
                    ? OrganisationKind.MUNICIPALITY
                    : id >= 60 && id < 70 ? OrganisationKind.SUPPLIER_PARTNER : null;
            return kind == null
                    ? Optional.empty()
                    : Optional.of(new Organisation(
                            id,
                            "29188386",
                            null,
                            (kind == OrganisationKind.MUNICIPALITY ? "Kommune " : "Leverandør ") + id,
                            kind,
                            null,
                            null,
                            null,
                            null,
                            null,
                            1));
        });
        return members;
    }
}
