package eu.os2.platform.pluginhost.internal.trust;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Test jars, key pairs and signatures made with the JDK's own keytool and jarsigner. */
public final class Jars {

    static final String PASSWORD = "test-password";

    private Jars() {}

    /** @return a jar with a manifest of the given headers and the given entries */
    public static Path jar(Path file, Map<String, String> headers, Map<String, String> entries) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach(main::putValue);
        try (OutputStream out = Files.newOutputStream(file);
                JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return file;
    }

    /** Generates a key pair with a self-signed certificate into a PKCS12 keystore. */
    static Path keyPair(Path folder, String alias, String dn) throws Exception {
        Path keystore = folder.resolve(alias + ".p12");
        run(
                "keytool",
                "-genkeypair",
                "-alias",
                alias,
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-sigalg",
                "SHA256withECDSA",
                "-dname",
                dn,
                "-validity",
                "30",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                PASSWORD,
                "-keypass",
                PASSWORD);
        return keystore;
    }

    /** Exports a key pair's certificate into a (new or existing) PKCS12 truststore. */
    static void trust(Path keystore, String alias, Path truststore) throws Exception {
        Path cert = keystore.resolveSibling(alias + ".cer");
        run(
                "keytool",
                "-exportcert",
                "-alias",
                alias,
                "-keystore",
                keystore.toString(),
                "-storepass",
                PASSWORD,
                "-file",
                cert.toString());
        run(
                "keytool",
                "-importcert",
                "-noprompt",
                "-alias",
                alias,
                "-file",
                cert.toString(),
                "-storetype",
                "PKCS12",
                "-keystore",
                truststore.toString(),
                "-storepass",
                PASSWORD);
    }

    /** Signs a jar in place with jarsigner. */
    static void sign(Path jar, Path keystore, String alias) throws Exception {
        run(
                "jarsigner",
                "-keystore",
                keystore.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                PASSWORD,
                jar.toString(),
                alias);
    }

    /**
     * Issues a certificate for {@code subject}'s key pair, signed by {@code issuer}'s key (keytool
     * -gencert), and returns it.
     */
    static java.security.cert.X509Certificate issue(Path issuer, String issuerAlias, Path subject, String subjectAlias)
            throws Exception {
        Path request = subject.resolveSibling(subjectAlias + ".csr");
        Path cert = subject.resolveSibling(subjectAlias + "-by-" + issuerAlias + ".cer");
        run(
                "keytool",
                "-certreq",
                "-alias",
                subjectAlias,
                "-keystore",
                subject.toString(),
                "-storepass",
                PASSWORD,
                "-file",
                request.toString());
        run(
                "keytool",
                "-gencert",
                "-alias",
                issuerAlias,
                "-keystore",
                issuer.toString(),
                "-storepass",
                PASSWORD,
                "-infile",
                request.toString(),
                "-outfile",
                cert.toString(),
                "-validity",
                "30");
        return certificate(cert);
    }

    /** @return the self-signed certificate of a key pair made by {@link #keyPair} */
    static java.security.cert.X509Certificate certificate(Path keystore, String alias) throws Exception {
        Path cert = keystore.resolveSibling(alias + "-self.cer");
        run(
                "keytool",
                "-exportcert",
                "-alias",
                alias,
                "-keystore",
                keystore.toString(),
                "-storepass",
                PASSWORD,
                "-file",
                cert.toString());
        return certificate(cert);
    }

    private static java.security.cert.X509Certificate certificate(Path file) throws Exception {
        try (var in = Files.newInputStream(file)) {
            return (java.security.cert.X509Certificate)
                    java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static void run(String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(command));
        Path javaHome = Path.of(System.getProperty("java.home"), "bin", command[0]);
        if (Files.isExecutable(javaHome)) {
            line.set(0, javaHome.toString());
        }
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", line) + " failed: " + output);
        }
    }
}
