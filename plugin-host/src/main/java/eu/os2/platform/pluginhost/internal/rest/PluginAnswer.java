package eu.os2.platform.pluginhost.internal.rest;

import eu.os2.platform.api.plugin.PluginNotice;
import eu.os2.platform.pluginhost.internal.PartnerPlugin;
import java.util.List;

/**
 * A partner plugin as an administrator sees it at {@code /api/v1/partner-plugins}: everything the
 * platform knows about it, the notices in both languages.
 *
 * @param bundleId the OSGi bundle id
 * @param symbolicName the bundle's symbolic name, the key of the plugin's endpoints
 * @param pluginId the plugin id from the {@code OS2-Plugin} header
 * @param name the bundle's name
 * @param version the running version
 * @param organisation the organisation that made it
 * @param coreApiRange the core-api versions it was built for
 * @param compatible whether the running core-api lies in that range
 * @param trust signed | allow-listed | unverified | refused | off
 * @param trustDetail the signer, the allow-list entry or the reason
 * @param state the bundle state, e.g. {@code ACTIVE}
 * @param working whether it is active and its components are satisfied
 * @param notices what the platform says about it
 * @param problems why it does not resolve or activate
 * @param lastGoodVersion the version a roll-back returns to, null when there is none
 * @param pageRoles the roles its console pages need, as role ids; {@value #SIGNED_IN} for a page open
 *     to any signed-in user
 */
public record PluginAnswer(
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
        List<Notice> notices,
        List<String> problems,
        String lastGoodVersion,
        List<String> pageRoles) {

    /** The page role of a page any signed-in user may open. */
    public static final String SIGNED_IN = "signed-in";

    /**
     * One notice about a plugin.
     *
     * @param code a stable code, e.g. {@code untrusted}
     * @param blocking whether it holds the plugin back
     * @param da the text in Danish
     * @param en the text in English
     */
    public record Notice(String code, boolean blocking, String da, String en) {
        static Notice of(PluginNotice notice) {
            return new Notice(notice.code(), notice.blocking(), notice.da(), notice.en());
        }
    }

    static PluginAnswer of(PartnerPlugin p) {
        return new PluginAnswer(
                p.bundleId(),
                p.symbolicName(),
                p.pluginId(),
                p.name(),
                p.version(),
                p.organisation(),
                p.coreApiRange(),
                p.compatible(),
                p.trust(),
                p.trustDetail(),
                p.state(),
                p.working(),
                p.notices() == null
                        ? List.of()
                        : p.notices().stream().map(Notice::of).toList(),
                p.problems() == null ? List.of() : List.copyOf(p.problems()),
                p.lastGoodVersion(),
                p.pageRoles() == null
                        ? List.of()
                        : p.pageRoles().stream()
                                .map(role -> role == null ? SIGNED_IN : role)
                                .distinct()
                                .toList());
    }
}
