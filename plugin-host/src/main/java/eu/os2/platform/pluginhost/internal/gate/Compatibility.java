package eu.os2.platform.pluginhost.internal.gate;

import eu.os2.platform.api.plugin.PluginBundles;
import eu.os2.platform.api.plugin.PluginNotice;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/**
 * Whether a partner bundle was built for the running core-api: its {@value
 * PluginBundles#CORE_API_HEADER} header, or else its requirement on the {@value
 * PluginBundles#CORE_API_CAPABILITY} capability, or else the version ranges of its imports of
 * core-api's packages.
 */
final class Compatibility {

    /** The notice code of a bundle built for another core-api. */
    static final String MISMATCH = "core-api-mismatch";

    /**
     * @param range the core-api range the bundle was built for, as it declares it; empty when it declares none
     * @param compatible whether the running core-api lies in it
     * @param notice the blocking notice when not compatible, else null
     */
    record Result(String range, boolean compatible, PluginNotice notice) {}

    private static final Pattern LOWER = Pattern.compile("(?<!!)\\(version>=([^)]+)\\)");
    private static final Pattern LOWER_OPEN = Pattern.compile("\\(!\\(version<=([^)]+)\\)\\)");
    private static final Pattern UPPER_OPEN = Pattern.compile("\\(!\\(version>=([^)]+)\\)\\)");
    private static final Pattern UPPER = Pattern.compile("(?<!!)\\(version<=([^)]+)\\)");

    private Compatibility() {}

    /**
     * @param headers the bundle's manifest headers by name (null for a missing one)
     * @param running what the running core-api provides
     * @return the verdict
     */
    static Result check(Function<String, String> headers, CoreApiRelease running) {
        String declared = headers.apply(PluginBundles.CORE_API_HEADER);
        if (declared != null && !declared.isBlank()) {
            String range = declared.strip();
            try {
                return result(range, VersionRange.valueOf(range).includes(running.version()), running.version());
            } catch (IllegalArgumentException e) {
                return result(range, false, running.version());
            }
        }
        for (ManifestClauses.Clause clause : ManifestClauses.parse(headers.apply(Constants.REQUIRE_CAPABILITY))) {
            if (!clause.paths().contains(PluginBundles.CORE_API_CAPABILITY) || optional(clause)) {
                continue;
            }
            String filter = clause.get(Constants.FILTER_DIRECTIVE + ":");
            if (filter == null) {
                return result("", true, running.version());
            }
            return result(rangeOf(filter), matches(filter, running.version()), running.version());
        }
        Result imports = null;
        for (ManifestClauses.Clause clause : ManifestClauses.parse(headers.apply(Constants.IMPORT_PACKAGE))) {
            if (optional(clause)) {
                continue;
            }
            String text = clause.get(Constants.VERSION_ATTRIBUTE);
            VersionRange range;
            try {
                range = VersionRange.valueOf(text == null ? "0.0.0" : text);
            } catch (IllegalArgumentException malformed) {
                return result(text, false, running.version());
            }
            for (String pkg : clause.paths()) {
                if (!CoreApiRelease.isApi(pkg)) {
                    continue;
                }
                Version provided = running.packages().get(pkg);
                if (provided == null || !range.includes(provided)) {
                    return result(range.toString(), false, provided == null ? running.version() : provided);
                }
                if (imports == null) {
                    imports = result(range.toString(), true, provided);
                }
            }
        }
        return imports != null ? imports : new Result("", true, null);
    }

    private static boolean optional(ManifestClauses.Clause clause) {
        return Constants.RESOLUTION_OPTIONAL.equals(clause.get(Constants.RESOLUTION_DIRECTIVE + ":"));
    }

    private static boolean matches(String filter, Version version) {
        try {
            return FrameworkUtil.createFilter(filter)
                    .matches(Map.of(PluginBundles.CORE_API_CAPABILITY, "core", "version", version));
        } catch (InvalidSyntaxException e) {
            return false;
        }
    }

    /** @return the range a capability filter such as {@code (&(version>=2.0.0)(!(version>=3.0.0)))} names; else the filter */
    static String rangeOf(String filter) {
        Matcher lower = LOWER.matcher(filter);
        Matcher lowerOpen = LOWER_OPEN.matcher(filter);
        Matcher upperOpen = UPPER_OPEN.matcher(filter);
        Matcher upper = UPPER.matcher(filter);
        String left;
        if (lower.find()) {
            left = "[" + lower.group(1);
        } else if (lowerOpen.find()) {
            left = "(" + lowerOpen.group(1);
        } else {
            return filter;
        }
        if (upperOpen.find()) {
            return left + "," + upperOpen.group(1) + ")";
        }
        if (upper.find()) {
            return left + "," + upper.group(1) + "]";
        }
        return left.startsWith("[") ? left.substring(1) : filter;
    }

    private static Result result(String range, boolean compatible, Version provided) {
        if (compatible) {
            return new Result(range, true, null);
        }
        return new Result(
                range,
                false,
                new PluginNotice(
                        MISMATCH,
                        true,
                        "Bygget til core-api " + range + "; platformen har " + provided,
                        "Built for core-api " + range + "; this platform provides " + provided));
    }
}
