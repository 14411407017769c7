package eu.os2.platform.initiatives.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import eu.os2.platform.api.initiative.Initiative;
import eu.os2.platform.api.initiative.InitiativeQuery;
import eu.os2.platform.api.initiative.InitiativeService;
import eu.os2.platform.api.initiative.ProgressUpdate;
import eu.os2.platform.api.initiative.StrategyPeriod;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.initiatives.internal.demo.DemoStrategy;
import eu.os2.platform.initiatives.internal.model.StatusCatalogue;
import eu.os2.platform.testing.RecordingAuditLog;
import eu.os2.platform.testing.RecordingEventAdmin;
import eu.os2.platform.testing.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoStrategyTest {

    @Test
    void theDemoStrategyHasTheFourInitiativesWithTheirStatusesAndRolledUpProgress() throws Exception {
        Clock fixed = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), PlatformClock.ZONE);
        InitiativeService service = new InitiativeServiceImpl(
                TestDatabases.h2(InitiativeServiceImpl.CHANGELOG),
                StatusCatalogue.defaults(),
                mock(MemberService.class),
                new RecordingAuditLog(),
                () -> fixed,
                new RecordingEventAdmin());
        DemoStrategy.create(service);

        StrategyPeriod period = service.currentPeriod().orElseThrow();
        assertThat(period.approvedBy()).isEqualTo("Generalforsamlingen 2022");
        List<Initiative> items = service.search(new InitiativeQuery(period.id(), null, null, 0, 10))
                .items();
        assertThat(items)
                .extracting(
                        Initiative::titleEn,
                        Initiative::status,
                        i -> i.progress().toPlainString())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Stronger payment model", "completed", "100.0"),
                        org.assertj.core.groups.Tuple.tuple("Improve OS2’s offering", "in-progress", "75.0"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Talent development of new products", "in-progress", "37.5"),
                        org.assertj.core.groups.Tuple.tuple("OS2’s position in the market", "in-progress", "50.0"));
        // (100 + 75 + 37.5 + 50) / 4 = 65.625
        assertThat(period.progress()).isEqualByComparingTo("65.6");

        Initiative payment = items.stream()
                .filter(i -> i.titleEn().equals("Stronger payment model"))
                .findFirst()
                .orElseThrow();
        ProgressUpdate inForce = service.updates(payment.id()).get(0);
        assertThat(inForce.date()).isEqualTo(LocalDate.of(2023, 1, 2));
        assertThat(inForce.statusTo()).isEqualTo("completed");
        Initiative offering = items.stream()
                .filter(i -> i.titleEn().startsWith("Improve"))
                .findFirst()
                .orElseThrow();
        assertThat(service.updates(offering.id()))
                .extracting(ProgressUpdate::date)
                .containsExactly(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 1, 2), LocalDate.of(2022, 11, 15));
    }
}
