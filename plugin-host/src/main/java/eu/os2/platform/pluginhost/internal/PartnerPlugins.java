package eu.os2.platform.pluginhost.internal;

import java.util.List;
import java.util.Optional;

/** The partner plugins this platform runs, and what an admin may do with them. */
public interface PartnerPlugins {

    /**
     * Every partner plugin installed on this platform.
     *
     * @return the plugins, one per partner bundle
     */
    List<PartnerPlugin> list();

    /**
     * One partner plugin.
     *
     * @param symbolicName the bundle's symbolic name
     * @return the plugin, or empty when no partner bundle has that symbolic name
     */
    Optional<PartnerPlugin> find(String symbolicName);

    /**
     * Runs the same checks as a jar dropped into deploy/ (it is written into deploy/ atomically).
     *
     * @param fileName the jar's file name as the admin chose it
     * @param jar the jar's bytes
     * @return the plugin as installed
     * @throws PluginRefusedException with a reason (da/en) when the jar is not a partner plugin, is
     *     incompatible or untrusted in enforce mode
     */
    PartnerPlugin upload(String fileName, byte[] jar);

    /**
     * Starts a partner plugin.
     *
     * @param symbolicName the bundle's symbolic name
     */
    void start(String symbolicName);

    /**
     * Stops a partner plugin.
     *
     * @param symbolicName the bundle's symbolic name
     */
    void stop(String symbolicName);

    /**
     * Uninstalls a partner plugin; removes its jar from deploy/.
     *
     * @param symbolicName the bundle's symbolic name
     */
    void uninstall(String symbolicName);

    /**
     * Goes back to the last good jar of a partner plugin.
     *
     * @param symbolicName the bundle's symbolic name
     * @return the plugin after the roll-back
     * @throws IllegalStateException when there is no last good jar
     */
    PartnerPlugin rollBack(String symbolicName);
}
