package eu.os2.platform.pluginhost.internal.gate;

import eu.os2.platform.api.plugin.PluginBundles;
import eu.os2.platform.api.plugin.PluginGate;
import eu.os2.platform.api.plugin.PluginNotice;
import eu.os2.platform.pluginhost.internal.PluginsConfig;
import eu.os2.platform.pluginhost.internal.lifecycle.DeployFolder;
import eu.os2.platform.pluginhost.internal.lifecycle.LastGoodStore;
import eu.os2.platform.pluginhost.internal.trust.TrustCheck;
import eu.os2.platform.pluginhost.internal.trust.TrustMode;
import eu.os2.platform.pluginhost.internal.trust.Truststore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every partner bundle before it resolves: built for the running core-api, and trusted
 * (signature or allow-list) as the trust mode demands. A refused bundle is left out of resolution
 * (so it never starts) and its notices say why. Verdicts are kept per bundle and modification time,
 * so the check runs once per installed or updated jar.
 */
@Component(
        service = {PluginGate.class, ResolverHookFactory.class, Gate.class},
        configurationPid = PluginsConfig.PID,
        immediate = true)
@Designate(ocd = PluginsConfig.class)
public class PluginGateImpl implements Gate, ResolverHookFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PluginGateImpl.class);

    private record Cached(long modified, TrustCheck trust, long rules, Verdict verdict) {}

    private final BundleContext context;
    private final LastGoodStore store;
    private final Map<Long, Cached> verdicts = new ConcurrentHashMap<>();
    private final ExecutorService reconsidering =
            Executors.newSingleThreadExecutor(r -> new Thread(r, "os2-plugin-gate"));
    private final SynchronousBundleListener forget = event -> {
        if (event.getType() == BundleEvent.UNINSTALLED) {
            verdicts.remove(event.getBundle().getBundleId());
            if (PluginBundles.pluginId(event.getBundle()).isPresent()) {
                // a bundle held back for using this plugin's id may now be admitted
                verdicts.clear();
                reconsiderLater();
            }
        }
    };
    private volatile TrustCheck trust;
    private volatile long lastRules;

    @Activate
    public PluginGateImpl(
            BundleContext context,
            PluginsConfig config,
            @org.osgi.service.component.annotations.Reference LastGoodStore store) {
        this.context = context;
        this.store = store;
        this.trust = trustCheck(config, context::getProperty);
        this.lastRules = trust.rules();
        context.addBundleListener(forget);
        LOG.info(
                "Partner plugins are checked with trust.mode = {}",
                trust.mode().name().toLowerCase(java.util.Locale.ROOT));
        reconsiderLater();
    }

    @Modified
    void modified(PluginsConfig config) {
        TrustCheck next = trustCheck(config, context::getProperty);
        LOG.info(
                "Partner plugins are checked with trust.mode = {}",
                next.mode().name().toLowerCase(java.util.Locale.ROOT));
        trust = next;
        verdicts.clear();
        reconsiderLater();
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(forget);
        reconsidering.shutdownNow();
    }

    static TrustCheck trustCheck(PluginsConfig config, Function<String, String> properties) {
        return new TrustCheck(
                TrustMode.parse(config.trust_mode()),
                new Truststore(
                        Path.of(Placeholders.resolve(config.trust_truststore(), properties)),
                        config.trust_truststorePassword()),
                Path.of(Placeholders.resolve(config.trust_allowList(), properties)));
    }

    @Override
    public List<PluginNotice> notices(Bundle bundle) {
        if (!PluginBundles.isPartner(bundle)) {
            return List.of();
        }
        List<PluginNotice> notices = new ArrayList<>(verdict(bundle).notices());
        String name = bundle.getSymbolicName();
        if (name != null) {
            store.notice(name).ifPresent(notices::add);
        }
        return List.copyOf(notices);
    }

    /**
     * @param bundle a partner bundle
     * @return the gate's verdict on its current jar
     */
    @Override
    public Verdict verdict(Bundle bundle) {
        TrustCheck current = trust;
        long modified = bundle.getLastModified();
        long rules = current.rules();
        if (rules != lastRules) {
            // the admin edited the allow-list or the truststore: every verdict is reached again, and
            // bundles now refused or now admitted are dealt with as after a change of settings
            lastRules = rules;
            reconsiderLater();
        }
        Cached cached = verdicts.get(bundle.getBundleId());
        if (cached != null && cached.modified() == modified && cached.trust() == current && cached.rules() == rules) {
            return cached.verdict;
        }
        Verdict verdict = check(
                name -> bundle.getHeaders("").get(name),
                bundle.getSymbolicName(),
                DeployFolder.jarOf(bundle).orElse(null),
                current);
        PluginNotice taken =
                takenId(PluginBundles.pluginId(bundle).orElse(null), bundle.getSymbolicName(), bundle.getBundleId());
        if (taken != null) {
            verdict = verdict.with(taken);
        }
        // two threads may check the same jar at once (a resolve and a reconsideration): the first
        // verdict on a jar under the same rules is the one kept, so it does not change underneath
        Cached fresh = new Cached(modified, current, rules, verdict);
        Cached kept = verdicts.merge(
                bundle.getBundleId(),
                fresh,
                (old, now) -> old.modified() == modified && old.trust() == current && old.rules() == rules ? old : now);
        if (kept != fresh) {
            return kept.verdict();
        }
        if (verdict.refused()) {
            LOG.warn(
                    "Partner bundle {} {} is held back: {}",
                    bundle.getSymbolicName(),
                    bundle.getVersion(),
                    verdict.firstBlocking().en());
        }
        return verdict;
    }

    /**
     * The same check for a jar that is not installed yet.
     *
     * @param headers its manifest's main attributes by name
     * @param symbolicName its symbolic name
     * @param jar the jar file
     * @return the verdict
     */
    @Override
    public Verdict check(Function<String, String> headers, String symbolicName, Path jar) {
        Verdict verdict = check(headers, symbolicName, jar, trust);
        String id = headers.apply(PluginBundles.PLUGIN_HEADER);
        PluginNotice taken = takenId(id == null ? null : id.strip(), symbolicName, Long.MAX_VALUE);
        return taken == null ? verdict : verdict.with(taken);
    }

    /**
     * A plugin id names one plugin: its REST application, its database schema and login. A bundle
     * declaring the id of another partner bundle installed before it is held back until that one
     * is uninstalled.
     *
     * @return the blocking notice when another, earlier partner bundle declares the same plugin id
     */
    private PluginNotice takenId(String pluginId, String symbolicName, long bundleId) {
        if (pluginId == null) {
            return null;
        }
        for (Bundle other : context.getBundles()) {
            if (other.getBundleId() < bundleId
                    && other.getState() != Bundle.UNINSTALLED
                    && !java.util.Objects.equals(other.getSymbolicName(), symbolicName)
                    && PluginBundles.isPartner(other)
                    && PluginBundles.pluginId(other).filter(pluginId::equals).isPresent()) {
                return new PluginNotice(
                        "duplicate-plugin-id",
                        true,
                        "Plugin-id'et " + pluginId + " bruges allerede af " + other.getSymbolicName() + ".",
                        "The plugin id " + pluginId + " is already used by " + other.getSymbolicName() + ".");
            }
        }
        return null;
    }

    private Verdict check(Function<String, String> headers, String symbolicName, Path jar, TrustCheck with) {
        Compatibility.Result compatibility = Compatibility.check(headers, CoreApiRelease.find(context));
        return Verdict.of(compatibility, with.check(symbolicName, jar));
    }

    @Override
    public ResolverHook begin(Collection<BundleRevision> triggers) {
        return new ResolverHook() {
            @Override
            public void filterResolvable(Collection<BundleRevision> candidates) {
                candidates.removeIf(revision -> refused(revision.getBundle()));
            }

            @Override
            public void filterSingletonCollisions(
                    org.osgi.framework.wiring.BundleCapability singleton,
                    Collection<org.osgi.framework.wiring.BundleCapability> collisionCandidates) {
                // not the gate's concern
            }

            @Override
            public void filterMatches(
                    org.osgi.framework.wiring.BundleRequirement requirement,
                    Collection<org.osgi.framework.wiring.BundleCapability> candidates) {
                // not the gate's concern
            }

            @Override
            public void end() {
                // nothing kept
            }
        };
    }

    private boolean refused(Bundle bundle) {
        try {
            return PluginBundles.isPartner(bundle) && verdict(bundle).refused();
        } catch (RuntimeException e) {
            LOG.error("Partner bundle {} cannot be checked; refused", bundle.getSymbolicName(), e);
            return true;
        }
    }

    /**
     * After the rules changed: a resolved partner bundle the gate now refuses is refreshed (and so
     * stopped and held back); a held-back one it now admits is started when it was meant to run.
     */
    private void reconsiderLater() {
        reconsidering.execute(() -> {
            try {
                new Reconsideration(context, this::refused).run();
            } catch (RuntimeException e) {
                LOG.error("Partner bundles could not be checked again", e);
            }
        });
    }
}
