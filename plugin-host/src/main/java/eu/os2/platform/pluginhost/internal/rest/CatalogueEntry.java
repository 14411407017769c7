package eu.os2.platform.pluginhost.internal.rest;

import eu.os2.platform.pluginhost.internal.PartnerPlugin;

/**
 * A partner plugin in the catalogue every signed-in user reads: who made it, what it is, whether
 * it fits this platform, whether it is trusted and whether it works. Nothing an administrator
 * alone should see (signer, problems, bundle ids).
 *
 * @param organisation the organisation that made it
 * @param name the plugin's name
 * @param pluginId the plugin id
 * @param version the running version
 * @param compatible whether it is built for the core-api this platform runs
 * @param trust signed | allow-listed | unverified | refused | off
 * @param working whether it is running and working
 */
public record CatalogueEntry(
        String organisation,
        String name,
        String pluginId,
        String version,
        boolean compatible,
        String trust,
        boolean working) {

    static CatalogueEntry of(PartnerPlugin p) {
        return new CatalogueEntry(
                p.organisation(), p.name(), p.pluginId(), p.version(), p.compatible(), p.trust(), p.working());
    }
}
