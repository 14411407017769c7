package eu.os2.platform.api.backup;

import eu.os2.platform.api.user.PlatformUser;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Online backups of the embedded database and the platform's own consistency check. On
 * PostgreSQL the database is backed up with {@code pg_dump} (the admin guide gives the commands);
 * the check is the same on both.
 *
 * @since 0.1.0
 */
@ProviderType
public interface PlatformBackup {

    /**
     * Writes a consistent copy of the embedded database, while the platform runs, as a new file in
     * the backup folder, then opens that copy read-only and checks it. Audited.
     *
     * @param actor the administrator who asks for it
     * @return the file and the consistency of what it holds
     * @throws IllegalStateException if the platform runs on PostgreSQL (use {@code pg_dump}) or the
     *     file cannot be written
     */
    BackupFile backup(PlatformUser actor);

    /** @return the consistency of the database the platform runs on now */
    Consistency check();
}
