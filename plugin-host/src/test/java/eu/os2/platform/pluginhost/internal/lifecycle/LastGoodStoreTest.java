package eu.os2.platform.pluginhost.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.plugin.PluginNotice;
import eu.os2.platform.pluginhost.internal.trust.Jars;
import eu.os2.platform.pluginhost.internal.trust.TrustCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastGoodStoreTest {

    private static final String NAME = "eu.example.partner.meetings";

    @TempDir
    Path folder;

    private Path jar(String name, String version) throws Exception {
        return Jars.jar(
                folder.resolve(name),
                Map.of("Bundle-SymbolicName", NAME, "Bundle-Version", version),
                Map.of("content.txt", name));
    }

    @Test
    void keepsACopyOfTheJarAndItsVersion() throws Exception {
        LastGoodStore store = new LastGoodStore(folder.resolve("data"));
        Path v1 = jar("v1.jar", "1.0.1");

        assertThat(store.lastGood(NAME)).isEmpty();
        assertThat(store.keep(NAME, "1.0.1", v1)).isTrue();
        assertThat(store.keep(NAME, "1.0.1", v1)).isFalse();
        Files.delete(v1);

        LastGoodStore.LastGood good = store.lastGood(NAME).orElseThrow();
        assertThat(good.version()).isEqualTo("1.0.1");
        assertThat(good.jar()).isEqualTo(folder.resolve("data").resolve(NAME).resolve("last-good.jar"));
        assertThat(TrustCheck.sha256(good.jar())).isEqualTo(good.sha256());
    }

    @Test
    void aRollBackNoticeSurvivesARestartAndTheRestoredJarButNotTheNextUpdate() throws Exception {
        Path data = folder.resolve("data");
        LastGoodStore store = new LastGoodStore(data);
        Path v1 = jar("v1.jar", "1.0.1");
        store.keep(NAME, "1.0.1", v1);
        PluginNotice notice = new PluginNotice(
                "rolled-back",
                false,
                "Opdatering til 1.0.2 mislykkedes",
                "Update to 1.0.2 failed: x; rolled back to 1.0.1");
        store.recordRollBack(NAME, notice, store.lastGood(NAME).orElseThrow().sha256());

        LastGoodStore afterRestart = new LastGoodStore(data);
        assertThat(afterRestart.notice(NAME)).contains(notice);

        afterRestart.keep(NAME, "1.0.1", v1);
        assertThat(afterRestart.notice(NAME)).contains(notice);

        afterRestart.keep(NAME, "1.0.3", jar("v3.jar", "1.0.3"));
        assertThat(afterRestart.notice(NAME)).isEmpty();
        assertThat(new LastGoodStore(data).notice(NAME)).isEmpty();
        assertThat(afterRestart.lastGood(NAME).orElseThrow().version()).isEqualTo("1.0.3");
    }

    @Test
    void forgetRemovesEverything() throws Exception {
        LastGoodStore store = new LastGoodStore(folder.resolve("data"));
        store.keep(NAME, "1.0.1", jar("v1.jar", "1.0.1"));
        store.recordRollBack(NAME, new PluginNotice("rolled-back", false, "da", "en"), "abc");

        store.forget(NAME);

        assertThat(store.lastGood(NAME)).isEmpty();
        assertThat(store.notice(NAME)).isEmpty();
        assertThat(folder.resolve("data").resolve(NAME)).doesNotExist();
    }
}
