package eu.os2.platform.pluginhost.internal;

import eu.os2.platform.api.plugin.PluginNotice;
import java.util.List;

/**
 * A partner plugin as the platform sees it.
 *
 * @param bundleId the OSGi bundle id
 * @param symbolicName the bundle's symbolic name
 * @param pluginId the plugin id from the {@code OS2-Plugin} header
 * @param name the bundle's name
 * @param version the bundle's version
 * @param organisation the organisation that made it (the bundle's vendor)
 * @param coreApiRange the core-api version range the plugin was built for
 * @param compatible whether the running core-api lies in that range
 * @param trust signed | allow-listed | unverified | refused | off
 * @param trustDetail the signer DN, the allow-list entry or the reason
 * @param state the bundle state: ACTIVE, INSTALLED, RESOLVED ...
 * @param working whether the plugin is active and its components are satisfied
 * @param notices what the platform says about the plugin, in Danish and English
 * @param problems activation or resolution problems
 * @param lastGoodVersion the version of the last good jar, null when none
 * @param pageRoles the roles of the console pages the plugin contributes
 */
public record PartnerPlugin(
        long bundleId,
        String symbolicName,
        String pluginId,
        String name,
        String version,
        String organisation,
        String coreApiRange,
        boolean compatible,
        String trust,
        String trustDetail,
        String state,
        boolean working,
        List<PluginNotice> notices,
        List<String> problems,
        String lastGoodVersion,
        List<String> pageRoles) {}
