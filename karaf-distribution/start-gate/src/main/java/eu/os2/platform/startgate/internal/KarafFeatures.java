package eu.os2.platform.startgate.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** What the gate reads of Karaf's features service, by service names: it does not wire to Karaf's packages. */
final class KarafFeatures {

    static final String BUNDLE = "org.apache.karaf.features.core";
    static final String FEATURES_SERVICE = "org.apache.karaf.features.FeaturesService";
    static final String BOOT_FINISHED = "org.apache.karaf.features.BootFinished";
    static final String FEATURES_PID = "org.apache.karaf.features";
    static final String ASYNCHRONOUS = "featuresBootAsynchronous";

    /**
     * The configurations whose arrival restarts the features service: its own, and the Maven URL handler's,
     * which registers the handler the features service needs.
     */
    static final List<String> RESTARTING_PIDS = List.of(FEATURES_PID, "org.ops4j.pax.url.mvn");

    private static final long LOOK_MILLIS = 20;

    private final BundleContext context;

    KarafFeatures(BundleContext context) {
        this.context = context;
    }

    /** @return whether the features service's bundle is there and started */
    boolean active() {
        for (Bundle bundle : context.getBundles()) {
            if (BUNDLE.equals(bundle.getSymbolicName())) {
                return bundle.getState() == Bundle.ACTIVE || bundle.getState() == Bundle.STARTING;
            }
        }
        return false;
    }

    /**
     * Waits until the configuration admin holds each configuration of {@link #RESTARTING_PIDS} that has a file in
     * {@code etc}: Felix File Install reads them in its own time, and one read after the gate would restart the
     * features service again.
     */
    void awaitConfigurations(long deadline) throws InterruptedException, TimeoutException {
        String etc = context.getProperty("karaf.etc");
        for (String pid : RESTARTING_PIDS) {
            if (etc == null || !Files.exists(Path.of(etc, pid + ".cfg"))) {
                continue;
            }
            while (!configured(pid)) {
                StartGate.checkDeadline(deadline, "the configuration " + pid + " from etc");
                Thread.sleep(LOOK_MILLIS);
            }
        }
    }

    /** Waits until {@code settling} finds the features service settled. */
    void awaitSettled(Settling settling, long deadline) throws InterruptedException, TimeoutException {
        while (!settling.settled(look(), System.nanoTime())) {
            StartGate.checkDeadline(deadline, "the features service to finish its start");
            Thread.sleep(LOOK_MILLIS);
        }
    }

    /**
     * @return whether the features service installs its boot features in a thread of its own, so that its start
     *     ends without waiting for them ({@code featuresBootAsynchronous}, false unless configured)
     */
    boolean bootFeaturesAsynchronous() {
        Configuration[] configurations = configurations(FEATURES_PID);
        Dictionary<String, Object> properties = configurations == null ? null : configurations[0].getProperties();
        Object value = properties == null ? null : properties.get(ASYNCHRONOUS);
        return value != null && Boolean.parseBoolean(value.toString().trim());
    }

    private boolean configured(String pid) {
        return configurations(pid) != null;
    }

    /** @return the configurations with the persistent identity, null when there is none or no configuration admin */
    private Configuration[] configurations(String pid) {
        ServiceReference<ConfigurationAdmin> reference = context.getServiceReference(ConfigurationAdmin.class);
        ConfigurationAdmin admin = reference == null ? null : context.getService(reference);
        if (admin == null) {
            return null;
        }
        try {
            return admin.listConfigurations("(" + Constants.SERVICE_PID + "=" + pid + ")");
        } catch (IOException | InvalidSyntaxException e) {
            return null;
        } finally {
            context.ungetService(reference);
        }
    }

    private FeaturesSnapshot look() {
        return new FeaturesSnapshot(highestId(FEATURES_SERVICE), highestId(BOOT_FINISHED));
    }

    private long highestId(String name) {
        ServiceReference<?>[] references;
        try {
            references = context.getAllServiceReferences(name, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        long highest = FeaturesSnapshot.NONE;
        if (references != null) {
            for (ServiceReference<?> reference : references) {
                highest = Math.max(highest, (Long) reference.getProperty(Constants.SERVICE_ID));
            }
        }
        return highest;
    }
}
