package eu.os2.platform.pluginhost.internal.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.os2.platform.api.plugin.PluginNotice;
import eu.os2.platform.pluginhost.internal.PluginsConfig;
import eu.os2.platform.pluginhost.internal.lifecycle.LastGoodStore;
import eu.os2.platform.pluginhost.internal.trust.Jars;
import eu.os2.platform.pluginhost.internal.trust.TrustCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

class PluginGateImplTest {

    @TempDir
    Path folder;

    private final AtomicLong partnerModified = new AtomicLong(1);
    private PluginGateImpl gate;

    @AfterEach
    void deactivate() {
        if (gate != null) {
            gate.deactivate();
        }
    }

    private PluginsConfig config(String mode, Path allowList) {
        PluginsConfig config = mock(PluginsConfig.class);
        when(config.trust_mode()).thenReturn(mode);
        when(config.trust_truststore()).thenReturn(folder.resolve("none.p12").toString());
        when(config.trust_truststorePassword()).thenReturn("");
        when(config.trust_allowList()).thenReturn(allowList.toString());
        return config;
    }

    private Bundle coreApi() {
        Bundle bundle = mock(Bundle.class);
        when(bundle.getLocation()).thenReturn("mvn:eu.os2.platform/core-api/0.1.0-SNAPSHOT");
        when(bundle.getBundleId()).thenReturn(10L);
        BundleRevision revision = mock(BundleRevision.class);
        BundleCapability release = mock(BundleCapability.class);
        when(release.getAttributes()).thenReturn(Map.of("version", Version.parseVersion("0.1.0")));
        when(revision.getDeclaredCapabilities("eu.os2.platform.api")).thenReturn(List.of(release));
        when(revision.getDeclaredCapabilities("osgi.wiring.package")).thenReturn(List.of());
        when(revision.getBundle()).thenReturn(bundle);
        when(bundle.adapt(BundleRevision.class)).thenReturn(revision);
        return bundle;
    }

    private Bundle partner(Path jar, String coreApiRange) {
        Bundle bundle = mock(Bundle.class);
        when(bundle.getLocation()).thenReturn(jar.toUri().toString());
        when(bundle.getBundleId()).thenReturn(42L);
        when(bundle.getSymbolicName()).thenReturn("eu.example.partner.meetings");
        when(bundle.getLastModified()).thenAnswer(invocation -> partnerModified.get());
        Hashtable<String, String> headers = new Hashtable<>();
        headers.put("OS2-Plugin", "meetings");
        headers.put("OS2-Core-API", coreApiRange);
        when(bundle.getHeaders("")).thenReturn(headers);
        when(bundle.getState()).thenReturn(Bundle.INSTALLED);
        BundleRevision revision = mock(BundleRevision.class);
        when(revision.getBundle()).thenReturn(bundle);
        when(bundle.adapt(BundleRevision.class)).thenReturn(revision);
        return bundle;
    }

    private PluginGateImpl gate(String mode, Path allowList, Bundle... bundles) {
        BundleContext context = mock(BundleContext.class);
        List<Bundle> all = new ArrayList<>(List.of(bundles));
        all.add(0, coreApi());
        when(context.getBundles()).thenReturn(all.toArray(new Bundle[0]));
        when(context.getProperty(anyString())).thenReturn(null);
        gate = new PluginGateImpl(context, config(mode, allowList), new LastGoodStore(folder.resolve("data")));
        return gate;
    }

    private List<BundleRevision> filtered(PluginGateImpl gate, Bundle... bundles) {
        List<BundleRevision> candidates = new ArrayList<>();
        for (Bundle bundle : bundles) {
            candidates.add(bundle.adapt(BundleRevision.class));
        }
        ResolverHook hook = gate.begin(List.of());
        hook.filterResolvable(candidates);
        hook.end();
        return candidates;
    }

    private Path jar(String name) throws Exception {
        return Jars.jar(
                folder.resolve(name),
                Map.of("Bundle-SymbolicName", "eu.example.partner.meetings", "Bundle-Version", "1.0.0"),
                Map.of("x.txt", name));
    }

