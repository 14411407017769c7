package eu.os2.platform.pluginhost.internal.gate;

import eu.os2.platform.api.plugin.PluginBundles;
import java.util.HashMap;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/**
 * What the running core-api provides: its release (the version of the {@value
 * PluginBundles#CORE_API_CAPABILITY} capability) and the versions of its exported packages.
 *
 * @param version the release, e.g. 0.1.0
 * @param packages the exported {@code eu.os2.platform.api} packages and their versions
 */
record CoreApiRelease(Version version, Map<String, Version> packages) {

    /** The root of core-api's packages. */
    static final String API_PACKAGE = "eu.os2.platform.api";

    /**
     * @param context any bundle context
     * @return what the installed core-api bundle provides; release 0.0.0 and no packages when none is installed
     */
    static CoreApiRelease find(BundleContext context) {
        for (Bundle bundle : context.getBundles()) {
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            if (revision == null) {
                continue;
            }
            for (BundleCapability capability : revision.getDeclaredCapabilities(PluginBundles.CORE_API_CAPABILITY)) {
                Object version = capability.getAttributes().get("version");
                if (version instanceof Version release) {
                    return new CoreApiRelease(release, packages(revision));
                }
            }
        }
        return new CoreApiRelease(Version.emptyVersion, Map.of());
    }

    private static Map<String, Version> packages(BundleRevision revision) {
        Map<String, Version> packages = new HashMap<>();
        for (BundleCapability capability : revision.getDeclaredCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
            Object name = capability.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE);
            Object version = capability.getAttributes().get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE);
            if (name instanceof String pkg && isApi(pkg)) {
                packages.put(pkg, version instanceof Version v ? v : Version.emptyVersion);
            }
        }
        return Map.copyOf(packages);
    }

    static boolean isApi(String pkg) {
        return pkg.equals(API_PACKAGE) || pkg.startsWith(API_PACKAGE + ".");
    }
}
