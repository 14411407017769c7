package eu.os2.platform.core.internal.storage;

import eu.os2.platform.api.storage.DatabaseKind;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.api.storage.Transactions;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.FastCheckService;
import liquibase.command.CommandScope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.OSGiResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's storage on the DataSource that pax-jdbc-config publishes from
 * {@code etc/org.ops4j.datasource-os2.cfg}. Which database it is follows from that file alone.
 * Published by {@link StoragePublisher} once core's own tables are in place.
 */
public class PlatformStorageImpl implements PlatformStorage {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformStorageImpl.class);

    private final DataSource dataSource;
    private final DatabaseKind kind;

    /** Connects and applies core's changelog; slow on a first start (seconds). */
    public PlatformStorageImpl(DataSource dataSource) {
        // connections join the transaction a change runs in (Transactions.run), the audit entry's included
        this.dataSource = Transactions.joining(dataSource);
        this.kind = detectKind(dataSource);
        LOG.info("Platform storage on {}", kind);
        // core's own tables exist before any core service that uses them is registered
        migrate(FrameworkUtil.getBundle(PlatformStorageImpl.class), CoreSchema.CHANGELOG);
    }

    static DatabaseKind detectKind(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return DatabaseKind.POSTGRESQL;
            }
            if (product.contains("h2")) {
                return DatabaseKind.H2;
            }
            throw new StorageException("unsupported database: " + product, null);
        } catch (SQLException e) {
            throw new StorageException("cannot connect to the platform database", e);
        }
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public DatabaseKind kind() {
        return kind;
    }

    @Override
    public void migrate(Bundle bundle, String changelogPath) {
        migrate(dataSource, new OSGiResourceAccessor(bundle), changelogPath, bundle.getSymbolicName());
    }

    /**
     * Applies a changelog read through the resource accessor. Liquibase remembers per database and
     * changelog path that a changelog was up to date and would skip the next update of the same path
     * without reading it; an updated bundle's new changesets would then wait for a restart. The
     * memory is cleared first, so every call reads the changelog as it is now.
     */
    static void migrate(DataSource dataSource, ResourceAccessor resources, String changelogPath, String owner) {
        // Liquibase finds its own extensions through the thread's context class loader.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Liquibase.class.getClassLoader());
        try (Connection connection = dataSource.getConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            // Liquibase's messages and summary go to the platform log, not to the console of bin/karaf
            Map<String, Object> scope =
                    Map.of(Scope.Attr.resourceAccessor.name(), resources, Scope.Attr.ui.name(), new LoggerUIService());
            Scope.child(scope, () -> {
                Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
                new CommandScope("update")
                        .addArgumentValue("database", database)
                        .addArgumentValue("changelogFile", changelogPath)
                        .setOutput(OutputStream.nullOutputStream())
                        .execute();
            });
            LOG.info("Applied {} of {}", changelogPath, owner);
        } catch (Exception e) {
            throw new StorageException("migration " + changelogPath + " of " + owner + " failed: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