    @Test
    void aPartnerBuiltForANewerCoreApiIsLeftOutOfResolutionAndSaysWhy() throws Exception {
        Bundle newer = partner(jar("newer.jar"), "[2.0,3.0)");
        Bundle platform = coreApi();
        PluginGateImpl gate = gate("warn", folder.resolve("allow.txt"), newer);

        assertThat(filtered(gate, newer, platform))
                .extracting(BundleRevision::getBundle)
                .containsExactly(platform);
        List<PluginNotice> notices = gate.notices(newer);
        assertThat(notices.get(0).code()).isEqualTo("core-api-mismatch");
        assertThat(notices.get(0).en()).isEqualTo("Built for core-api [2.0,3.0); this platform provides 0.1.0");
        assertThat(notices).extracting(PluginNotice::code).containsExactly("core-api-mismatch", "untrusted");
        assertThat(gate.notices(platform)).isEmpty();
    }

    @Test
    void aCompatibleUntrustedPartnerResolvesInWarnModeWithANonBlockingNotice() throws Exception {
        Bundle partner = partner(jar("warn.jar"), "[0.1,1)");
        PluginGateImpl gate = gate("warn", folder.resolve("allow.txt"), partner);

        assertThat(filtered(gate, partner)).hasSize(1);
        assertThat(gate.notices(partner)).singleElement().satisfies(notice -> {
            assertThat(notice.code()).isEqualTo("untrusted");
            assertThat(notice.blocking()).isFalse();
        });
    }

    @Test
    void inEnforceModeTheAllowListDecidesAndAnEditOfItAppliesAtOnce() throws Exception {
        Path jar = jar("listed.jar");
        Path allowList = folder.resolve("allow.txt");
        Files.writeString(allowList, "eu.example.partner.meetings " + TrustCheck.sha256(jar) + "\n");
        Bundle partner = partner(jar, "[0.1,1)");
        PluginGateImpl gate = gate("enforce", allowList, partner);

        assertThat(filtered(gate, partner)).hasSize(1);
        assertThat(gate.verdict(partner).trust()).isEqualTo("allow-listed");

        assertThat(filtered(gate, partner))
                .as("kept verdict while nothing changes")
                .hasSize(1);

        Files.writeString(allowList, "# nobody\n");
        assertThat(filtered(gate, partner)).as("line removed").isEmpty();
        assertThat(gate.notices(partner)).singleElement().satisfies(notice -> {
            assertThat(notice.code()).isEqualTo("untrusted");
            assertThat(notice.blocking()).isTrue();
        });
    }

    @Test
    void aSecondBundleWithTheSamePluginIdIsHeldBack() throws Exception {
        Bundle first = partner(jar("first.jar"), "[0.1,1)");
        Bundle second = partner(jar("second.jar"), "[0.1,1)");
        when(second.getBundleId()).thenReturn(43L);
        when(second.getSymbolicName()).thenReturn("eu.example.other.meetings");
        PluginGateImpl gate = gate("off", folder.resolve("allow.txt"), first, second);

        assertThat(filtered(gate, first, second))
                .extracting(BundleRevision::getBundle)
                .containsExactly(first);
        assertThat(gate.notices(second)).singleElement().satisfies(notice -> {
            assertThat(notice.code()).isEqualTo("duplicate-plugin-id");
            assertThat(notice.blocking()).isTrue();
            assertThat(notice.en()).isEqualTo("The plugin id meetings is already used by eu.example.partner.meetings.");
        });
        assertThat(gate.notices(first)).isEmpty();
    }

    @Test
    void changedSettingsApplyAtOnce() throws Exception {
        Bundle partner = partner(jar("mode.jar"), "[0.1,1)");
        PluginGateImpl gate = gate("enforce", folder.resolve("allow.txt"), partner);
        assertThat(filtered(gate, partner)).isEmpty();

        gate.modified(config("off", folder.resolve("allow.txt")));

        assertThat(filtered(gate, partner)).hasSize(1);
        assertThat(gate.notices(partner)).isEmpty();
        assertThat(gate.verdict(partner).trust()).isEqualTo("off");
    }

    @Test
    void placeholdersInPathsAreFilledFromProperties() {
        assertThat(Placeholders.resolve("${karaf.etc}/x.txt", Map.of("karaf.etc", "/opt/etc")::get))
                .isEqualTo("/opt/etc/x.txt");
        assertThat(Placeholders.resolve("${unknown}/x.txt", name -> null)).isEqualTo("${unknown}/x.txt");
    }
}
