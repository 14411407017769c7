package ${package}.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ${package}.Entry;
import ${package}.NewEntry;
import ${package}.internal.EntriesResource.EntryAnswer;
import eu.os2.platform.testing.RecordingAuditLog;
import eu.os2.platform.testing.TestDatabases;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST resource's methods on the real service and H2. What the platform adds around them (sign-in,
 * roles, JSON, 404 for {@code NoSuchElementException}, 422 for {@code ValidationException}) is the
 * platform's; a test against a running platform covers the whole request.
 */
class EntriesResourceTest {

    private EntryServiceImpl service;
    private EntriesResource resource;

    @BeforeEach
    void setUp() throws Exception {
        service = new EntryServiceImpl(
                TestDatabases.h2(EntryServiceImpl.CHANGELOG),
                new RecordingAuditLog(),
                TestDatabases.clockAt("2026-03-01T09:00:00Z"));
        resource = new EntriesResource(service);
    }

    @Test
    void answersTheEntriesAsRecords() {
        Entry stored = service.create(new NewEntry("Netværksmøde", LocalDate.of(2026, 3, 12), ""), "secretary");
        EntryAnswer answer = new EntryAnswer(stored.id(), "Netværksmøde", LocalDate.of(2026, 3, 12), "", 0);

        assertThat(resource.list()).containsExactly(answer);
        assertThat(resource.get(stored.id())).isEqualTo(answer);
    }

    @Test
    void answersAnUnknownIdWithNotFound() {
        assertThatThrownBy(() -> resource.get(42)).isInstanceOf(NoSuchElementException.class);
    }
}
