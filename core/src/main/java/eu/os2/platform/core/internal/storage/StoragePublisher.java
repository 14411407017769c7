package eu.os2.platform.core.internal.storage;

import eu.os2.platform.api.storage.DatabaseKind;
import eu.os2.platform.api.storage.PlatformStorage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Properties;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * Opens the platform's storage on a thread of its own and registers {@link PlatformStorage} when
 * core's tables are in place: one instance per bundle ({@link StorageFactory}), the platform's own
 * bundles sharing the platform's DataSource, each partner plugin in its own schema under its own
 * database login.
 *
 * <p>Why not a plain component: pax-jdbc-config publishes the DataSource from Configuration Admin's
 * single update thread, and Declarative Services would activate the storage — database start,
 * Liquibase, first administrator, demo data, seconds of work — on that thread. Every other
 * configuration in the platform (the HTTP server's among them) would wait behind it.
 *
 * <p>A start that fails (the database is not reachable yet, or anything else) is logged with its
 * cause and tried again, first after 2 s and then with doubling pauses up to a minute.
 */
@Component(immediate = true, configurationPid = "eu.os2.platform.core")
public class StoragePublisher {

    /** Settings in {@code etc/eu.os2.platform.core.cfg}. */
    public @interface Config {
        /** @return the most database connections one partner plugin holds on this node */
        int plugin_pool_maxConnections() default 4;
    }

    private final ScheduledThreadPoolExecutor worker =
            new ScheduledThreadPoolExecutor(1, r -> new Thread(r, "os2-storage-start"));
    private volatile ServiceRegistration<PlatformStorage> registration;
    private volatile int pluginPoolSize;

    @Activate
    public StoragePublisher(
            BundleContext context, @Reference(target = "(dataSourceName=os2)") DataSource dataSource, Config config) {
        pluginPoolSize = config.plugin_pool_maxConnections();
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        Path scripts = Path.of(System.getProperty("karaf.data", "data"), "os2-plugins");
        new RetryingStart<>(
                        worker,
                        "platform storage",
                        () -> {
                            PlatformStorageImpl shared = new PlatformStorageImpl(dataSource);
                            DatabaseKind kind = shared.kind();
                            PartnerAccounts accounts = new PartnerAccounts(
                                    dataSource,
                                    kind,
                                    (url, properties) -> connect(context, kind, url, properties),
                                    scripts,
                                    () -> pluginPoolSize);
                            return new StorageFactory(shared, accounts);
                        },
                        factory -> registration = context.registerService(PlatformStorage.class, factory, null),
                        2_000,
                        60_000)
                .begin();
    }

    /** A changed pool size applies to the plugins' pools opened from now on. */
    @Modified
    void modified(Config config) {
        pluginPoolSize = config.plugin_pool_maxConnections();
    }

    /** Connects through the driver that the database's JDBC bundle publishes. */
    private static Connection connect(BundleContext context, DatabaseKind kind, String url, Properties properties)
            throws SQLException {
        String driver = kind == DatabaseKind.POSTGRESQL ? "org.postgresql.Driver" : "org.h2.Driver";
        Collection<ServiceReference<DataSourceFactory>> found;
        try {
            found = context.getServiceReferences(
                    DataSourceFactory.class, "(" + DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=" + driver + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (ServiceReference<DataSourceFactory> reference : found) {
            DataSourceFactory factory = context.getService(reference);
            if (factory == null) {
                continue;
            }
            try {
                Connection connection = factory.createDriver(null).connect(url, properties);
                if (connection == null) {
                    throw new SQLException("the driver " + driver + " does not accept " + url);
                }
                return connection;
            } finally {
                context.ungetService(reference);
            }
        }
        throw new SQLException("no JDBC driver " + driver + " is running");
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
