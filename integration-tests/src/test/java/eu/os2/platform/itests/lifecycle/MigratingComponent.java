package eu.os2.platform.itests.lifecycle;

import eu.os2.platform.api.storage.PlatformStorage;
import org.osgi.framework.BundleContext;

/**
 * The one component of the test plugins {@link eu.os2.platform.itests.PluginLifecycleIT} builds: it
 * applies the plugin's changelog when it activates, as every plugin does. Its description is written
 * by the test ({@code OSGI-INF/migrating.xml}); the class is copied into each version of the plugin.
 */
public class MigratingComponent {

    /** The changelog inside the plugin. */
    public static final String CHANGELOG = "db/changelog.yaml";

    /** Set by Declarative Services (field reference). */
    private PlatformStorage storage;

    /** @param context the plugin bundle's context */
    public void activate(BundleContext context) {
        storage.migrate(context.getBundle(), CHANGELOG);
    }
}
