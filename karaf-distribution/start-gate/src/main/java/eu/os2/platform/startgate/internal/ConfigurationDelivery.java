package eu.os2.platform.startgate.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ManagedService;

/**
 * Waits until the configuration admin has handed out every configuration queued before now: it delivers to
 * managed services one at a time and in order, so when a managed service registered now is called, the Maven
 * URL handler has had its configuration and registered the handler the features service waits for.
 */
final class ConfigurationDelivery implements ManagedService {

    /** The gate's own persistent identity, which no configuration uses. */
    static final String PID = "eu.os2.platform.startgate";

    private final CountDownLatch delivered = new CountDownLatch(1);

    private ConfigurationDelivery() {}

    static void awaitEarlierDeliveries(BundleContext context, long deadline)
            throws InterruptedException, TimeoutException {
        ConfigurationDelivery delivery = new ConfigurationDelivery();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_PID, PID);
        ServiceRegistration<ManagedService> registration =
                context.registerService(ManagedService.class, delivery, properties);
        try {
            long left = deadline - System.nanoTime();
            if (!delivery.delivered.await(Math.max(0, left), TimeUnit.NANOSECONDS)) {
                throw new TimeoutException("the configuration admin to reach the gate's configuration");
            }
        } finally {
            registration.unregister();
        }
    }

    @Override
    public void updated(Dictionary<String, ?> properties) {
        delivered.countDown();
    }
}
