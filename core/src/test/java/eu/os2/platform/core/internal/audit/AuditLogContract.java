package eu.os2.platform.core.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.audit.AuditEntry;
import eu.os2.platform.api.audit.AuditVerification;
import eu.os2.platform.api.storage.Transactions;
import eu.os2.platform.core.internal.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class AuditLogContract {

    /** @return a fresh database with core's schema */
    abstract DataSource newDatabase() throws Exception;

    private DataSource dataSource;
    private AuditLogImpl audit;

    @BeforeEach
    void setUp() throws Exception {
        dataSource = newDatabase();
        audit = AuditLogImpl.over(dataSource, TestDatabase.clockAt("2026-11-27T10:15:30.123456789Z"));
    }

    @Test
    void entriesAreChainedAndVerify() {
        AuditEntry first = audit.append("anna", "member.update", "organisation", "1", "{\"a\":1}", "{\"a\":2}");
        AuditEntry second = audit.append("bo", "member.create", "organisation", "2", null, "{\"b\":1}");
        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(audit.verify()).isEqualTo(new AuditVerification(true, 2, null, null));
        assertThat(audit.recent("organisation", "2", 10)).containsExactly(second);
    }

    @Test
    void objectsAreWrittenAsJsonWithIsoDates() {
        record Snapshot(String name, java.time.LocalDate due, java.math.BigDecimal progress) {}
        AuditEntry entry = audit.appendChange(
                "anna",
                "initiatives.update",
                "initiative",
                "7",
                null,
                new Snapshot("Analyse", java.time.LocalDate.of(2023, 6, 30), new java.math.BigDecimal("40.0")));
        assertThat(entry.before()).isNull();
        assertThat(entry.after()).isEqualTo("{\"name\":\"Analyse\",\"due\":\"2023-06-30\",\"progress\":40.0}");
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void anEditedEntryIsDetected() throws Exception {
        audit.append("anna", "member.update", "organisation", "1", "{\"a\":1}", "{\"a\":2}");
        audit.append("anna", "member.update", "organisation", "1", "{\"a\":2}", "{\"a\":3}");
        audit.append("anna", "member.update", "organisation", "1", "{\"a\":3}", "{\"a\":4}");
        execute("UPDATE core_audit SET after_json = '{\"a\":99}' WHERE sequence = 2");
        AuditVerification result = audit.verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(2);
        assertThat(result.reason()).contains("entry changed");
        assertThat(result.entriesChecked()).isEqualTo(3);
    }

    @Test
    void aRemovedEntryIsDetected() throws Exception {
        for (int i = 0; i < 4; i++) {
            audit.append("anna", "x", "t", Integer.toString(i), null, null);
        }
        execute("DELETE FROM core_audit WHERE sequence = 3");
        AuditVerification result = audit.verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(4);
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOther() {
        java.time.Instant at = java.time.Instant.parse("2026-01-01T00:00:00Z");
        String a = AuditChain.hash(AuditChain.GENESIS, 1, at, "ab", "c", "t", "1", null, null);
        String b = AuditChain.hash(AuditChain.GENESIS, 1, at, "a", "bc", "t", "1", null, null);
        String c = AuditChain.hash(AuditChain.GENESIS, 1, at, "a", "bc", "t", "1", "", null);
        assertThat(a).isNotEqualTo(b);
        assertThat(b).isNotEqualTo(c);
    }

    @Test
    void concurrentAppendsNeitherForkNorGap() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<AuditEntry>> futures = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int n = i;
            futures.add(pool.submit(() -> audit.append("u" + n, "x", "t", Integer.toString(n), null, null)));
        }
        for (Future<AuditEntry> future : futures) {
            future.get();
        }
        pool.shutdown();
        AuditVerification result = audit.verify();
        assertThat(result.valid()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(60);
    }

    @Test
    void anEntryOfARolledBackChangeIsNotKept() {
        DataSource joining = Transactions.joining(dataSource);
        audit.append("anna", "member.update", "organisation", "1", null, "{}");
        assertThatThrownBy(() -> Transactions.run(joining, () -> {
                    audit.append("bo", "member.update", "organisation", "2", null, "{}");
                    throw new IllegalStateException("the change failed after its entry was appended");
                }))
                .isInstanceOf(IllegalStateException.class);
        AuditEntry next = audit.append("cy", "member.update", "organisation", "3", null, "{}");
        assertThat(next.sequence()).isEqualTo(2);
        assertThat(audit.verify()).isEqualTo(new AuditVerification(true, 2, null, null));
    }

    @Test
    void changesInConcurrentTransactionsKeepOneChainWithTheirEntriesOnly() throws Exception {
        DataSource joining = Transactions.joining(dataSource);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                try {
                    Transactions.run(joining, () -> {
                        audit.append("u" + n, "first", "t", Integer.toString(n), null, null);
                        audit.append("u" + n, "second", "t", Integer.toString(n), null, null);
                        if (n % 4 == 0) {
                            throw new IllegalStateException("rolled back");
                        }
                    });
                } catch (IllegalStateException expected) {
                    // every fourth change fails after appending: its two entries go with it
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        AuditVerification result = audit.verify();
        assertThat(result.valid()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(60);
        // a change's two entries follow each other: no other transaction took a place between them
        List<AuditEntry> all = audit.recent(null, null, 100);
        for (int i = 0; i < all.size(); i += 2) {
            assertThat(all.get(i).entityId()).isEqualTo(all.get(i + 1).entityId());
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
