package eu.os2.platform.pluginhost.internal.lifecycle;

import eu.os2.platform.api.plugin.PluginBundles;
import eu.os2.platform.api.plugin.PluginNotice;
import eu.os2.platform.pluginhost.internal.PluginsConfig;
import eu.os2.platform.pluginhost.internal.gate.Gate;
import eu.os2.platform.pluginhost.internal.gate.Verdict;
import eu.os2.platform.pluginhost.internal.trust.TrustCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches partner bundles as they start and update. A bundle that runs with every component active
 * for the settle time has its jar kept as the last good one. An update that does not resolve, does
 * not start or whose component fails to activate within the settle time is rolled back: its jar is
 * moved out of {@code deploy/} and the last good jar put back (file install then updates the bundle
 * to it), and a notice tells the admin what failed. A first install that fails stays down.
 */
@Component(
        service = {},
        immediate = true,
        configurationPid = PluginsConfig.PID)
public class RollbackWatcher implements BundleListener {

    private static final Logger LOG = LoggerFactory.getLogger(RollbackWatcher.class);
    private static final long CHECK_MILLIS = 250;

    /** The notice code of a rolled-back update. */
    public static final String ROLLED_BACK = "rolled-back";

    private record Watch(long bundleId, boolean update, long sinceNanos) {}

