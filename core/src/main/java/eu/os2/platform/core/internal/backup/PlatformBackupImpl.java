package eu.os2.platform.core.internal.backup;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.backup.BackupFile;
import eu.os2.platform.api.backup.Consistency;
import eu.os2.platform.api.backup.PlatformBackup;
import eu.os2.platform.api.storage.DatabaseKind;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups of the embedded H2 database with H2's {@code BACKUP TO}: a consistent copy of
 * what is committed, taken while the platform runs. The database's consistency is read just before
 * and just after the copy; when the two agree, nothing was changed meanwhile and the copy holds
 * exactly that, which the answer gives. When they differ (a change came in between) the copy is
 * taken again, at most {@value #ATTEMPTS} times.
 */
@Component(service = PlatformBackup.class, configurationPid = BackupConfig.PID)
@Designate(ocd = BackupConfig.class)
public class PlatformBackupImpl implements PlatformBackup {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformBackupImpl.class);
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    static final int ATTEMPTS = 5;

    private final PlatformStorage storage;
    private final PlatformClock clock;
    private final AuditLog audit;
    private final BackupStore store;
    private final ReentrantLock writing = new ReentrantLock();
    private volatile Path folder;

    @Activate
    public PlatformBackupImpl(
            @Reference PlatformStorage storage,
            @Reference PlatformClock clock,
            @Reference AuditLog audit,
            BackupConfig config) {
        this.storage = storage;
        this.clock = clock;
        this.audit = audit;
        this.store = new BackupStore(storage.dataSource());
        modified(config);
    }

    @Modified
    void modified(BackupConfig config) {
        folder = config.folder().isBlank()
                ? Path.of(System.getProperty("karaf.data", "data"), "backups")
                : Path.of(config.folder().strip());
    }

    @Override
    public BackupFile backup(PlatformUser actor) {
        if (storage.kind() != DatabaseKind.H2) {
            throw new IllegalStateException("the platform runs on PostgreSQL: back it up with pg_dump"
                    + " (docs/admin-guide.md, Backup and restore), then compare os2:consistency before and after");
        }
        writing.lock();
        try {
            Instant taken = clock.now();
            Path file = freeName(taken);
            Consistency consistency = null;
            for (int attempt = 1; consistency == null; attempt++) {
                Consistency before = check();
                Files.deleteIfExists(file);
                store.copyTo(file);
                Consistency after = check();
                if (before.equals(after)) {
                    consistency = after;
                } else if (attempt == ATTEMPTS) {
                    Files.deleteIfExists(file);
                    throw new IllegalStateException("the database changed during each of " + ATTEMPTS
                            + " backups: try again when the platform is quieter");
                }
            }
            BackupFile result = new BackupFile(
                    file.toAbsolutePath().toString(), Files.size(file), sha256(file), taken, consistency);
            audit.appendChange(
                    actor.username(),
                    "platform.backup",
                    "backup",
                    file.getFileName().toString(),
                    null,
                    Map.of(
                            "bytes",
                            result.bytes(),
                            "sha256",
                            result.sha256(),
                            "auditEntries",
                            consistency.auditEntries()));
            LOG.info(
                    "Backup {} written by {}: {} bytes, {} audit entries, audit chain {}",
                    file,
                    actor.username(),
                    result.bytes(),
                    consistency.auditEntries(),
                    consistency.auditIntact() ? "intact" : "BROKEN");
            return result;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the backup into " + folder + ": " + e.getMessage(), e);
        } finally {
            writing.unlock();
        }
    }

    @Override
    public Consistency check() {
        return store.consistency(audit.verify());
    }

    private Path freeName(Instant taken) throws IOException {
        Files.createDirectories(folder);
        String stem = "os2-backup-" + FILE_TIME.format(taken);
        Path file = folder.resolve(stem + ".zip");
        for (int i = 2; Files.exists(file); i++) {
            file = folder.resolve(stem + "-" + i + ".zip");
        }
        return file;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
