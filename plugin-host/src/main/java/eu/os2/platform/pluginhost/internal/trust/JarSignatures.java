package eu.os2.platform.pluginhost.internal.trust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Reads a jar's signature the way {@code jarsigner -verify} does: every entry is read in full (which
 * checks its digest against the signed manifest), and every entry outside {@code META-INF/} must
 * carry the same signer.
 */
public final class JarSignatures {

    /**
     * What a jar's signature says.
     *
     * @param signed whether every entry outside META-INF/ is signed by one and the same signer
     * @param chain the signer's certificate chain, signer first; empty when not signed
     * @param reason why the jar does not count as signed; empty when signed
     */
    public record Signature(boolean signed, List<X509Certificate> chain, String reason) {}

    private JarSignatures() {}

    /**
     * @param jar a jar file
     * @return its signature, or why it has none that counts
     */
    public static Signature read(Path jar) {
        CodeSigner[] common = null;
        int signedEntries = 0;
        byte[] buffer = new byte[16384];
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                try (InputStream in = file.getInputStream(entry)) {
                    while (in.read(buffer) >= 0) {
                        // reading to the end verifies the entry's digest
                    }
                }
                if (entry.isDirectory() || entry.getName().startsWith("META-INF/")) {
                    continue;
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    return unsigned("entry " + entry.getName() + " is not signed");
                }
                if (common == null) {
                    common = signers;
                } else if (!Arrays.equals(common, signers)) {
                    return unsigned("entry " + entry.getName() + " is signed by another signer");
                }
                signedEntries++;
            }
        } catch (SecurityException e) {
            return unsigned("the signature does not match the content: " + e.getMessage());
        } catch (IOException e) {
            return unsigned("the jar cannot be read: " + e.getMessage());
        }
        if (signedEntries == 0 || common == null) {
            return unsigned("the jar is not signed");
        }
        List<X509Certificate> chain = common[0].getSignerCertPath().getCertificates().stream()
                .filter(X509Certificate.class::isInstance)
                .map(X509Certificate.class::cast)
                .toList();
        return chain.isEmpty() ? unsigned("the signer has no X.509 certificate") : new Signature(true, chain, "");
    }

    /**
     * @param chain a signer's chain, signer first
     * @param trusted the trusted certificates
     * @return the trusted certificate in the chain, or the trusted one that issued the chain's last
     *     certificate; null when there is none
     */
    public static X509Certificate anchor(List<X509Certificate> chain, List<X509Certificate> trusted) {
        for (X509Certificate cert : chain) {
            if (trusted.contains(cert)) {
                return cert;
            }
        }
        X509Certificate last = chain.get(chain.size() - 1);
        for (X509Certificate anchor : trusted) {
            if (anchor.getSubjectX500Principal().equals(last.getIssuerX500Principal()) && issued(anchor, last)) {
                return anchor;
            }
        }
        return null;
    }

    private static boolean issued(Certificate issuer, X509Certificate cert) {
        try {
            cert.verify(issuer.getPublicKey());
            return true;
        } catch (java.security.GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static Signature unsigned(String reason) {
        return new Signature(false, List.of(), reason);
    }
}
