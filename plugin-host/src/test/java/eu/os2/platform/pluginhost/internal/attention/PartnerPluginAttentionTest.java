package eu.os2.platform.pluginhost.internal.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.os2.platform.api.attention.AttentionItem;
import eu.os2.platform.api.plugin.PluginNotice;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.pluginhost.internal.PartnerPlugin;
import eu.os2.platform.pluginhost.internal.PartnerPlugins;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PartnerPluginAttentionTest {

    private static final PlatformUser ADMIN = user(Role.ADMIN, null);
    private static final PlatformUser SECRETARIAT = user(Role.SECRETARIAT, null);
    private static final PlatformUser REPRESENTATIVE = user(Role.MEMBER_REPRESENTATIVE, 7L);
    private static final PlatformUser BOARD = user(Role.BOARD, null);

    private final List<PartnerPlugin> installed = new ArrayList<>();
    private PartnerPluginAttention attention;

    @BeforeEach
    void setUp() {
        PartnerPlugins plugins = mock(PartnerPlugins.class);
        when(plugins.list()).thenAnswer(inv -> List.copyOf(installed));
        attention = new PartnerPluginAttention(plugins);
    }

    @Test
    void aWorkingPluginNeedsNoOne() {
        installed.add(plugin("eu.example.good", "ACTIVE", true, List.of()));
        assertEquals(List.of(), attention.itemsFor(ADMIN));
        assertEquals(List.of(), attention.itemsFor(SECRETARIAT));
    }

    @Test
    void aHeldBackPluginIsUrgentForAdminsAndTheSecretariatWithTheGatesReason() {
        installed.add(plugin(
                "eu.example.bad",
                "INSTALLED",
                false,
                List.of(new PluginNotice("untrusted", true, "Den er ikke signeret.", "It is not signed."))));
        List<AttentionItem> items = attention.itemsFor(SECRETARIAT);
        assertEquals(1, items.size());
        AttentionItem item = items.get(0);
        assertEquals("plugin-host.plugin/eu.example.bad", item.key());
        assertEquals("#/plugins", item.link(), "the secretariat reads the Plugins page");
        assertTrue(item.urgent());
        assertTrue(item.textDa().contains("holdes tilbage: Den er ikke signeret."), item.textDa());
        assertTrue(item.textEn().contains("is held back: It is not signed."), item.textEn());
        assertEquals("#/partner-plugins", attention.itemsFor(ADMIN).get(0).link(), "the administrator acts on it");
    }

    @Test
    void aRolledBackPluginIsShownWithWhatHappened() {
        installed.add(plugin(
                "eu.example.back",
                "ACTIVE",
                true,
                List.of(new PluginNotice(
                        "rolled-back",
                        false,
                        "Rullet tilbage fra 1.3.0 til 1.2.0",
                        "Rolled back from 1.3.0 to 1.2.0"))));
        AttentionItem item = attention.itemsFor(ADMIN).get(0);
        assertTrue(item.textDa().contains("er rullet tilbage: Rullet tilbage fra 1.3.0 til 1.2.0"), item.textDa());
        assertFalse(item.urgent(), "it runs its last good version");
    }

    @Test
    void aDownPluginIsShownUntilItWorksAgain() {
        installed.add(plugin("eu.example.down", "RESOLVED", false, List.of()));
        AttentionItem item = attention.itemsFor(ADMIN).get(0);
        assertEquals("Partnerpluginet Plugin eu.example.down kører ikke (klar, men ikke startet).", item.textDa());
        assertEquals("The partner plugin Plugin eu.example.down is down (resolved, not started).", item.textEn());
        assertTrue(item.urgent());

        installed.clear();
        installed.add(plugin("eu.example.down", "ACTIVE", true, List.of()));
        assertEquals(List.of(), attention.itemsFor(ADMIN), "gone once it works");
    }

    @Test
    void othersSeeNothingAboutPlugins() {
        installed.add(plugin("eu.example.down", "RESOLVED", false, List.of()));
        assertEquals(List.of(), attention.itemsFor(REPRESENTATIVE));
        assertEquals(List.of(), attention.itemsFor(BOARD));
    }

    private static PlatformUser user(Role role, Long organisation) {
        return new PlatformUser(1, role.id(), role.id(), Set.of(role), organisation);
    }

    private static PartnerPlugin plugin(
            String symbolicName, String state, boolean working, List<PluginNotice> notices) {
        return new PartnerPlugin(
                12,
                symbolicName,
                "example",
                "Plugin " + symbolicName,
                "1.2.0",
                "Example A/S",
                "[0.1,1)",
                true,
                "signed",
                "CN=Example",
                state,
                working,
                notices,
                List.of(),
                null,
                List.of());
    }
}
