package eu.os2.platform.pluginhost.internal.attention;

import eu.os2.platform.api.attention.AttentionItem;
import eu.os2.platform.api.attention.AttentionSource;
import eu.os2.platform.api.plugin.PluginNotice;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.pluginhost.internal.PartnerPlugin;
import eu.os2.platform.pluginhost.internal.PartnerPlugins;
import eu.os2.platform.pluginhost.internal.lifecycle.RollbackWatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The home page's lines for the administrators and the secretariat about partner plugins: one that
 * is held back by the gate, one whose last update was rolled back, and one that is down (not active,
 * or its components not satisfied). An administrator's line links to the Partner plugins page,
 * where it is acted on; the secretariat's to the Plugins page, which it may read.
 */
@Component(service = AttentionSource.class)
public class PartnerPluginAttention implements AttentionSource {

    /** The Partner plugins page (administrators only). */
    static final String PARTNER_PLUGINS = "#/partner-plugins";

    /** The Plugins page, the platform's and partners' bundles with their state. */
    static final String PLUGINS = "#/plugins";

    private final PartnerPlugins plugins;

    @Activate
    public PartnerPluginAttention(@Reference PartnerPlugins plugins) {
        this.plugins = plugins;
    }

    @Override
    public List<AttentionItem> itemsFor(PlatformUser user) {
        if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.SECRETARIAT)) {
            return List.of();
        }
        String link = user.hasRole(Role.ADMIN) ? PARTNER_PLUGINS : PLUGINS;
        List<AttentionItem> items = new ArrayList<>();
        for (PartnerPlugin plugin : plugins.list()) {
            item(plugin, link).ifPresent(items::add);
        }
        return items;
    }

    /** @return the plugin's line: held back first, then rolled back, then down; none for a working plugin */
    static Optional<AttentionItem> item(PartnerPlugin plugin, String link) {
        String name = plugin.name() == null || plugin.name().isBlank() ? plugin.symbolicName() : plugin.name();
        String key = "plugin-host.plugin/" + plugin.symbolicName();
        Optional<PluginNotice> blocking =
                plugin.notices().stream().filter(PluginNotice::blocking).findFirst();
        if (blocking.isPresent()) {
            PluginNotice n = blocking.get();
            return Optional.of(new AttentionItem(
                    key,
                    "Partnerpluginet " + name + " holdes tilbage: " + n.da(),
                    "The partner plugin " + name + " is held back: " + n.en(),
                    link,
                    null,
                    true));
        }
        Optional<PluginNotice> rolledBack = plugin.notices().stream()
                .filter(n -> RollbackWatcher.ROLLED_BACK.equals(n.code()))
                .findFirst();
        if (rolledBack.isPresent()) {
            PluginNotice n = rolledBack.get();
            return Optional.of(new AttentionItem(
                    key,
                    "Partnerpluginet " + name + " er rullet tilbage: " + n.da(),
                    "The partner plugin " + name + " was rolled back: " + n.en(),
                    link,
                    null,
                    !plugin.working()));
        }
        if (!plugin.working()) {
            return Optional.of(new AttentionItem(
                    key,
                    "Partnerpluginet " + name + " kører ikke" + state(plugin.state(), true) + ".",
                    "The partner plugin " + name + " is down" + state(plugin.state(), false) + ".",
                    link,
                    null,
                    true));
        }
        return Optional.empty();
    }

    /** @return the bundle state in words, e.g. " (installeret, mangler afhængigheder)", or "" */
    static String state(String state, boolean danish) {
        if (state == null || state.isBlank()) {
            return "";
        }
        String words = switch (state) {
            case "INSTALLED" -> danish ? "installeret, mangler afhængigheder" : "installed, dependencies missing";
            case "RESOLVED" -> danish ? "klar, men ikke startet" : "resolved, not started";
            case "STARTING" -> danish ? "starter" : "starting";
            case "STOPPING" -> danish ? "stopper" : "stopping";
            case "ACTIVE" ->
                danish ? "startet, men dens komponenter mangler noget" : "started, its components unsatisfied";
            case "UNINSTALLED" -> danish ? "afinstalleret" : "uninstalled";
            default -> danish ? "ukendt tilstand" : "unknown state";
        };
        return " (" + words + ")";
    }
}
