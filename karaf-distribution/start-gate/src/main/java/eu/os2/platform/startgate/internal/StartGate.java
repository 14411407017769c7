package eu.os2.platform.startgate.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts at start level 25, between Karaf's features service (15) and every other bundle of the
 * distribution (30 and up), and returns from {@link #start} only when the features service has settled.
 *
 * <p>The features service starts in full only when the configuration admin and the Maven URL handler are
 * registered; the handler comes when the configuration admin has handed pax-url-aether its configuration,
 * often while the framework already starts level 30. The features service's activator stops and starts again
 * when a service it tracks arrives while it starts, and each stop unregisters the region resolver hooks. A
 * bundle the framework resolves in that moment fails ("Resolver hook service unregistered during resolve"),
 * and so does a class loaded through a dynamic import, e.g. SPI Fly's {@code Util} in Jetty's woven classes,
 * which leaves the node without a web server. Holding the start level here keeps the platform's hundreds of
 * resolves out of that window. The gate waits at most {@link #LIMIT_SECONDS} seconds, then lets the start go
 * on and says why.
 */
public final class StartGate implements BundleActivator {

    /** How long the gate holds the start at most. */
    static final int LIMIT_SECONDS = 30;

    /** How long the features service must stay unchanged and idle to count as settled. */
    static final long QUIET_MILLIS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(StartGate.class);

    @Override
    public void start(BundleContext context) {
        KarafFeatures features = new KarafFeatures(context);
        if (!features.active()) {
            LOG.info("Karaf's features service is not active: the start goes on without waiting for it");
            return;
        }
        boolean asynchronous = features.bootFeaturesAsynchronous();
        long begin = System.nanoTime();
        long deadline = begin + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
        try {
            features.awaitUrlHandlerConfiguration(deadline);
            ConfigurationDelivery.awaitEarlierDeliveries(context, deadline);
            features.awaitSettled(new Settling(TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS), !asynchronous), deadline);
            LOG.info(
                    "Karaf's features service settled after {} ms (boot features {}); the platform's bundles start now",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin),
                    asynchronous ? "installed aside" : "installed in its start");
        } catch (TimeoutException e) {
            LOG.warn(
                    "Karaf's features service did not settle in {} s ({}); the platform's bundles start anyway",
                    LIMIT_SECONDS,
                    e.getMessage());
        } catch (InterruptedException e) {
            // the framework stops while it starts: nothing to hold any more
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop(BundleContext context) {
        // nothing to undo: the gate only waits while it starts
    }
}
