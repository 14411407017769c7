package eu.os2.platform.pluginhost.internal.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustCheckTest {

    private static final String NAME = "eu.example.partner.meetings";

    @TempDir
    static Path folder;

    static Path truststore;
    static Path trustedKeys;
    static Path strangerKeys;

    @BeforeAll
    static void keys() throws Exception {
        trustedKeys = Jars.keyPair(folder, "partner", "CN=Partner Kommune, O=Partner Kommune, C=DK");
        strangerKeys = Jars.keyPair(folder, "stranger", "CN=Stranger, O=Nobody, C=DK");
        truststore = folder.resolve("truststore.p12");
        Jars.trust(trustedKeys, "partner", truststore);
    }

    private static Path plainJar(String name) throws IOException {
        return Jars.jar(
                folder.resolve(name),
                Map.of("Bundle-SymbolicName", NAME, "Bundle-Version", "1.0.1"),
                Map.of("eu/example/Meetings.class", "not really a class", "static/page.js", "export {}"));
    }

    private static TrustCheck check(TrustMode mode, String allowList) throws IOException {
        Path list = Files.createTempFile(folder, "allow", ".txt");
        Files.writeString(list, allowList);
        return new TrustCheck(mode, new Truststore(truststore, Jars.PASSWORD), list);
    }

    @Test
    void aJarSignedByATrustedSignerIsSigned() throws Exception {
        Path jar = plainJar("trusted.jar");
        Jars.sign(jar, trustedKeys, "partner");

        TrustCheck.Verdict verdict = check(TrustMode.ENFORCE, "").check(NAME, jar);

        assertThat(verdict.trust()).isEqualTo("signed");
        assertThat(verdict.detail()).contains("CN=Partner Kommune");
        assertThat(verdict.notice()).isNull();
        assertThat(verdict.refused()).isFalse();
    }

    @Test
    void aJarSignedBySomeoneElseIsRefusedInEnforceMode() throws Exception {
        Path jar = plainJar("stranger.jar");
        Jars.sign(jar, strangerKeys, "stranger");

        TrustCheck.Verdict verdict = check(TrustMode.ENFORCE, "").check(NAME, jar);

        assertThat(verdict.trust()).isEqualTo("refused");
        assertThat(verdict.detail()).contains("CN=Stranger").contains("does not trust");
        assertThat(verdict.refused()).isTrue();
        assertThat(verdict.notice().code()).isEqualTo("untrusted");
        assertThat(verdict.notice().en())
                .contains("Neither a trusted signature nor an allow-list entry")
                .contains(TrustCheck.sha256(jar));
        assertThat(verdict.notice().da())
                .contains("Hverken en betroet signatur")
                .contains(TrustCheck.sha256(jar));
    }

    @Test
    void anUnsignedJarIsAdmittedWithANoticeInWarnMode() throws Exception {
        Path jar = plainJar("unsigned.jar");

        TrustCheck.Verdict verdict = check(TrustMode.WARN, "").check(NAME, jar);

        assertThat(verdict.trust()).isEqualTo("unverified");
        assertThat(verdict.refused()).isFalse();
        assertThat(verdict.notice().blocking()).isFalse();
        assertThat(verdict.notice().en()).contains(NAME + " " + TrustCheck.sha256(jar));
    }

    @Test
    void modeOffChecksNothing() throws Exception {
        TrustCheck.Verdict verdict = check(TrustMode.OFF, "").check(NAME, plainJar("off.jar"));

        assertThat(verdict.trust()).isEqualTo("off");
        assertThat(verdict.notice()).isNull();
    }

    @Test
    void aTamperedSignedJarIsNotSigned() throws Exception {
        Path jar = plainJar("tampered.jar");
        Jars.sign(jar, trustedKeys, "partner");
        Path tampered = rewrite(jar, "tampered-copy.jar", "eu/example/Meetings.class", "evil code", null);

        JarSignatures.Signature signature = JarSignatures.read(tampered);
        TrustCheck.Verdict verdict = check(TrustMode.ENFORCE, "").check(NAME, tampered);

        assertThat(signature.signed()).isFalse();
        assertThat(signature.reason()).contains("does not match");
        assertThat(verdict.trust()).isEqualTo("refused");
    }

    @Test
    void aSignedJarWithAnAddedUnsignedEntryIsNotSigned() throws Exception {
        Path jar = plainJar("partial.jar");
        Jars.sign(jar, trustedKeys, "partner");
        Path partial = rewrite(jar, "partial-copy.jar", null, null, "eu/example/Extra.class");

        JarSignatures.Signature signature = JarSignatures.read(partial);

        assertThat(signature.signed()).isFalse();
        assertThat(signature.reason()).contains("eu/example/Extra.class is not signed");
        assertThat(check(TrustMode.ENFORCE, "").check(NAME, partial).refused()).isTrue();
    }

    @Test
    void anAllowListedJarIsAdmittedAndAnotherHashIsNot() throws Exception {
        Path jar = plainJar("listed.jar");
        String sha = TrustCheck.sha256(jar);

        TrustCheck listed =
                check(TrustMode.ENFORCE, "# partner plugins\n\n" + NAME + " " + sha.toUpperCase() + "  # v1.0.1\n");
        TrustCheck.Verdict verdict = listed.check(NAME, jar);
        assertThat(verdict.trust()).isEqualTo("allow-listed");
        assertThat(verdict.detail()).isEqualTo(NAME + " " + sha);
        assertThat(verdict.refused()).isFalse();

        TrustCheck wrongHash = check(TrustMode.ENFORCE, NAME + " " + "0".repeat(64) + "\n");
        assertThat(wrongHash.check(NAME, jar).refused()).isTrue();
        TrustCheck otherName = check(TrustMode.ENFORCE, "eu.example.other " + sha + "\n");
        assertThat(otherName.check(NAME, jar).refused()).isTrue();
    }

    @Test
    void theAllowListIsReadAgainWhenItChanges() throws Exception {
        Path jar = plainJar("later.jar");
        Path list = folder.resolve("changing-allowlist.txt");
        Files.writeString(list, "");
        TrustCheck check = new TrustCheck(TrustMode.ENFORCE, new Truststore(truststore, Jars.PASSWORD), list);
        assertThat(check.check(NAME, jar).refused()).isTrue();

        Files.writeString(list, NAME + " " + TrustCheck.sha256(jar) + "\n");
        Files.setLastModifiedTime(list, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));

        assertThat(check.check(NAME, jar).trust()).isEqualTo("allow-listed");
    }

    @Test
    void aBundleNotInstalledFromAFileIsRefusedInEnforceMode() throws Exception {
        TrustCheck.Verdict verdict = check(TrustMode.ENFORCE, "").check(NAME, null);

        assertThat(verdict.refused()).isTrue();
        assertThat(verdict.detail()).contains("not installed from a jar file");
    }

    @Test
    void aMissingTruststoreTrustsNoOne() throws Exception {
        Path jar = plainJar("no-truststore.jar");
        Jars.sign(jar, trustedKeys, "partner");
        TrustCheck check = new TrustCheck(
                TrustMode.ENFORCE, new Truststore(folder.resolve("missing.p12"), ""), folder.resolve("missing.txt"));

        assertThat(check.check(NAME, jar).refused()).isTrue();
    }

    @Test
    void aChainThatOnlyNamesATrustedIssuerIsNotTrustedButOneItReallyIssuedIs() throws Exception {
        Path realCa = Jars.keyPair(folder, "chain-ca", "CN=OS2 Plugin CA");
        Path fakeCa = Jars.keyPair(folder, "chain-fake", "CN=OS2 Plugin CA");
        Path partner = Jars.keyPair(folder, "chain-partner", "CN=Partner");
        Path evil = Jars.keyPair(folder, "chain-evil", "CN=Evil");
        X509Certificate trustedCa = Jars.certificate(realCa, "chain-ca");

        X509Certificate forged = Jars.issue(fakeCa, "chain-fake", evil, "chain-evil");
        assertThat(forged.getIssuerX500Principal()).isEqualTo(trustedCa.getSubjectX500Principal());
        assertThat(JarSignatures.anchor(List.of(forged, trustedCa), List.of(trustedCa)))
                .as("a forged certificate naming the trusted CA, with the real CA appended")
                .isNull();
        assertThat(JarSignatures.anchor(List.of(forged), List.of(trustedCa))).isNull();

        X509Certificate issued = Jars.issue(realCa, "chain-ca", partner, "chain-partner");
        assertThat(JarSignatures.anchor(List.of(issued, trustedCa), List.of(trustedCa)))
                .isEqualTo(trustedCa);
        assertThat(JarSignatures.anchor(List.of(issued), List.of(trustedCa))).isEqualTo(trustedCa);
        assertThat(JarSignatures.anchor(List.of(issued), List.of(issued)))
                .as("the signer itself trusted")
                .isEqualTo(issued);
    }

    @Test
    void modesAreReadLeniently() {
        assertThat(TrustMode.parse(" Warn ")).isEqualTo(TrustMode.WARN);
        assertThat(TrustMode.parse("off")).isEqualTo(TrustMode.OFF);
        assertThat(TrustMode.parse("enforce")).isEqualTo(TrustMode.ENFORCE);
        assertThat(TrustMode.parse("nonsense")).isEqualTo(TrustMode.ENFORCE);
        assertThat(TrustMode.parse(null)).isEqualTo(TrustMode.ENFORCE);
    }

    /** Copies a jar entry by entry, replacing one entry's content and/or adding one entry. */
    private static Path rewrite(Path jar, String name, String replace, String content, String add) throws IOException {
        Path copy = folder.resolve(name);
        try (ZipFile in = new ZipFile(jar.toFile());
                OutputStream file = Files.newOutputStream(copy);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(replace)) {
                    out.write(content.getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(out);
                    }
                }
                out.closeEntry();
            }
            if (add != null) {
                out.putNextEntry(new ZipEntry(add));
                out.write("added later".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return copy;
    }
}
