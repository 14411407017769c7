package eu.os2.platform.api.plugin;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * The platform's check of partner bundles before they start (core-api compatibility and trust) and
 * its record of failed updates it rolled back. The Plugins page and the health check show its
 * notices.
 *
 * @since 0.1.0
 */
@ProviderType
public interface PluginGate {

    /**
     * @param bundle any bundle
     * @return what the platform has to say about it, the blocking notices first; empty for a bundle
     *     that is not a partner plugin or that passed every check
     */
    List<PluginNotice> notices(Bundle bundle);
}
