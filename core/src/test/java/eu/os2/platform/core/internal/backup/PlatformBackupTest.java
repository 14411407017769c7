package eu.os2.platform.core.internal.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.backup.BackupFile;
import eu.os2.platform.api.backup.Consistency;
import eu.os2.platform.api.storage.DatabaseKind;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.storage.Transactions;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.core.internal.TestDatabase;
import eu.os2.platform.core.internal.audit.AuditLogImpl;
import eu.os2.platform.core.internal.storage.CoreSchema;
import eu.os2.platform.testing.TestDatabases;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Restore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

class PlatformBackupTest {

    static final PlatformUser ADMIN = new PlatformUser(1, "admin", "Admin", Set.of(Role.ADMIN), null);

    @TempDir
    Path dir;

    private final PlatformClock clock = TestDatabase.clockAt("2026-12-01T08:00:00Z");
    private PlatformStorage storage;
    private AuditLog audit;
    private PlatformBackupImpl backups;

    @BeforeEach
    void platformWithSomeHistory() throws Exception {
        storage = new Storage(
                Transactions.joining(TestDatabases.migrate(h2(dir.resolve("live")), CoreSchema.CHANGELOG)),
                DatabaseKind.H2);
        audit = AuditLogImpl.over(storage.dataSource(), clock);
        for (int i = 0; i < 25; i++) {
            audit.appendChange(
                    "secretariat", "member.update", "organisation", Integer.toString(i), null, Map.of("n", i));
        }
        backups = new PlatformBackupImpl(
                storage, clock, audit, folder(dir.resolve("backups").toString()));
    }

    @Test
    void aBackupRestoredIntoAFreshFolderHoldsTheSameAuditChainAndRows() throws Exception {
        Consistency before = backups.check();

        BackupFile file = backups.backup(ADMIN);

        assertThat(file.consistency()).isEqualTo(before);
        assertThat(before.auditIntact()).isTrue();
        assertThat(before.auditEntries()).isEqualTo(25);
        assertThat(before.rows()).containsEntry("core_audit", 25L).containsKey("core_user");
        Path zip = Path.of(file.path());
        assertThat(zip.getParent()).isEqualTo(dir.resolve("backups"));
        assertThat(zip.getFileName().toString()).isEqualTo("os2-backup-20261201-080000.zip");
        assertThat(file.bytes()).isEqualTo(Files.size(zip));
        assertThat(file.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(zip))));
        // the backup itself was audited, after the copy
        assertThat(audit.recent("backup", zip.getFileName().toString(), 1)).hasSize(1);
        assertThat(backups.check().auditEntries()).isEqualTo(26);

        // restore as the admin guide says: unpack into an empty folder and start on it
        Path restored = dir.resolve("restored");
        Restore.execute(zip.toString(), restored.toString(), null);
        Consistency after = new BackupStore(h2(restored))
                .consistency(AuditLogImpl.over(h2(restored), clock).verify());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void twoBackupsInOneSecondGetTwoFiles() {
        BackupFile first = backups.backup(ADMIN);
        BackupFile second = backups.backup(ADMIN);
        assertThat(second.path()).endsWith("os2-backup-20261201-080000-2.zip");
        assertThat(first.path()).isNotEqualTo(second.path());
    }

    @Test
    void aChangedAuditEntryShowsInTheConsistency() throws Exception {
        try (Connection c = storage.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE core_audit SET actor = 'someone else' WHERE sequence = 3");
        }
        Consistency broken = backups.check();
        assertThat(broken.auditIntact()).isFalse();
        // the backup still copies what there is, and says that its chain is broken
        assertThat(backups.backup(ADMIN).consistency().auditIntact()).isFalse();
    }

    @Test
    void aFolderThatCannotBeWrittenIsSaidAndLeavesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        PlatformBackupImpl refused = new PlatformBackupImpl(storage, clock, audit, folder(file.toString()));
        assertThatThrownBy(() -> refused.backup(ADMIN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot write the backup");
        assertThat(backups.check().auditEntries()).isEqualTo(25);
    }

    /** An H2 file database named {@code platform} in the folder, as the distribution's. */
    static JdbcDataSource h2(Path folder) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:" + folder.resolve("platform") + ";WRITE_DELAY=0");
        h2.setUser("os2");
        return h2;
    }

    /** The platform's storage on a database whose schema is in place. */
    record Storage(DataSource dataSource, DatabaseKind kind) implements PlatformStorage {
        @Override
        public void migrate(Bundle bundle, String changelogPath) {
            throw new UnsupportedOperationException();
        }
    }

    static BackupConfig folder(String folder) {
        return new BackupConfig() {
            @Override
            public String folder() {
                return folder;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return BackupConfig.class;
            }
        };
    }
}
