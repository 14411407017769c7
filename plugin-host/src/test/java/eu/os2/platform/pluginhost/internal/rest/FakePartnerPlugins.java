package eu.os2.platform.pluginhost.internal.rest;

import eu.os2.platform.api.plugin.PluginNotice;
import eu.os2.platform.pluginhost.internal.PartnerPlugin;
import eu.os2.platform.pluginhost.internal.PartnerPlugins;
import eu.os2.platform.pluginhost.internal.PluginRefusedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Partner plugins in memory, for the resource's tests: what an upload, start or stop would leave behind. */
class FakePartnerPlugins implements PartnerPlugins {

    static final PluginNotice UNTRUSTED = new PluginNotice(
            "untrusted",
            true,
            "eu.example.partner.bad er hverken signeret af en betroet udgiver eller på godkendelseslisten.",
            "eu.example.partner.bad is neither signed by a trusted signer nor on the allow-list.");

    final Map<String, PartnerPlugin> plugins = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    byte[] lastUpload;
    String lastFileName;
    /** What the next upload answers: a refusal when set. */
    PluginNotice refuseNext;
    /** What start answers: a failure when set. */
    String startFailure;

    static PartnerPlugin plugin(String symbolicName, String organisation, String name, String state, String lastGood) {
        boolean active = "ACTIVE".equals(state);
        return new PartnerPlugin(
                symbolicName.length(),
                symbolicName,
                symbolicName.substring(symbolicName.lastIndexOf('.') + 1),
                name,
                "1.2.0",
                organisation,
                "[0.1,1)",
                true,
                "allow-listed",
                symbolicName + " 0a1b2c",
                state,
                active,
                active
                        ? List.of()
                        : List.of(new PluginNotice(
                                "stopped", false, "Stoppet af en administrator", "Stopped by an administrator")),
                active ? List.of() : List.of("missing requirement osgi.wiring.package=eu.example.nowhere"),
                lastGood,
                java.util.Arrays.asList("admin", null, "signed-in"));
    }

    void add(PartnerPlugin plugin) {
        plugins.put(plugin.symbolicName(), plugin);
    }

    @Override
    public List<PartnerPlugin> list() {
        return List.copyOf(plugins.values());
    }

    @Override
    public Optional<PartnerPlugin> find(String symbolicName) {
        return Optional.ofNullable(plugins.get(symbolicName));
    }

    @Override
    public PartnerPlugin upload(String fileName, byte[] jar) {
        calls.add("upload " + fileName);
        lastFileName = fileName;
        lastUpload = jar;
        if (refuseNext != null) {
            throw new PluginRefusedException(refuseNext);
        }
        PartnerPlugin installed = plugin("eu.example.partner.uploaded", "Aarhus Kommune", "Uploaded", "ACTIVE", null);
        add(installed);
        return installed;
    }

    @Override
    public void start(String symbolicName) {
        calls.add("start " + symbolicName);
        if (startFailure != null) {
            throw new IllegalStateException(startFailure);
        }
        PartnerPlugin p = existing(symbolicName);
        add(plugin(symbolicName, p.organisation(), p.name(), "ACTIVE", p.lastGoodVersion()));
    }

    @Override
    public void stop(String symbolicName) {
        calls.add("stop " + symbolicName);
        PartnerPlugin p = existing(symbolicName);
        add(plugin(symbolicName, p.organisation(), p.name(), "RESOLVED", p.lastGoodVersion()));
    }

    @Override
    public void uninstall(String symbolicName) {
        calls.add("uninstall " + symbolicName);
        existing(symbolicName);
        plugins.remove(symbolicName);
    }

    @Override
    public PartnerPlugin rollBack(String symbolicName) {
        calls.add("rollBack " + symbolicName);
        PartnerPlugin p = existing(symbolicName);
        if (p.lastGoodVersion() == null) {
            throw new IllegalStateException("no last good jar");
        }
        PartnerPlugin back = new PartnerPlugin(
                p.bundleId(),
                p.symbolicName(),
                p.pluginId(),
                p.name(),
                p.lastGoodVersion(),
                p.organisation(),
                p.coreApiRange(),
                true,
                p.trust(),
                p.trustDetail(),
                "ACTIVE",
                true,
                List.of(),
                List.of(),
                null,
                p.pageRoles());
        add(back);
        return back;
    }

    private PartnerPlugin existing(String symbolicName) {
        PartnerPlugin p = plugins.get(symbolicName);
        if (p == null) {
            throw new NoSuchElementException(symbolicName);
        }
        return p;
    }
}
