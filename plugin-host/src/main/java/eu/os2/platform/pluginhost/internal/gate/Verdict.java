package eu.os2.platform.pluginhost.internal.gate;

import eu.os2.platform.api.plugin.PluginNotice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The gate's verdict on one partner jar: core-api compatibility and trust.
 *
 * @param coreApiRange the core-api range the jar was built for; empty when it declares none
 * @param compatible whether the running core-api lies in that range
 * @param trust signed | allow-listed | unverified | refused | off
 * @param trustDetail the signer's DN, the allow-list entry or why the jar is not trusted
 * @param sha256 the jar's SHA-256; empty when there is no jar file
 * @param notices what the gate says about it, blocking first
 */
public record Verdict(
        String coreApiRange,
        boolean compatible,
        String trust,
        String trustDetail,
        String sha256,
        List<PluginNotice> notices) {

    static Verdict of(
            Compatibility.Result compatibility, eu.os2.platform.pluginhost.internal.trust.TrustCheck.Verdict trust) {
        List<PluginNotice> notices = new ArrayList<>();
        if (compatibility.notice() != null) {
            notices.add(compatibility.notice());
        }
        if (trust.notice() != null) {
            notices.add(trust.notice());
        }
        notices.sort(Comparator.comparing(notice -> !notice.blocking()));
        return new Verdict(
                compatibility.range(),
                compatibility.compatible(),
                trust.trust(),
                trust.detail(),
                trust.sha256(),
                List.copyOf(notices));
    }

    /** @return this verdict with one more notice, blocking ones first */
    Verdict with(PluginNotice notice) {
        List<PluginNotice> all = new ArrayList<>(notices);
        all.add(notice);
        all.sort(Comparator.comparing(n -> !n.blocking()));
        return new Verdict(coreApiRange, compatible, trust, trustDetail, sha256, List.copyOf(all));
    }

    /** @return whether the jar may not resolve */
    public boolean refused() {
        return notices.stream().anyMatch(PluginNotice::blocking);
    }

    /** @return the first blocking notice, null when none */
    public PluginNotice firstBlocking() {
        return notices.stream().filter(PluginNotice::blocking).findFirst().orElse(null);
    }
}