    private final BundleContext context;
    private final ServiceComponentRuntime runtime;
    private final LastGoodStore store;
    private final Gate gate;
    private final JarRestore restore;
    private final Map<Long, Watch> watches = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "os2-plugin-rollback"));
    private volatile long settleNanos;

    @Activate
    public RollbackWatcher(
            BundleContext context,
            PluginsConfig config,
            @Reference ServiceComponentRuntime runtime,
            @Reference LastGoodStore store,
            @Reference Gate gate) {
        this.context = context;
        this.runtime = runtime;
        this.store = store;
        this.gate = gate;
        this.restore = new JarRestore(DeployFolder.of(context), store);
        modified(config);
        context.addBundleListener(this);
        for (Bundle bundle : context.getBundles()) {
            if (PluginBundles.isPartner(bundle) && bundle.getState() == Bundle.ACTIVE) {
                watches.put(bundle.getBundleId(), new Watch(bundle.getBundleId(), false, System.nanoTime()));
            }
        }
        timer.scheduleWithFixedDelay(this::checkAll, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Modified
    void modified(PluginsConfig config) {
        settleNanos = TimeUnit.SECONDS.toNanos(Math.max(1, config.rollback_settleSeconds()));
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(this);
        timer.shutdownNow();
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle bundle = event.getBundle();
        long id = bundle.getBundleId();
        switch (event.getType()) {
            case BundleEvent.UPDATED -> {
                if (PluginBundles.isPartner(bundle)) {
                    watches.put(id, new Watch(id, true, System.nanoTime()));
                }
            }
            case BundleEvent.STARTED -> {
                if (PluginBundles.isPartner(bundle)) {
                    watches.compute(
                            id, (key, before) -> new Watch(id, before != null && before.update(), System.nanoTime()));
                }
            }
            case BundleEvent.UNINSTALLED -> watches.remove(id);
            default -> {
                // nothing to watch
            }
        }
    }

    private void checkAll() {
        for (Watch watch : watches.values()) {
            try {
                if (check(watch)) {
                    watches.remove(watch.bundleId(), watch);
                }
            } catch (RuntimeException e) {
                LOG.error("Checking partner bundle {} failed", watch.bundleId(), e);
                watches.remove(watch.bundleId(), watch);
            }
        }
    }

    /** @return whether the watch is over */
    private boolean check(Watch watch) {
        Bundle bundle = context.getBundle(watch.bundleId());
        if (bundle == null || bundle.getState() == Bundle.UNINSTALLED) {
            return true;
        }
        boolean active = bundle.getState() == Bundle.ACTIVE;
        ComponentHealth health = active ? ComponentHealth.of(runtime, bundle) : null;
        if (active && health.status() == ComponentHealth.Status.FAILED) {
            failed(bundle, watch, health.rootCause());
            return true;
        }
        Verdict verdict = bundle.getState() == Bundle.INSTALLED ? gate.verdict(bundle) : null;
        if (verdict != null && verdict.refused()) {
            failed(bundle, watch, verdict.firstBlocking().en());
            return true;
        }
        long elapsed = System.nanoTime() - watch.sinceNanos();
        if (elapsed < settleNanos) {
            return false;
        }
        if (active && health.status() == ComponentHealth.Status.GOOD) {
            keep(bundle);
            return true;
        }
        if (active) {
            return elapsed > 6 * settleNanos; // waiting for a service or configuration: neither good nor failed
        }
        if (!meantToRun(bundle)) {
            return true;
        }
        Optional<String> notStarting = startProblem(bundle);
        if (notStarting.isEmpty()) {
            watches.put(watch.bundleId(), new Watch(watch.bundleId(), watch.update(), System.nanoTime()));
            return false;
        }
        failed(bundle, watch, notStarting.get());
        return true;
    }

    private void failed(Bundle bundle, Watch watch, String cause) {
        if (!watch.update()) {
            LOG.warn("Partner bundle {} {} does not work: {}", bundle.getSymbolicName(), bundle.getVersion(), cause);
            return;
        }
        rollBack(bundle, cause);
    }

    private void keep(Bundle bundle) {
        Optional<Path> jar = DeployFolder.jarOf(bundle);
        if (jar.isEmpty() || !sameVersion(jar.get(), bundle)) {
            LOG.debug("Partner bundle {}: no jar file of the running version to keep", bundle.getSymbolicName());
            return;
        }
        // the file must be the jar that runs, not a newer one dropped in with the same version that
        // file install has not picked up yet: the gate hashed the running jar when it resolved
        String running = gate.verdict(bundle).sha256();
        if (!running.isEmpty() && !running.equals(TrustCheck.sha256(jar.get()))) {
            LOG.debug("Partner bundle {}: the jar file changed since it resolved; not kept", bundle.getSymbolicName());
            return;
        }
        store.keep(bundle.getSymbolicName(), bundle.getVersion().toString(), jar.get());
    }

    private static boolean sameVersion(Path jar, Bundle bundle) {
        return DeployFolder.manifest(jar)
                .map(manifest -> manifest.getMainAttributes().getValue("Bundle-Version"))
                .map(version -> org.osgi.framework.Version.parseVersion(version).equals(bundle.getVersion()))
                .orElse(false);
    }

    /**
     * Goes back to the last good jar after a failed update.
     *
     * @param bundle the bundle whose update failed
     * @param cause the root cause of the failure
     */
    void rollBack(Bundle bundle, String cause) {
        String name = bundle.getSymbolicName();
        String failedVersion = bundle.getVersion().toString();
        Optional<LastGoodStore.LastGood> good = store.lastGood(name);
        if (good.isEmpty()) {
            LOG.warn("Update of {} to {} failed and there is no last good version: {}", name, failedVersion, cause);
            return;
        }
        Optional<Path> jar = DeployFolder.jarOf(bundle);
        if (jar.isPresent() && TrustCheck.sha256(jar.get()).equals(good.get().sha256())) {
            LOG.warn("The last good version of {} fails too: {}", name, cause);
            return;
        }
        PluginNotice notice = new PluginNotice(
                ROLLED_BACK,
                false,
                "Opdatering til " + failedVersion + " mislykkedes: " + cause + "; rullet tilbage til "
                        + good.get().version(),
                "Update to " + failedVersion + " failed: " + cause + "; rolled back to "
                        + good.get().version());
        try {
            restore.restore(bundle, good.get());
        } catch (IOException | BundleException | RuntimeException e) {
            LOG.error("Rolling {} back to {} failed", name, good.get().version(), e);
            return;
        }
        store.recordRollBack(name, notice, good.get().sha256());
        LOG.warn(notice.en());
    }

    /** @return why a bundle meant to run is not active; empty when it started now */
    private static Optional<String> startProblem(Bundle bundle) {
        try {
            bundle.start(Bundle.START_TRANSIENT);
            return bundle.getState() == Bundle.ACTIVE ? Optional.empty() : Optional.of("it does not start");
        } catch (BundleException | IllegalStateException e) {
            return Optional.of(RootCause.of(e));
        }
    }

    private static boolean meantToRun(Bundle bundle) {
        BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
        return level != null && level.isPersistentlyStarted();
    }
}
