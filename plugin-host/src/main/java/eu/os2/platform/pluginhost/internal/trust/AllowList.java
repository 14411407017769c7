package eu.os2.platform.pluginhost.internal.trust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The allow-list file: one line per jar, {@code <symbolic name> <sha-256 hex of the jar>}; blank
 * lines and everything after {@code #} are ignored. Read again when the file changes.
 */
public final class AllowList {

    private static final Logger LOG = LoggerFactory.getLogger(AllowList.class);

    private final Path file;
    private long readModified = Long.MIN_VALUE;
    private Set<String> entries = Set.of();

    /** @param file the allow-list file; a missing file allows nothing */
    public AllowList(Path file) {
        this.file = file;
    }

    /**
     * @param symbolicName a bundle's symbolic name
     * @param sha256 the SHA-256 of its jar, hex
     * @return whether the file lists exactly this jar
     */
    public synchronized boolean allows(String symbolicName, String sha256) {
        long modified = modified();
        if (modified != readModified) {
            entries = read();
            readModified = modified;
        }
        return entries.contains(entry(symbolicName, sha256));
    }

    /** @return the line that allows a jar */
    public static String entry(String symbolicName, String sha256) {
        return symbolicName + " " + sha256.toLowerCase(Locale.ROOT);
    }

    /** @return a stamp of the file's state (time and size; -1 without the file) that changes when the file does */
    long modified() {
        try {
            // the size as well: a rewrite within the file system's time resolution still counts
            return Files.isRegularFile(file) ? Files.getLastModifiedTime(file).toMillis() * 31 + Files.size(file) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private Set<String> read() {
        if (!Files.isRegularFile(file)) {
            return Set.of();
        }
        try {
            Set<String> found = new HashSet<>();
            int lineNumber = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lineNumber++;
                int comment = line.indexOf('#');
                String text = (comment >= 0 ? line.substring(0, comment) : line).strip();
                if (text.isEmpty()) {
                    continue;
                }
                String[] parts = text.split("\\s+");
                if (parts.length != 2 || !parts[1].matches("(?i)[0-9a-f]{64}")) {
                    LOG.warn("{} line {} is not '<symbolic name> <sha-256>': {}", file, lineNumber, text);
                    continue;
                }
                found.add(entry(parts[0], parts[1]));
            }
            return Set.copyOf(found);
        } catch (IOException e) {
            LOG.error("The plugin allow-list {} cannot be read: {}", file, e.getMessage());
            return Set.of();
        }
    }
}
