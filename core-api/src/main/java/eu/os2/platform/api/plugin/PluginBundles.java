package eu.os2.platform.api.plugin;

import java.util.Optional;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;

/**
 * Which bundles are the platform's own and which are partner plugins.
 *
 * <p>A platform bundle is installed by the platform's Karaf features, from its Maven coordinates
 * ({@value #PLATFORM_LOCATION_PREFIX}…); a symbolic name alone proves nothing. A partner plugin is
 * any other bundle that names its plugin id in the {@value #PLUGIN_HEADER} manifest header, or that
 * was installed from the {@code deploy/} folder.
 *
 * @since 0.1.0
 */
public final class PluginBundles {

    /** The manifest header that names a plugin's id, e.g. {@code OS2-Plugin: meetings}. */
    public static final String PLUGIN_HEADER = "OS2-Plugin";

    /**
     * The manifest header with the core-api version range a plugin was built for, e.g. {@code
     * OS2-Core-API: [0.1,1)}. The plugin parent stamps it, together with a requirement on {@link
     * #CORE_API_CAPABILITY}.
     */
    public static final String CORE_API_HEADER = "OS2-Core-API";

    /**
     * The capability namespace core-api provides, with attribute {@code version} (the core-api
     * release, e.g. {@code 0.1.0}); a plugin requires it with the range it was built for.
     */
    public static final String CORE_API_CAPABILITY = "eu.os2.platform.api";

    /** Where the platform's own bundles are installed from. */
    public static final String PLATFORM_LOCATION_PREFIX = "mvn:eu.os2.platform/";

    /** A plugin id: lower-case letters, digits and dashes, starting with a letter, at most 40 characters. */
    public static final Pattern PLUGIN_ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private PluginBundles() {}

    /** @return whether the platform's features installed the bundle */
    public static boolean isPlatform(Bundle bundle) {
        return bundle.getLocation().startsWith(PLATFORM_LOCATION_PREFIX);
    }

    /** @return whether the bundle is a partner plugin: not the platform's, and marked as a plugin or deployed */
    public static boolean isPartner(Bundle bundle) {
        if (bundle.getBundleId() == 0 || isPlatform(bundle)) {
            return false;
        }
        return bundle.getHeaders("").get(PLUGIN_HEADER) != null
                || bundle.getLocation().replace('\\', '/').contains("/deploy/");
    }

    /**
     * @return the plugin id the bundle declares in {@value #PLUGIN_HEADER}, when it is a well-formed
     *     id ({@link #PLUGIN_ID})
     */
    public static Optional<String> pluginId(Bundle bundle) {
        String id = bundle.getHeaders("").get(PLUGIN_HEADER);
        return id != null && PLUGIN_ID.matcher(id.strip()).matches() ? Optional.of(id.strip()) : Optional.empty();
    }
}
