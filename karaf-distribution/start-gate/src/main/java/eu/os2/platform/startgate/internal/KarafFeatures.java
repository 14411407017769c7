package eu.os2.platform.startgate.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

/** What the gate reads of Karaf's features service, by service names: it does not wire to Karaf's packages. */
final class KarafFeatures {

    static final String BUNDLE = "org.apache.karaf.features.core";
    static final String FEATURES_SERVICE = "org.apache.karaf.features.FeaturesService";
    static final String BOOT_FINISHED = "org.apache.karaf.features.BootFinished";
    static final String URL_HANDLER = "org.osgi.service.url.URLStreamHandlerService";
    static final String MAVEN_URLS = "(url.handler.protocol=mvn)";

    /** The features service's settings, which it reads from {@code etc} when it opens. */
    static final String CONFIG_FILE = "org.apache.karaf.features.cfg";

    static final String ASYNCHRONOUS = "featuresBootAsynchronous";

    /**
     * The Maven URL handler's configuration: pax-url-aether registers the handler the features service waits for
     * only when the configuration admin has handed it this configuration.
     */
    static final String URL_HANDLER_PID = "org.ops4j.pax.url.mvn";

    private static final long LOOK_MILLIS = 20;

    private final BundleContext context;

    /** Karaf's {@code etc} folder, null outside Karaf */
    private final Path etc;

    KarafFeatures(BundleContext context) {
        this.context = context;
        String folder = context.getProperty("karaf.etc");
        this.etc = folder == null ? null : Path.of(folder);
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
     * Waits until the configuration admin holds the Maven URL handler's configuration, when it has a file in
     * {@code etc}: Felix File Install reads it in its own time.
     */
    void awaitUrlHandlerConfiguration(long deadline) throws InterruptedException, TimeoutException {
        if (etc == null || !Files.exists(etc.resolve(URL_HANDLER_PID + ".cfg"))) {
            return;
        }
        await(() -> configured(URL_HANDLER_PID), deadline, "the configuration " + URL_HANDLER_PID + " from etc");
    }

    /** Waits until {@code settling} finds the features service settled. */
    void awaitSettled(Settling settling, long deadline) throws InterruptedException, TimeoutException {
        await(() -> settling.settled(look(), System.nanoTime()), deadline, "the features service to finish its start");
    }

    /**
     * Looks every {@value #LOOK_MILLIS} ms until {@code condition} holds.
     *
     * @throws TimeoutException when {@code deadline} (a {@link System#nanoTime()}) passes first
     */
    private static void await(BooleanSupplier condition, long deadline, String waitingFor)
            throws InterruptedException, TimeoutException {
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline >= 0) {
                throw new TimeoutException("still waiting for " + waitingFor);
            }
            Thread.sleep(LOOK_MILLIS);
        }
    }

    /**
     * @return whether the features service installs its boot features in a thread of its own, so that its start
     *     ends without waiting for them ({@value #ASYNCHRONOUS} in {@code etc/}{@value #CONFIG_FILE}, false
     *     unless set there)
     */
    boolean bootFeaturesAsynchronous() {
        Properties settings = new Properties();
        if (etc != null) {
            try (InputStream in = Files.newInputStream(etc.resolve(CONFIG_FILE))) {
                settings.load(in);
            } catch (IOException e) {
                return false;
            }
        }
        return Boolean.parseBoolean(settings.getProperty(ASYNCHRONOUS, "false").trim());
    }

    private boolean configured(String pid) {
        ServiceReference<ConfigurationAdmin> reference = context.getServiceReference(ConfigurationAdmin.class);
        ConfigurationAdmin admin = reference == null ? null : context.getService(reference);
        if (admin == null) {
            return false;
        }
        try {
            return admin.listConfigurations("(" + Constants.SERVICE_PID + "=" + pid + ")") != null;
        } catch (IOException | InvalidSyntaxException e) {
            return false;
        } finally {
            context.ungetService(reference);
        }
    }

    private FeaturesSnapshot look() {
        long configurationAdmin = highestId(ConfigurationAdmin.class.getName(), null);
        long urlHandler = highestId(URL_HANDLER, MAVEN_URLS);
        long tracked = configurationAdmin == FeaturesSnapshot.NONE || urlHandler == FeaturesSnapshot.NONE
                ? FeaturesSnapshot.NONE
                : Math.max(configurationAdmin, urlHandler);
        return new FeaturesSnapshot(highestId(FEATURES_SERVICE, null), highestId(BOOT_FINISHED, null), tracked);
    }

    private long highestId(String name, String filter) {
        ServiceReference<?>[] references;
        try {
            references = context.getAllServiceReferences(name, filter);
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
