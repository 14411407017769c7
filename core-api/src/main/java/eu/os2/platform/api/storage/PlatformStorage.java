package eu.os2.platform.api.storage;

import javax.sql.DataSource;
import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * The platform's storage. A bundle owns its tables: it ships a Liquibase changelog inside the
 * bundle and calls {@link #migrate(Bundle, String)} when its component activates, before it
 * touches its tables. Table names start with the bundle's area, e.g. {@code payments_invoice}.
 *
 * @since 0.1.0
 */
@ProviderType
public interface PlatformStorage {

    /**
     * @return the shared, pooled DataSource; its connections join the transaction that
     *     {@link Transactions#run(DataSource, java.util.function.Supplier)} runs on the calling thread
     */
    DataSource dataSource();

    /** @return which database is behind {@link #dataSource()} */
    DatabaseKind kind();

    /**
     * Applies a changelog from inside a bundle. Changesets already applied are skipped; a changeset
     * whose content changed after it was applied fails the call. Concurrent calls from several
     * nodes are serialised by Liquibase's lock table.
     *
     * @param bundle the bundle whose class loader holds the changelog
     * @param changelogPath the path inside the bundle, e.g. {@code db/changelog.yaml}
     * @throws StorageException if the migration fails; the bundle must not start then
     */
    void migrate(Bundle bundle, String changelogPath);
}
