package eu.os2.platform.core.internal.storage;

import eu.os2.platform.api.storage.PlatformStorage;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Opens the platform's storage on a thread of its own and registers {@link PlatformStorage} when
 * core's tables are in place.
 *
 * <p>Why not a plain component: pax-jdbc-config publishes the DataSource from Configuration Admin's
 * single update thread, and Declarative Services would activate the storage — database start,
 * Liquibase, first administrator, demo data, seconds of work — on that thread. Every other
 * configuration in the platform (the HTTP server's among them) would wait behind it.
 *
 * <p>A start that fails (the database is not reachable yet, or anything else) is logged with its
 * cause and tried again, first after 2 s and then with doubling pauses up to a minute.
 */
@Component(immediate = true)
public class StoragePublisher {

    private final ScheduledThreadPoolExecutor worker =
            new ScheduledThreadPoolExecutor(1, r -> new Thread(r, "os2-storage-start"));
    private volatile ServiceRegistration<PlatformStorage> registration;

    @Activate
    public StoragePublisher(BundleContext context, @Reference(target = "(dataSourceName=os2)") DataSource dataSource) {
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        new RetryingStart<>(
                        worker,
                        "platform storage",
                        () -> new PlatformStorageImpl(dataSource),
                        storage -> registration = context.registerService(PlatformStorage.class, storage, null),
                        2_000,
                        60_000)
                .begin();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
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
