package eu.os2.platform.api.backup;

import java.time.Instant;

/**
 * A backup written by {@link PlatformBackup#backup}.
 *
 * @param path where the file is, on the platform's machine
 * @param bytes its size
 * @param sha256 its SHA-256 checksum, hexadecimal, to check a copy of it
 * @param taken when it was written
 * @param consistency what the copy holds, read from the file itself
 * @since 0.1.0
 */
public record BackupFile(String path, long bytes, String sha256, Instant taken, Consistency consistency) {}
