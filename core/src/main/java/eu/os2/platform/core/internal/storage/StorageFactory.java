package eu.os2.platform.core.internal.storage;

import eu.os2.platform.api.plugin.PluginBundles;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.storage.StorageException;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each bundle its own {@link PlatformStorage}: the platform's bundles (and any other bundle
 * that is not a partner plugin) share the platform's storage; a partner plugin gets a storage in its
 * own schema under its own database login, whose connections close when the bundle lets go of it.
 */
final class StorageFactory implements ServiceFactory<PlatformStorage> {

    private static final Logger LOG = LoggerFactory.getLogger(StorageFactory.class);

    private final PlatformStorage shared;
    private final PartnerAccounts accounts;

    StorageFactory(PlatformStorage shared, PartnerAccounts accounts) {
        this.shared = shared;
        this.accounts = accounts;
    }

    @Override
    public PlatformStorage getService(Bundle bundle, ServiceRegistration<PlatformStorage> registration) {
        if (!PluginBundles.isPartner(bundle)) {
            return shared;
        }
        Optional<String> pluginId = PluginBundles.pluginId(bundle);
        if (pluginId.isEmpty()) {
            String reason = "Bundle " + bundle.getSymbolicName() + " is a partner plugin without a well-formed "
                    + PluginBundles.PLUGIN_HEADER + " header (lower-case letters, digits and dashes, starting with"
                    + " a letter): it gets no database storage";
            LOG.warn(reason);
            return new RefusedStorage(shared.kind(), reason);
        }
        try {
            return accounts.open(pluginId.get(), bundle.getSymbolicName());
        } catch (StorageException e) {
            LOG.error("{}", e.getMessage(), e.getCause());
            return new RefusedStorage(shared.kind(), e.getMessage());
        }
    }

    @Override
    public void ungetService(
            Bundle bundle, ServiceRegistration<PlatformStorage> registration, PlatformStorage service) {
        if (service instanceof PartnerStorage partner) {
            partner.close();
        }
    }
}
