package eu.os2.platform.pluginhost.internal.trust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The certificates of trusted plugin signers, from a PKCS12 file (as {@code keytool -importcert}
 * writes it). Read again when the file changes; a missing file trusts no one.
 */
public final class Truststore {

    private static final Logger LOG = LoggerFactory.getLogger(Truststore.class);

    private final Path file;
    private final char[] password;
    private long readModified = Long.MIN_VALUE;
    private List<X509Certificate> certificates = List.of();

    /**
     * @param file the PKCS12 file
     * @param password its password; empty when it has none
     */
    public Truststore(Path file, String password) {
        this.file = file;
        this.password = password == null ? new char[0] : password.toCharArray();
    }

    /** @return the trusted certificates as the file holds them now */
    public synchronized List<X509Certificate> certificates() {
        long modified = modified();
        if (modified != readModified) {
            certificates = read();
            readModified = modified;
        }
        return certificates;
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

    private List<X509Certificate> read() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.length == 0 ? null : password);
            List<X509Certificate> found = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                Certificate cert = store.getCertificate(alias);
                if (cert instanceof X509Certificate x509) {
                    found.add(x509);
                }
            }
            if (found.isEmpty()) {
                // keytool encrypts the certificates of a PKCS12 file with its password: without it none can be read
                LOG.warn(
                        "The plugin truststore {} holds no certificate that can be read; is trust.truststorePassword set to its password?",
                        file);
            } else {
                LOG.info("{} trusted plugin signer certificates in {}", found.size(), file);
            }
            return List.copyOf(found);
        } catch (IOException | GeneralSecurityException e) {
            LOG.error("The plugin truststore {} cannot be read: {}", file, e.getMessage());
            return List.of();
        }
    }
}
