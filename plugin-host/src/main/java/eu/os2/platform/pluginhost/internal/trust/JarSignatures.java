package eu.os2.platform.pluginhost.internal.trust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

/**
 * Reads a jar's signature the way {@code jarsigner -verify} does: every entry is read in full (which
 * checks its digest against the signed manifest), and every entry but the manifest and the
 * signature files themselves must carry the same signer.
 */
public final class JarSignatures {

    /** The entries jarsigner does not sign: the manifest and the signature block files. */
    private static final Pattern SIGNATURE_FILE =
            Pattern.compile("META-INF/(MANIFEST\\.MF|[^/]+\\.(SF|RSA|DSA|EC)|SIG-[^/]+)", Pattern.CASE_INSENSITIVE);

    /**
     * What a jar's signature says.
     *
     * @param signed whether every entry but the manifest and signature files is signed by one and the same signer
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
                if (entry.isDirectory()
                        || SIGNATURE_FILE.matcher(entry.getName()).matches()) {
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
     * @param chain a signer's chain as the jar carries it, signer first
     * @param trusted the trusted certificates
     * @return the trusted certificate that vouches for the signer — the signer's own certificate, or
     *     the anchor of a chain that validates (PKIX: each certificate signed by the next, valid now,
     *     issued by a CA) up to a trusted certificate; null when there is none. The certificates the
     *     jar carries are only a proposal: a certificate that merely names a trusted issuer counts
     *     for nothing.
     */
    public static X509Certificate anchor(List<X509Certificate> chain, List<X509Certificate> trusted) {
        if (chain.isEmpty() || trusted.isEmpty()) {
            return null;
        }
        if (trusted.contains(chain.get(0))) {
            return chain.get(0);
        }
        List<X509Certificate> path = new ArrayList<>(chain);
        while (path.size() > 1 && trusted.contains(path.get(path.size() - 1))) {
            path.remove(path.size() - 1); // the anchor itself is not part of the path PKIX checks
        }
        try {
            Set<TrustAnchor> anchors = new HashSet<>();
            for (X509Certificate cert : trusted) {
                anchors.add(new TrustAnchor(cert, null));
            }
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            PKIXCertPathValidatorResult result = (PKIXCertPathValidatorResult)
                    CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
            return result.getTrustAnchor().getTrustedCert();
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    private static Signature unsigned(String reason) {
        return new Signature(false, List.of(), reason);
    }
}
