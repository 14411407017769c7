package eu.os2.platform.core.internal.startup;

import eu.os2.platform.api.plugin.PluginBundles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts again the bundles a node's start-up left unstarted. On a first boot Karaf installs its
 * features while the start level rises, and a bundle that is started at the moment the resolver's
 * hooks change fails with "Resolver hook service unregistered during resolve" (seen for the plugin
 * host and for pax-jdbc's pool) and is never tried again: the node stays "starting" for good and a
 * load balancer keeps it out until an admin restarts it.
 *
 * <p>Only after the framework reports a failed start, this looks a moment later for platform
 * bundles that are marked to run (persistently started, within the start level) but are not, looks
 * again a moment after that, and starts those it found both times once more, and logs it. It does
 * nothing while the framework itself starts or stops (the start level then still brings bundles up
 * or down); a bundle Karaf's features service stops for a moment to refresh it runs again by the
 * second look. Other bundles (libraries, Karaf's own) are left to Karaf: starting one of them while
 * the features service is still wiring the boot features could wire it to a bundle that is about to
 * be refreshed. A platform bundle an admin stopped is not marked to run and is left alone.
 */
@Component(
        immediate = true,
        service = {})
public class StartUpRepair implements FrameworkListener {

    /** How long after the framework's event the bundles are looked at, and between the two looks. */
    static final long DELAY_MILLIS = 3_000;

    /** At most this many looks that find something to start: a bundle that cannot start is not tried for ever. */
    static final int MAX_REPAIRS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(StartUpRepair.class);

    private final BundleContext context;
    private final ScheduledExecutorService worker;
    private ScheduledFuture<?> pending;
    private int repairs;

    @Activate
    public StartUpRepair(BundleContext context) {
        this.context = context;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "os2-start-up-repair");
            t.setDaemon(true);
            return t;
        });
        context.addFrameworkListener(this);
    }

    @Deactivate
    void deactivate() {
        context.removeFrameworkListener(this);
        worker.shutdownNow();
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.ERROR) {
            schedule();
        }
    }

    /** Looks a moment from now, once for events that come close together. */
    private synchronized void schedule() {
        if (repairs >= MAX_REPAIRS || (pending != null && !pending.isDone()) || worker.isShutdown()) {
            return;
        }
        try {
            pending = worker.schedule(this::look, DELAY_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the component is being deactivated
        }
    }

    private void look() {
        if (!repair(context, DELAY_MILLIS).isEmpty()) {
            synchronized (this) {
                repairs++;
            }
        }
    }

    /**
     * Starts the bundles that should run and do not at two looks {@code apartMillis} apart, both
     * while the framework runs (neither starts nor stops).
     *
     * @return what was done, one line per bundle
     */
    static List<String> repair(BundleContext context, long apartMillis) {
        Set<Bundle> first = leftUnstarted(context);
        if (first.isEmpty()) {
            return List.of();
        }
        try {
            Thread.sleep(apartMillis);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return List.of();
        }
        List<String> done = new ArrayList<>();
        for (Bundle bundle : leftUnstarted(context)) {
            if (!first.contains(bundle)) {
                continue;
            }
            try {
                bundle.start();
                done.add(bundle.getSymbolicName() + " " + bundle.getVersion() + ": started");
                LOG.warn(
                        "Bundle {} {} was left unstarted by the start-up although it is marked to run; started it again",
                        bundle.getSymbolicName(),
                        bundle.getVersion());
            } catch (BundleException | RuntimeException e) {
                done.add(bundle.getSymbolicName() + " " + bundle.getVersion() + ": " + e.getMessage());
                LOG.error(
                        "Bundle {} {} was left unstarted by the start-up and does not start: {}",
                        bundle.getSymbolicName(),
                        bundle.getVersion(),
                        e.getMessage());
            }
        }
        return done;
    }

    /** @return the bundles marked to run that do not, none while the framework starts or stops */
    private static Set<Bundle> leftUnstarted(BundleContext context) {
        Bundle system = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        if (system == null || system.getState() != Bundle.ACTIVE) {
            return Set.of();
        }
        FrameworkStartLevel framework = system.adapt(FrameworkStartLevel.class);
        int level = framework == null ? Integer.MAX_VALUE : framework.getStartLevel();
        Set<Bundle> found = new LinkedHashSet<>();
        for (Bundle bundle : context.getBundles()) {
            if (leftUnstarted(bundle, level)) {
                found.add(bundle);
            }
        }
        return found;
    }

    /** @return whether the platform bundle is marked to run at this start level but is not running or starting */
    static boolean leftUnstarted(Bundle bundle, int frameworkLevel) {
        int state = bundle.getState();
        if (!PluginBundles.isPlatform(bundle)
                || (state != Bundle.INSTALLED && state != Bundle.RESOLVED)
                || bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null) {
            return false;
        }
        BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
        return level != null && level.isPersistentlyStarted() && level.getStartLevel() <= frameworkLevel;
    }
}
