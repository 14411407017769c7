package eu.os2.platform.core.internal.startup;

import eu.os2.platform.api.plugin.PluginBundles;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
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
 * load balancer keeps it out until an admin restarts it. After the framework reports a failed start
 * or a new start level, this looks a moment later for bundles that are marked to run (persistently
 * started, within the start level) but are not, starts each of them once more and logs it. A bundle
 * an admin stopped is not marked to run and is left alone, and so are partner plugins: the plugin
 * host decides whether they run.
 */
@Component(
        immediate = true,
        service = {})
public class StartUpRepair implements FrameworkListener {

    /** How long after the framework's event the bundles are looked at: the start-up goes on meanwhile. */
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
        // a failure before this component started has sent its event already: one look in any case
        schedule();
    }

    @Deactivate
    void deactivate() {
        context.removeFrameworkListener(this);
        worker.shutdownNow();
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.ERROR || event.getType() == FrameworkEvent.STARTLEVEL_CHANGED) {
            schedule();
        }
    }

    /** Looks a moment from now, once for events that come close together. */
    private synchronized void schedule() {
        if (repairs >= MAX_REPAIRS || (pending != null && !pending.isDone()) || worker.isShutdown()) {
            return;
        }
        try {
            pending = worker.schedule(
                    () -> {
                        if (!repair(context).isEmpty()) {
                            synchronized (this) {
                                repairs++;
                            }
                        }
                    },
                    DELAY_MILLIS,
                    TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // the component is being deactivated
        }
    }

    /**
     * Starts the bundles that should run and do not.
     *
     * @return what was done, one line per bundle
     */
    static List<String> repair(BundleContext context) {
        FrameworkStartLevel framework =
                context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkStartLevel.class);
        int level = framework == null ? Integer.MAX_VALUE : framework.getStartLevel();
        List<String> done = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (!leftUnstarted(bundle, level)) {
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

    /**
     * @return whether the bundle is marked to run at this start level but is not running or starting
     *     (partner plugins excepted)
     */
    static boolean leftUnstarted(Bundle bundle, int frameworkLevel) {
        if (bundle.getBundleId() == 0
                || (bundle.getState() != Bundle.INSTALLED && bundle.getState() != Bundle.RESOLVED)
                || bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null
                || PluginBundles.isPartner(bundle)) {
            return false;
        }
        BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
        return level != null && level.isPersistentlyStarted() && level.getStartLevel() <= frameworkLevel;
    }
}
