package eu.os2.platform.pluginhost.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import eu.os2.platform.api.plugin.PluginNotice;
import eu.os2.platform.pluginhost.internal.gate.Gate;
import eu.os2.platform.pluginhost.internal.gate.Verdict;
import eu.os2.platform.pluginhost.internal.lifecycle.DeployFolder;
import eu.os2.platform.pluginhost.internal.trust.Jars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

class PluginUploadTest {

    @TempDir
    Path folder;

    private Path deploy;
    private BundleContext context;
    private Gate gate;
    private PluginUpload upload;

    @BeforeEach
    void setUp() throws Exception {
        deploy = Files.createDirectories(folder.resolve("deploy"));
        context = mock(BundleContext.class);
        when(context.getBundles()).thenReturn(new Bundle[0]);
        gate = mock(Gate.class);
        when(gate.check(any(), anyString(), any()))
                .thenReturn(new Verdict("[0.1,1)", true, "unverified", "not signed", "abc", List.of()));
        upload = new PluginUpload(context, gate, new DeployFolder(deploy), folder.resolve("scratch"));
    }

    private byte[] jar(Map<String, String> headers) throws Exception {
        Map<String, String> all = new HashMap<>(Map.of("Bundle-ManifestVersion", "2"));
        all.putAll(headers);
        Path file = Jars.jar(Files.createTempFile(folder, "made", ".jar"), all, Map.of("x.txt", "x"));
        return Files.readAllBytes(file);
    }

    private byte[] plugin(String name, String version) throws Exception {
        return jar(Map.of("Bundle-SymbolicName", name, "Bundle-Version", version, "OS2-Plugin", "meetings"));
    }

    @Test
    void aPartnerPluginIsWrittenIntoDeployUnderItsFileName() throws Exception {
        byte[] jar = plugin("eu.example.partner.meetings", "1.0.2");

        PluginUpload.Placed placed = upload.place("C:\\Users\\me\\meetings-1.0.2.jar", jar);

        assertThat(placed.file()).isEqualTo(deploy.resolve("meetings-1.0.2.jar"));
        assertThat(Files.readAllBytes(placed.file())).isEqualTo(jar);
        assertThat(placed.symbolicName()).isEqualTo("eu.example.partner.meetings");
        assertThat(placed.version()).isEqualTo("1.0.2");
        try (var scratch = Files.list(folder.resolve("scratch"))) {
            assertThat(scratch).isEmpty();
        }
    }

    @Test
    void anUpdateReplacesTheJarThePluginCameFrom() throws Exception {
        Path existing = Files.write(deploy.resolve("meetings.jar"), plugin("eu.example.partner.meetings", "1.0.1"));
        Bundle installed = mock(Bundle.class);
        when(installed.getBundleId()).thenReturn(7L);
        when(installed.getSymbolicName()).thenReturn("eu.example.partner.meetings");
        when(installed.getLocation()).thenReturn(existing.toUri().toString());
        java.util.Hashtable<String, String> headers = new java.util.Hashtable<>(Map.of("OS2-Plugin", "meetings"));
        when(installed.getHeaders("")).thenReturn(headers);
        when(context.getBundles()).thenReturn(new Bundle[] {installed});

        PluginUpload.Placed placed = upload.place("meetings-1.0.2.jar", plugin("eu.example.partner.meetings", "1.0.2"));

        assertThat(placed.file()).isEqualTo(existing);
        try (var files = Files.list(deploy)) {
            assertThat(files).containsExactly(existing);
        }
    }

    @Test
    void jarsThatAreNoPartnerPluginAreRefusedAndNothingIsWritten() throws Exception {
        assertRefused("not a jar".getBytes(), "not a jar with a manifest");
        assertRefused(jar(Map.of("Bundle-Version", "1.0.0", "OS2-Plugin", "x")), "no Bundle-SymbolicName");
        assertRefused(jar(Map.of("Bundle-SymbolicName", "eu.example.x")), "no valid OS2-Plugin header");
        assertRefused(
                jar(Map.of("Bundle-SymbolicName", "eu.example.x", "OS2-Plugin", "Not An Id")),
                "no valid OS2-Plugin header");
        assertRefused(
                jar(Map.of("Bundle-SymbolicName", "eu.example.x", "OS2-Plugin", "x", "Bundle-Version", "one")),
                "Bundle-Version is not valid");
        // the symbolic name may become the file name in deploy/: no way out of the folder
        assertRefused(
                jar(Map.of("Bundle-SymbolicName", "../lib/boot/x", "OS2-Plugin", "x", "Bundle-Version", "1.0.0")),
                "Bundle-SymbolicName is not a valid name");

        Bundle core = mock(Bundle.class);
        when(core.getLocation()).thenReturn("mvn:eu.os2.platform/core/0.1.0");
        when(core.getSymbolicName()).thenReturn("eu.os2.platform.core");
        when(context.getBundles()).thenReturn(new Bundle[] {core});
        assertRefused(plugin("eu.os2.platform.core", "9.0.0"), "belongs to the platform");
        verify(gate, never()).check(any(), anyString(), any());
    }

    @Test
    void theGatesRefusalIsPassedOn() throws Exception {
        PluginNotice mismatch = new PluginNotice(
                "core-api-mismatch",
                true,
                "Bygget til core-api [2.0,3.0); platformen har 0.1.0",
                "Built for core-api [2.0,3.0); this platform provides 0.1.0");
        when(gate.check(any(), anyString(), any()))
                .thenReturn(new Verdict("[2.0,3.0)", false, "unverified", "", "abc", List.of(mismatch)));

        assertThatThrownBy(() -> upload.place("future.jar", plugin("eu.example.future", "1.0.0")))
                .isInstanceOfSatisfying(
                        PluginRefusedException.class,
                        e -> assertThat(e.notice()).isEqualTo(mismatch));
        try (var files = Files.list(deploy)) {
            assertThat(files).isEmpty();
        }
    }

    private void assertRefused(byte[] jar, String reason) throws Exception {
        assertThatThrownBy(() -> upload.place("x.jar", jar)).isInstanceOfSatisfying(PluginRefusedException.class, e -> {
            assertThat(e.notice().code()).isEqualTo("not-a-plugin");
            assertThat(e.notice().blocking()).isTrue();
            assertThat(e.notice().en()).contains(reason);
            assertThat(e.notice().da()).isNotBlank();
        });
        try (var files = Files.list(deploy)) {
            assertThat(files).isEmpty();
        }
    }
}
