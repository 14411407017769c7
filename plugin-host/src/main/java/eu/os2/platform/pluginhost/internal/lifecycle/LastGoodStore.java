package eu.os2.platform.pluginhost.internal.lifecycle;

import eu.os2.platform.api.plugin.PluginNotice;
import eu.os2.platform.pluginhost.internal.trust.TrustCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per partner plugin, under {@code ${karaf.data}/os2-plugins/<symbolic name>/}: the last jar that
 * ran well ({@code last-good.jar} and its version), the jars of failed updates, and the notice of
 * the last roll-back, which survives a restart until the next successful update.
 */
@Component(service = LastGoodStore.class)
public class LastGoodStore {

    private static final Logger LOG = LoggerFactory.getLogger(LastGoodStore.class);
    private static final String LAST_GOOD = "last-good.jar";
    private static final String LAST_GOOD_INFO = "last-good.properties";
    private static final String NOTICE = "notice.properties";

    /**
     * A kept jar.
     *
     * @param version its bundle version
     * @param sha256 its SHA-256, hex
     * @param jar where it is kept
     */
    public record LastGood(String version, String sha256, Path jar) {}

    private record KeptNotice(PluginNotice notice, String goodSha256) {}

    private final Path root;
    private final Map<String, KeptNotice> notices = new ConcurrentHashMap<>();

    @Activate
    public LastGoodStore(BundleContext context) {
        this(Path.of(dataFolder(context), "os2-plugins"));
    }

    /** @param root the folder that holds one folder per plugin */
    public LastGoodStore(Path root) {
        this.root = root;
        loadNotices();
    }

    private static String dataFolder(BundleContext context) {
        String data = context.getProperty("karaf.data");
        return data == null ? "data" : data;
    }

    /** @return a folder for temporary files on the same file system as the kept jars */
    public Path scratch() {
        return root.resolve(".scratch");
    }

    /**
     * @param symbolicName a plugin's symbolic name
     * @return its last good jar, when one was kept
     */
    public Optional<LastGood> lastGood(String symbolicName) {
        Path folder = folder(symbolicName);
        Properties info = read(folder.resolve(LAST_GOOD_INFO));
        Path jar = folder.resolve(LAST_GOOD);
        if (info.isEmpty() || !Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        return Optional.of(new LastGood(info.getProperty("version"), info.getProperty("sha256"), jar));
    }

    /**
     * Keeps a jar that runs well as the plugin's last good one. A roll-back notice stays until a
     * jar other than the one it rolled back to runs well: the next successful update.
     *
     * @param symbolicName the plugin's symbolic name
     * @param version the jar's bundle version
     * @param jar the jar
     * @return whether it is another jar than the one kept before
     */
    public synchronized boolean keep(String symbolicName, String version, Path jar) {
        String sha = TrustCheck.sha256(jar);
        KeptNotice notice = notices.get(symbolicName);
        if (notice != null && !notice.goodSha256().equals(sha)) {
            clearNotice(symbolicName);
        }
        Optional<LastGood> before = lastGood(symbolicName);
        if (before.isPresent() && before.get().sha256().equals(sha)) {
            return false;
        }
        Path folder = folder(symbolicName);
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "last-good-", ".part");
            Files.copy(jar, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, folder.resolve(LAST_GOOD), StandardCopyOption.REPLACE_EXISTING);
            Properties info = new Properties();
            info.setProperty("version", version);
            info.setProperty("sha256", sha);
            write(folder.resolve(LAST_GOOD_INFO), info);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the last good jar of " + symbolicName, e);
        }
        LOG.info("Kept {} {} as its last good version", symbolicName, version);
        return true;
    }

    /**
     * @param symbolicName a plugin's symbolic name
     * @param version the version of its failed jar
     * @return where the failed jar is kept
     */
    public Path failedJar(String symbolicName, String version) {
        return folder(symbolicName).resolve("failed-" + safe(version) + ".jar");
    }

    /**
     * Records what happened at a roll-back, kept until the next successful update.
     *
     * @param symbolicName the plugin's symbolic name
     * @param notice what to tell the admin
     * @param goodSha256 the SHA-256 of the jar rolled back to
     */
    public void recordRollBack(String symbolicName, PluginNotice notice, String goodSha256) {
        Properties saved = new Properties();
        saved.setProperty("code", notice.code());
        saved.setProperty("da", notice.da());
        saved.setProperty("en", notice.en());
        saved.setProperty("goodSha256", goodSha256);
        try {
            Files.createDirectories(folder(symbolicName));
            saved.setProperty("symbolicName", symbolicName);
            write(folder(symbolicName).resolve(NOTICE), saved);
        } catch (IOException e) {
            LOG.error("The roll-back notice of {} cannot be saved: {}", symbolicName, e.getMessage());
        }
        notices.put(symbolicName, new KeptNotice(notice, goodSha256));
    }

    /**
     * @param symbolicName a plugin's symbolic name
     * @return the notice of its last roll-back, until the next successful update
     */
    public Optional<PluginNotice> notice(String symbolicName) {
        KeptNotice kept = notices.get(symbolicName);
        return kept == null ? Optional.empty() : Optional.of(kept.notice());
    }

    /** Forgets everything about a plugin: it was uninstalled. */
    public synchronized void forget(String symbolicName) {
        notices.remove(symbolicName);
        Path folder = folder(symbolicName);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("Cannot delete {}: {}", folder, e.getMessage());
        }
    }

    private void clearNotice(String symbolicName) {
        notices.remove(symbolicName);
        try {
            Files.deleteIfExists(folder(symbolicName).resolve(NOTICE));
        } catch (IOException e) {
            LOG.warn("Cannot delete the roll-back notice of {}: {}", symbolicName, e.getMessage());
        }
    }

    private void loadNotices() {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root)) {
            for (Path folder : folders) {
                Properties saved = read(folder.resolve(NOTICE));
                String name = saved.getProperty("symbolicName");
                if (name != null) {
                    notices.put(
                            name,
                            new KeptNotice(
                                    new PluginNotice(
                                            saved.getProperty("code", "rolled-back"),
                                            false,
                                            saved.getProperty("da", ""),
                                            saved.getProperty("en", "")),
                                    saved.getProperty("goodSha256", "")));
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot read the roll-back notices in {}: {}", root, e.getMessage());
        }
    }

    private Path folder(String symbolicName) {
        return root.resolve(safe(symbolicName));
    }

    private static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.startsWith(".") ? "_" + cleaned : cleaned;
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                LOG.warn("Cannot read {}: {}", file, e.getMessage());
            }
        }
        return properties;
    }

    private static void write(Path file, Properties properties) throws IOException {
        Path temporary =
                Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            properties.store(out, null);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
