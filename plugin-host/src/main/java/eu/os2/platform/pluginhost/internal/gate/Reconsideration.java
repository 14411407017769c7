package eu.os2.platform.pluginhost.internal.gate;

import eu.os2.platform.api.plugin.PluginBundles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies changed trust rules to the partner bundles already installed: refreshes the resolved
 * ones now refused (which stops them and leaves them unresolved), and starts the held-back ones now
 * admitted that are marked to run.
 */
final class Reconsideration implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Reconsideration.class);

    private final BundleContext context;
    private final Predicate<Bundle> refused;

    Reconsideration(BundleContext context, Predicate<Bundle> refused) {
        this.context = context;
        this.refused = refused;
    }

    @Override
    public void run() {
        List<Bundle> holdBack = new ArrayList<>();
        List<Bundle> admit = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (!PluginBundles.isPartner(bundle) || bundle.getState() == Bundle.UNINSTALLED) {
                continue;
            }
            boolean resolved = (bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0;
            if (refused.test(bundle)) {
                if (resolved) {
                    holdBack.add(bundle);
                }
            } else if (bundle.getState() == Bundle.INSTALLED && meantToRun(bundle)) {
                admit.add(bundle);
            }
        }
        if (!holdBack.isEmpty()) {
            LOG.warn("Holding back partner bundles the gate now refuses: {}", names(holdBack));
            context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(holdBack);
        }
        for (Bundle bundle : admit) {
            try {
                bundle.start();
                LOG.info("Started partner bundle {}, which the gate now admits", bundle.getSymbolicName());
            } catch (BundleException | IllegalStateException e) {
                LOG.warn("Partner bundle {} still does not start: {}", bundle.getSymbolicName(), e.getMessage());
            }
        }
    }

    private static boolean meantToRun(Bundle bundle) {
        BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
        return level != null && level.isPersistentlyStarted();
    }

    private static List<String> names(List<Bundle> bundles) {
        return bundles.stream().map(Bundle::getSymbolicName).toList();
    }
}
