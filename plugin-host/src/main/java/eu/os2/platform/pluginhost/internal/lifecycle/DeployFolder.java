package eu.os2.platform.pluginhost.internal.lifecycle;

import java.io.IOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The {@code deploy/} folder Karaf's file install watches, and the jar file a bundle was installed
 * from. A jar is put into {@code deploy/} in one step (written elsewhere, then moved), so file
 * install never reads half a jar.
 */
public final class DeployFolder {

    private final Path folder;

    /** @param folder the folder file install watches */
    public DeployFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** @return the deploy folder of the running Karaf ({@code ${karaf.base}/deploy}) */
    public static DeployFolder of(BundleContext context) {
        String base = context.getProperty("karaf.base");
        return new DeployFolder(Path.of(base == null ? "." : base, "deploy"));
    }

    /** @return the folder */
    public Path folder() {
        return folder;
    }

    /**
     * @param bundle a bundle
     * @return the file its location names, when it was installed from a {@code file:} URL and the file exists
     */
    public static Optional<Path> jarOf(Bundle bundle) {
        String location = bundle.getLocation();
        if (location == null || !location.startsWith("file:")) {
            return Optional.empty();
        }
        Path path;
        try {
            path = Path.of(URI.create(location.replace(" ", "%20")));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            path = Path.of(location.substring("file:".length()));
        }
        return Files.isRegularFile(path) ? Optional.of(path.toAbsolutePath().normalize()) : Optional.empty();
    }

    /** @return whether the file lies in the deploy folder */
    public boolean contains(Path file) {
        return file.toAbsolutePath().normalize().startsWith(folder);
    }

    /**
     * Puts content into the deploy folder (or replaces a file there) in one step.
     *
     * @param target the file in the deploy folder
     * @param content where the new content is now; copied, not moved
     * @param scratch a folder on the same file system for the copy to be moved
     */
    public static void replace(Path target, Path content, Path scratch) throws IOException {
        Files.createDirectories(scratch);
        Path temporary = Files.createTempFile(scratch, "deploy-", ".part");
        try {
            Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Writes bytes into the deploy folder in one step.
     *
     * @param target the file in the deploy folder
     * @param bytes the content
     * @param scratch a folder on the same file system for the copy to be moved
     */
    public static void write(Path target, byte[] bytes, Path scratch) throws IOException {
        Files.createDirectories(scratch);
        Path temporary = Files.createTempFile(scratch, "upload-", ".part");
        try {
            Files.write(temporary, bytes);
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * @param jar a jar file
     * @return its manifest; empty when it has none or cannot be read
     */
    public static Optional<Manifest> manifest(Path jar) {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            return Optional.ofNullable(file.getManifest());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
