package eu.os2.platform.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/** Small plugin jars the partner plugin tests upload: built here, or the example with another version. */
final class PluginJars {

    private PluginJars() {}

    /** @return the SHA-256 of a jar, lower-case hex, as the allow-list and the gate's notices write it */
    static String sha256(byte[] jar) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(jar));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a jar's line to an allow-list file, as an administrator does before deploying it. */
    static void allowList(java.nio.file.Path file, String symbolicName, byte[] jar) throws IOException {
        java.nio.file.Files.writeString(
                file,
                symbolicName + " " + sha256(jar) + "\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /**
     * @param symbolicName the Bundle-SymbolicName
     * @param pluginId the OS2-Plugin header, none when null
     * @param coreApi the OS2-Core-API range, none when null
     * @return a bundle at version 1.0.0 holding one text file
     */
    static byte[] bundle(String symbolicName, String pluginId, String coreApi) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Name", "Example " + symbolicName.substring(symbolicName.lastIndexOf('.') + 1));
        main.putValue("Bundle-Vendor", "Example Kommune");
        if (pluginId != null) {
            main.putValue("OS2-Plugin", pluginId);
        }
        if (coreApi != null) {
            main.putValue("OS2-Core-API", coreApi);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            out.putNextEntry(new ZipEntry("static/readme.txt"));
            out.write("an example".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** @return the jar with another Bundle-Version, every entry as it was */
    static byte[] withVersion(byte[] jar, String version) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().putValue("Bundle-Version", version);
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(out);
                }
            }
        }
        return bytes.toByteArray();
    }
}
