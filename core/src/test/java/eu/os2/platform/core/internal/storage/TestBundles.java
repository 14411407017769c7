package eu.os2.platform.core.internal.storage;

import java.lang.reflect.Proxy;
import java.util.Hashtable;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** Bundles as the framework describes them: id, location, symbolic name and manifest headers. */
final class TestBundles {

    private TestBundles() {}

    static Bundle bundle(long id, String location, Map<String, String> headers) {
        return (Bundle) Proxy.newProxyInstance(
                TestBundles.class.getClassLoader(), new Class<?>[] {Bundle.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getBundleId":
                            return id;
                        case "getLocation":
                            return location;
                        case "getSymbolicName":
                            return "test.bundle." + id;
                        case "getHeaders":
                            return new Hashtable<>(headers);
                        case "equals":
                            return proxy == args[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "toString":
                            return "bundle " + id;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    static BundleContext context(Bundle bundle) {
        return (BundleContext) Proxy.newProxyInstance(
                TestBundles.class.getClassLoader(), new Class<?>[] {BundleContext.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getBundle":
                            if (args == null || args.length == 0) {
                                return bundle;
                            }
                            break;
                        case "equals":
                            return proxy == args[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "toString":
                            return "context of " + bundle;
                        default:
                            break;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    static Bundle platform(long id) {
        return bundle(id, "mvn:eu.os2.platform/plugin-voting/0.1.0", Map.of());
    }

    static Bundle partner(long id, String pluginId) {
        return bundle(id, "file:/opt/os2/deploy/meetings.jar", Map.of("OS2-Plugin", pluginId));
    }
}
