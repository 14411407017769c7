package eu.os2.platform.pluginhost.internal.trust;

import eu.os2.platform.api.plugin.PluginNotice;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/**
 * Whether a partner jar is trusted: signed by a signer the truststore trusts, or listed in the
 * allow-list with its SHA-256; and what the trust mode makes of a jar that is neither.
 */
public final class TrustCheck {

    /** The notice code of an untrusted jar. */
    public static final String UNTRUSTED = "untrusted";

    /**
     * The outcome for one jar.
     *
     * @param trust signed | allow-listed | unverified | refused | off
     * @param detail the signer's DN, the allow-list entry or why it is not trusted
     * @param sha256 the jar's SHA-256 (hex); empty when there is no jar file
     * @param notice what to tell the admin; null when the jar is trusted or the check is off
     */
    public record Verdict(String trust, String detail, String sha256, PluginNotice notice) {
        /** @return whether the jar may not resolve */
        public boolean refused() {
            return notice != null && notice.blocking();
        }
    }

    private final TrustMode mode;
    private final Truststore truststore;
    private final AllowList allowList;
    private final Path allowListFile;

    /**
     * @param mode the trust mode
     * @param truststore the trusted signers
     * @param allowListFile the allow-list file
     */
    public TrustCheck(TrustMode mode, Truststore truststore, Path allowListFile) {
        this.mode = mode;
        this.truststore = truststore;
        this.allowList = new AllowList(allowListFile);
        this.allowListFile = allowListFile;
    }

    /**
     * @return a stamp of the allow-list's and the truststore's files that changes when either does:
     *     a verdict reached under another stamp is out of date
     */
    public long rules() {
        return allowList.modified() * 31 + truststore.modified();
    }

    /** @return the mode this check applies */
    public TrustMode mode() {
        return mode;
    }

    /**
     * @param symbolicName the bundle's symbolic name
     * @param jar the jar file; null when the bundle was not installed from a file
     * @return the verdict
     */
    public Verdict check(String symbolicName, Path jar) {
        if (mode == TrustMode.OFF) {
            return new Verdict("off", "trust.mode = off", jar == null ? "" : sha256(jar), null);
        }
        if (jar == null || !Files.isRegularFile(jar)) {
            return untrusted(symbolicName, "", "the bundle was not installed from a jar file");
        }
        String sha = sha256(jar);
        JarSignatures.Signature signature = JarSignatures.read(jar);
        String reason;
        if (signature.signed()) {
            X509Certificate anchor = JarSignatures.anchor(signature.chain(), truststore.certificates());
            if (anchor != null) {
                return new Verdict(
                        "signed",
                        signature.chain().get(0).getSubjectX500Principal().getName(),
                        sha,
                        null);
            }
            reason = "signed by "
                    + signature.chain().get(0).getSubjectX500Principal().getName()
                    + ", whom the truststore does not trust";
        } else {
            reason = signature.reason();
        }
        if (allowList.allows(symbolicName, sha)) {
            return new Verdict("allow-listed", AllowList.entry(symbolicName, sha), sha, null);
        }
        return untrusted(symbolicName, sha, reason);
    }

    private Verdict untrusted(String symbolicName, String sha, String reason) {
        boolean enforce = mode == TrustMode.ENFORCE;
        String file = allowListFile.getFileName().toString();
        String add =
                sha.isEmpty() ? "" : " Add \"" + AllowList.entry(symbolicName, sha) + "\" to " + file + " to allow it.";
        String addDa = sha.isEmpty()
                ? ""
                : " Tilføj \"" + AllowList.entry(symbolicName, sha) + "\" til " + file + " for at tillade den.";
        String en = "Neither a trusted signature nor an allow-list entry (" + reason + "). SHA-256 "
                + (sha.isEmpty() ? "unknown" : sha) + "." + add;
        String da = "Hverken en betroet signatur eller en linje i tilladelseslisten. SHA-256 "
                + (sha.isEmpty() ? "ukendt" : sha) + "." + addDa;
        return new Verdict(
                enforce ? "refused" : "unverified", reason, sha, new PluginNotice(UNTRUSTED, enforce, da, en));
    }

    /**
     * @param bytes some bytes, e.g. an uploaded jar
     * @return their SHA-256, lower-case hex
     */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param file a file
     * @return its SHA-256, lower-case hex
     */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[16384];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return "";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
