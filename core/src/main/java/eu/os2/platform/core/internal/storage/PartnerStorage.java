package eu.os2.platform.core.internal.storage;

import eu.os2.platform.api.storage.DatabaseKind;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.storage.Transactions;
import javax.sql.DataSource;
import liquibase.resource.OSGiResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.osgi.framework.Bundle;

/**
 * A partner plugin's storage: its own connections, logged in as its own database login, in its own
 * schema. Its Liquibase changelog and Liquibase's bookkeeping tables live in that schema.
 */
final class PartnerStorage implements PlatformStorage, AutoCloseable {

    private final String pluginId;
    private final DatabaseKind kind;
    private final PartnerPool pool;
    private final DataSource dataSource;

    PartnerStorage(String pluginId, DatabaseKind kind, PartnerPool pool) {
        this.pluginId = pluginId;
        this.kind = kind;
        this.pool = pool;
        this.dataSource = Transactions.joining(pool);
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
        PlatformStorageImpl.migrate(
                pool,
                new OSGiResourceAccessor(bundle),
                changelogPath,
                bundle.getSymbolicName() + " (plugin " + pluginId + ")");
    }

    /** Applies a changelog read through the resource accessor in the plugin's schema. */
    void migrate(ResourceAccessor resources, String changelogPath) {
        PlatformStorageImpl.migrate(pool, resources, changelogPath, "plugin " + pluginId);
    }

    /** @return the plugin's pool, to see how many connections it holds */
    PartnerPool pool() {
        return pool;
    }

    /** Closes every connection of the plugin. */
    @Override
    public void close() {
        pool.close();
    }
}
