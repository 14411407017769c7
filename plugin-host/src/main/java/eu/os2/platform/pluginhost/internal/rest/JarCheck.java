package eu.os2.platform.pluginhost.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What the upload endpoint checks before it hands a jar on: a plain file name, a size within the
 * limit and a zip archive with a readable manifest. Whether the jar is a partner plugin, fits the
 * platform and is trusted is the gate's decision, the same as for a jar dropped into deploy/.
 */
final class JarCheck {

    /** The largest jar the endpoint takes (the platform's request limit may be lower). */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    /** A file name, not a path: letters, digits, '.', '_' and '-', ending in .jar. */
    static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,150}\\.jar");

    /** The most of a manifest that is read; a real one is a few KiB. */
    private static final int MAX_MANIFEST_BYTES = 1024 * 1024;

    private JarCheck() {}

    /** @return the problem code of a file name: {@code required}, {@code invalid}, or null when it will do */
    static String fileNameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "required";
        }
        return FILE_NAME.matcher(name).matches() ? null : "invalid";
    }

    /**
     * Reads the whole body, at most {@link #MAX_BYTES}.
     *
     * @return the bytes, or null when the body is larger
     */
    static byte[] read(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            return bytes.length > MAX_BYTES ? null : bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return whether the bytes are a zip archive with a readable {@code META-INF/MANIFEST.MF}; only
     *     the archive's directory and the manifest are read, never the other entries
     */
    static boolean isJar(byte[] bytes) {
        if (bytes.length < 22 || bytes[0] != 'P' || bytes[1] != 'K') {
            return false;
        }
        Path file = null;
        try {
            file = Files.createTempFile("os2-plugin-upload", ".jar");
            Files.write(file, bytes);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry entry = zip.getEntry("META-INF/MANIFEST.MF");
                if (entry == null || entry.isDirectory()) {
                    return false;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] text = in.readNBytes(MAX_MANIFEST_BYTES + 1);
                    if (text.length > MAX_MANIFEST_BYTES) {
                        return false;
                    }
                    new Manifest(new java.io.ByteArrayInputStream(text));
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file the system cleans up
                }
            }
        }
    }
}
