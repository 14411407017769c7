package eu.os2.platform.web.internal.rest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Whether every bundle of the platform is there and active: the platform's own bundles
 * ({@code mvn:eu.os2.platform/…}) of the Karaf feature {@value #FEATURE} and the {@code os2-*} features it
 * includes. A bundle that is not installed yet (Karaf installs the boot features while the first bundles
 * already run) or not active makes the platform STARTING, so health never says UP while a plugin's REST
 * resources are still to come. Without the features service (not in Karaf) there is nothing to expect.
 */
final class ExpectedBundles {

    /** The distribution's feature: the whole platform. */
    static final String FEATURE = "os2-platform";

    private static final String PLATFORM_LOCATION = "mvn:eu.os2.platform/";

    private ExpectedBundles() {}

    /** @return status (UP, or STARTING with the bundles {@code missing} and {@code inactive}) */
    static Map<String, Object> of(BundleContext context, FeaturesService features) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (features == null) {
            result.put("status", "UP");
            result.put("expected", 0);
            return result;
        }
        List<String> locations;
        try {
            locations = locations(features);
        } catch (Exception e) {
            result.put("status", "STARTING");
            result.put(
                    "detail", "the features are not read yet: " + e.getClass().getSimpleName());
            return result;
        }
        if (locations == null) {
            result.put("status", "STARTING");
            result.put("detail", "feature " + FEATURE + " is not known yet");
            return result;
        }
        List<String> missing = new ArrayList<>();
        List<String> inactive = new ArrayList<>();
        for (String location : locations) {
            Bundle bundle = context.getBundle(location);
            if (bundle == null) {
                missing.add(name(location));
            } else if (bundle.getState() != Bundle.ACTIVE) {
                inactive.add(name(location));
            }
        }
        result.put("status", missing.isEmpty() && inactive.isEmpty() ? "UP" : "STARTING");
        result.put("expected", locations.size());
        if (!missing.isEmpty()) {
            result.put("missing", missing);
        }
        if (!inactive.isEmpty()) {
            result.put("inactive", inactive);
        }
        return result;
    }

    /** @return the locations of the platform's own bundles in the feature and its os2 features, null before it is known */
    private static List<String> locations(FeaturesService features) throws Exception {
        Feature root = features.getFeature(FEATURE);
        if (root == null) {
            return null;
        }
        List<String> locations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<Feature> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Feature feature = todo.pop();
            if (!seen.add(feature.getName())) {
                continue;
            }
            for (BundleInfo bundle : feature.getBundles()) {
                // a dependency bundle is installed only when nothing else provides what it does
                if (bundle.getLocation().startsWith(PLATFORM_LOCATION)
                        && !bundle.isDependency()
                        && !locations.contains(bundle.getLocation())) {
                    locations.add(bundle.getLocation());
                }
            }
            for (Dependency dependency : feature.getDependencies()) {
                if (dependency.getName().startsWith("os2-")) {
                    Feature included = features.getFeature(dependency.getName());
                    if (included == null) {
                        return null;
                    }
                    todo.push(included);
                }
            }
        }
        return locations;
    }

    /** "mvn:eu.os2.platform/plugin-voting/0.1.0-SNAPSHOT" → "plugin-voting" */
    private static String name(String location) {
        String rest = location.substring(PLATFORM_LOCATION.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
