package eu.os2.platform.pluginhost.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import eu.os2.platform.pluginhost.internal.trust.Jars;
import eu.os2.platform.pluginhost.internal.trust.TrustCheck;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

class JarRestoreTest {

    private static final String NAME = "eu.example.partner.meetings";

    @TempDir
    Path folder;

    private Path jar(Path file, String version) throws Exception {
        Files.createDirectories(file.getParent());
        return Jars.jar(file, Map.of("Bundle-SymbolicName", NAME, "Bundle-Version", version), Map.of("v", version));
    }

    private static Bundle bundle(Path location, String version) {
        Bundle bundle = mock(Bundle.class);
        when(bundle.getLocation()).thenReturn(location.toUri().toString());
        when(bundle.getSymbolicName()).thenReturn(NAME);
        when(bundle.getVersion()).thenReturn(Version.parseVersion(version));
        return bundle;
    }

    @Test
    void inDeployTheFailedJarIsKeptAsideAndTheGoodOneTakesItsPlaceUnderTheSameName() throws Exception {
        DeployFolder deploy = new DeployFolder(folder.resolve("deploy"));
        LastGoodStore store = new LastGoodStore(folder.resolve("data"));
        store.keep(NAME, "1.0.1", jar(folder.resolve("v1.jar"), "1.0.1"));
        Path deployed = jar(folder.resolve("deploy").resolve("meetings.jar"), "1.0.2");
        String failedSha = TrustCheck.sha256(deployed);
        Bundle bundle = bundle(deployed, "1.0.2");

        new JarRestore(deploy, store).restore(bundle, store.lastGood(NAME).orElseThrow());

        assertThat(TrustCheck.sha256(deployed))
                .isEqualTo(store.lastGood(NAME).orElseThrow().sha256());
        Path aside = store.failedJar(NAME, "1.0.2");
        assertThat(TrustCheck.sha256(aside)).isEqualTo(failedSha);
        assertThat(aside.getFileName().toString()).isEqualTo("failed-1.0.2.jar");
        try (var files = Files.list(folder.resolve("deploy"))) {
            assertThat(files).containsExactly(deployed);
        }
        verify(bundle, never()).update(any(InputStream.class));
    }

    @Test
    void aBundleInstalledFromElsewhereIsNotRolledBackBehindItsFile() throws Exception {
        DeployFolder deploy = new DeployFolder(folder.resolve("deploy"));
        LastGoodStore store = new LastGoodStore(folder.resolve("data"));
        store.keep(NAME, "1.0.1", jar(folder.resolve("v1.jar"), "1.0.1"));
        Bundle bundle = bundle(jar(folder.resolve("elsewhere").resolve("meetings.jar"), "1.0.2"), "1.0.2");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new JarRestore(deploy, store)
                        .restore(bundle, store.lastGood(NAME).orElseThrow()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not installed from deploy/");
        verify(bundle, never()).update(any(InputStream.class));
    }

    @Test
    void theJarOfABundleIsItsFileLocation() throws Exception {
        Path jar = jar(folder.resolve("deploy").resolve("with space.jar"), "1.0.0");

        assertThat(DeployFolder.jarOf(bundle(jar, "1.0.0"))).contains(jar);
        Bundle fromMaven = mock(Bundle.class);
        when(fromMaven.getLocation()).thenReturn("mvn:eu.example/meetings/1.0.0");
        assertThat(DeployFolder.jarOf(fromMaven)).isEmpty();
        assertThat(new DeployFolder(folder.resolve("deploy")).contains(jar)).isTrue();
        assertThat(new DeployFolder(folder.resolve("deploy")).contains(folder.resolve("v1.jar")))
                .isFalse();
    }
}
