package eu.os2.platform.core.internal.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.backup.Consistency;
import eu.os2.platform.api.storage.DatabaseKind;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.storage.Transactions;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.core.internal.TestDatabase;
import eu.os2.platform.core.internal.audit.AuditLogImpl;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** On PostgreSQL the platform checks its consistency the same way, and leaves the backup to pg_dump. */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL, matches = ".+")
class PlatformBackupPostgresTest {

    @TempDir
    Path dir;

    @Test
    void theConsistencyIsReadFromThePlatformsOwnSchemaAndTheBackupIsLeftToPgDump() throws Exception {
        PlatformClock clock = TestDatabase.clockAt("2026-12-01T08:00:00Z");
        DataSource db = Transactions.joining(TestDatabase.postgres());
        PlatformStorage storage = new PlatformBackupTest.Storage(db, DatabaseKind.POSTGRESQL);
        AuditLog audit = AuditLogImpl.over(db, clock);
        for (int i = 0; i < 7; i++) {
            audit.appendChange(
                    "secretariat", "member.update", "organisation", Integer.toString(i), null, Map.of("n", i));
        }
        PlatformBackupImpl backups =
                new PlatformBackupImpl(storage, clock, audit, PlatformBackupTest.folder(dir.toString()));

        Consistency c = backups.check();

        assertThat(c.auditIntact()).isTrue();
        assertThat(c.auditEntries()).isEqualTo(7);
        assertThat(c.auditHead()).hasSize(64);
        assertThat(c.rows()).containsEntry("core_audit", 7L).containsKey("core_user");
        assertThatThrownBy(() -> backups.backup(PlatformBackupTest.ADMIN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pg_dump");
        assertThat(dir).isEmptyDirectory();
    }
}
