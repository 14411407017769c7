package eu.os2.platform.core.internal.storage;

import eu.os2.platform.api.storage.DatabaseKind;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.storage.StorageException;
import javax.sql.DataSource;
import org.osgi.framework.Bundle;

/**
 * The storage a partner bundle gets when it may not have one yet: every use fails with the reason,
 * so the component that needs it fails to activate with that message, which the Plugins page shows.
 */
final class RefusedStorage implements PlatformStorage {

    private final DatabaseKind kind;
    private final String reason;

    /**
     * @param reason what every use fails with; no cause is attached, so that the root cause a console
     *     shows is this reason (the platform log has the details)
     */
    RefusedStorage(DatabaseKind kind, String reason) {
        this.kind = kind;
        this.reason = reason;
    }

    @Override
    public DataSource dataSource() {
        throw new StorageException(reason, null);
    }

    @Override
    public DatabaseKind kind() {
        return kind;
    }

    @Override
    public void migrate(Bundle bundle, String changelogPath) {
        throw new StorageException(reason, null);
    }
}
