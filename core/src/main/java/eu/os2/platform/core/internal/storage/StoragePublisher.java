package eu.os2.platform.core.internal.storage;

import eu.os2.platform.api.storage.PlatformStorage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the platform's storage on a thread of its own and registers {@link PlatformStorage} when
 * core's tables are in place.
 *
 * <p>Why not a plain component: pax-jdbc-config publishes the DataSource from Configuration Admin's
 * single update thread, and Declarative Services would activate the storage — database start,
 * Liquibase, first administrator, demo data, seconds of work — on that thread. Every other
 * configuration in the platform (the HTTP server's among them) would wait behind it.
 */
@Component(immediate = true)
public class StoragePublisher {

    private static final Logger LOG = LoggerFactory.getLogger(StoragePublisher.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "os2-storage-start"));
    private final Future<?> start;
    private volatile ServiceRegistration<PlatformStorage> registration;

    @Activate
    public StoragePublisher(BundleContext context, @Reference(target = "(dataSourceName=os2)") DataSource dataSource) {
        start = worker.submit(() -> {
            try {
                PlatformStorageImpl storage = new PlatformStorageImpl(dataSource);
                registration = context.registerService(PlatformStorage.class, storage, null);
            } catch (RuntimeException e) {
                LOG.error("The platform storage did not start: {}", e.getMessage(), e);
            }
        });
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        start.cancel(false);
        worker.shutdown();
        worker.awaitTermination(30, TimeUnit.SECONDS);
        ServiceRegistration<PlatformStorage> current = registration;
        if (current != null) {
            try {
                current.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping and the framework has unregistered it
            }
        }
    }
}
