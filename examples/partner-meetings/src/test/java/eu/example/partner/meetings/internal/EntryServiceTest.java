package eu.example.partner.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.example.partner.meetings.Entry;
import eu.example.partner.meetings.NewEntry;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.testing.RecordingAuditLog;
import eu.os2.platform.testing.TestDatabases;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service and its store on a fresh H2 database with the plugin's real changelog. */
class EntryServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 12);

    private RecordingAuditLog audit;
    private EntryServiceImpl service;

    @BeforeEach
    void setUp() throws Exception {
        DataSource database = TestDatabases.h2(EntryServiceImpl.CHANGELOG);
        audit = RecordingAuditLog.inTransactionsOf(database);
        service = new EntryServiceImpl(database, audit, TestDatabases.clockAt("2026-03-01T09:00:00Z"));
    }

    @Test
    void storesAnEntryWithItsAuditEntryAndListsTheLatestDateFirst() {
        Entry first = service.create(
                new NewEntry("  Netværksmøde  ", DAY, " Dokk1 ", "Aarhus Kommune", "Om Netværksmøder"), "secretary");
        Entry later = service.create(new NewEntry("Opfølgning", DAY.plusWeeks(2), "Online", "OS2", null), "secretary");

        assertThat(first.title()).isEqualTo("Netværksmøde");
        assertThat(first.place()).isEqualTo("Dokk1");
        assertThat(later.description()).isEmpty();
        assertThat(service.entry(first.id())).contains(first);
        assertThat(service.entries()).containsExactly(later, first);
        assertThat(audit.entries())
                .extracting(e -> e.actor() + " " + e.action())
                .containsExactly("secretary meetings.meeting.create", "secretary meetings.meeting.create");
    }

    @Test
    void refusesAnEntryWithoutTitleOrDateAndStoresNothing() {
        assertThatThrownBy(() ->
                        service.create(new NewEntry(" ", null, null, "x".repeat(201), "x".repeat(4001)), "secretary"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("title", "required")
                                .containsEntry("date", "required")
                                .containsEntry("place", "required")
                                .containsEntry("host", "too-long")
                                .containsEntry("description", "too-long"));
        assertThat(service.entries()).isEmpty();
        assertThat(audit.entries()).isEmpty();
    }
}
