package eu.os2.platform.web.internal.console;

import eu.os2.platform.api.plugin.PluginBundles;
import eu.os2.platform.api.plugin.PluginGate;
import eu.os2.platform.api.plugin.PluginNotice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.karaf.bundle.core.BundleService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * The platform's bundles and partner bundles with their state and, for one that is not working,
 * why: what the plugin gate says about it (refused as incompatible or untrusted, rolled back), an
 * unresolved requirement, an exception at start, or a component that could not activate.
 */
@Component(service = BundleInventory.class, immediate = true)
public class BundleInventory implements FrameworkListener {

    /** The notice code of an update the plugin gate rolled back: the plugin runs, but not the version deployed. */
    public static final String ROLLED_BACK = "rolled-back";

    /**
     * A bundle as the Plugins page and the health check show it.
     *
     * @param problems why it is not working, in English (unresolved requirements, errors, components)
     * @param notices what the plugin gate says about it, in Danish and English; a blocking one means
     *     the gate holds the bundle back
     */
    public record BundleInfo(
            long id,
            String symbolicName,
            String name,
            String version,
            String state,
            boolean platform,
            List<String> problems,
            List<PluginNotice> notices) {
        public boolean working() {
            return "ACTIVE".equals(state)
                    && problems.isEmpty()
                    && notices.stream().noneMatch(PluginNotice::blocking);
        }

        /** @return whether the admin should look at it: not working, or an update of it was rolled back */
        public boolean needsAttention() {
            return !working() || notices.stream().anyMatch(n -> ROLLED_BACK.equals(n.code()));
        }
    }

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final Map<Long, String> lastErrors = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile BundleService karafBundles;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile PluginGate gate;

    @Activate
    public BundleInventory(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
        context.addFrameworkListener(this);
    }

    @Deactivate
    void deactivate() {
        context.removeFrameworkListener(this);
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.ERROR && event.getBundle() != null) {
            Throwable t = event.getThrowable();
            String message = t == null ? "error" : t.getClass().getSimpleName() + ": " + t.getMessage();
            lastErrors.put(event.getBundle().getBundleId(), message);
        }
    }

    /** @return the platform's own bundles and every partner bundle, platform bundles first */
    public List<BundleInfo> bundles() {
        List<BundleInfo> result = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            boolean platform = PluginBundles.isPlatform(bundle);
            if (!platform && !PluginBundles.isPartner(bundle)) {
                continue;
            }
            List<PluginNotice> notices = notices(bundle);
            boolean heldBack = notices.stream().anyMatch(PluginNotice::blocking);
            result.add(new BundleInfo(
                    bundle.getBundleId(),
                    bundle.getSymbolicName(),
                    bundle.getHeaders().get(Constants.BUNDLE_NAME),
                    bundle.getVersion().toString(),
                    state(bundle),
                    platform,
                    // a bundle the gate holds back is not resolved on purpose: its requirements are no news
                    heldBack ? List.of() : problems(bundle),
                    notices));
        }
        result.sort(Comparator.comparing((BundleInfo b) -> !b.platform())
                .thenComparing(BundleInfo::symbolicName, Comparator.nullsLast(Comparator.naturalOrder())));
        return result;
    }

    private List<PluginNotice> notices(Bundle bundle) {
        PluginGate current = gate;
        return current == null ? List.of() : List.copyOf(current.notices(bundle));
    }

    private static boolean isFragment(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    private static String state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> isFragment(bundle) ? "ACTIVE" : "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.INSTALLED -> "INSTALLED";
            default -> "UNINSTALLED";
        };
    }

    private List<String> problems(Bundle bundle) {
        List<String> problems = new ArrayList<>();
        if (bundle.getState() == Bundle.INSTALLED) {
            BundleService karaf = karafBundles;
            List<BundleRequirement> missing =
                    karaf == null ? List.of() : karaf.getUnsatisfiedRequirements(bundle, null);
            for (BundleRequirement requirement : missing) {
                problems.add("missing " + describe(requirement));
            }
            if (missing.isEmpty()) {
                problems.add("not resolved");
            }
        }
        String error = lastErrors.get(bundle.getBundleId());
        if (error != null && bundle.getState() != Bundle.ACTIVE) {
            problems.add(error);
        }
        if (bundle.getState() == Bundle.ACTIVE) {
            components(bundle, problems);
        }
        return problems;
    }

    private void components(Bundle bundle, List<String> problems) {
        try {
            for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
                for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                    if (configuration.state == ComponentConfigurationDTO.SATISFIED && description.immediate) {
                        // an immediate component is activated as soon as it is satisfied: it is still starting
                        problems.add(description.name + " is starting");
                    } else if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                        problems.add(description.name + ": " + rootCause(configuration.failure));
                    } else if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                        for (UnsatisfiedReferenceDTO reference : configuration.unsatisfiedReferences) {
                            problems.add(description.name + " waits for " + reference.name
                                    + (reference.target == null ? "" : " " + reference.target));
                        }
                    }
                }
            }
        } catch (RuntimeException changing) {
            // Felix SCR can fail to describe a bundle whose components are being torn down or set up
            // right now (a partner being deployed or removed): the bundle is in transition
            problems.add("components are changing");
        }
    }

    private static final Pattern PACKAGE_FILTER = Pattern.compile("osgi\\.wiring\\.package=([^)]+)");

    /** E.g. "package eu.example.api [1.0,2.0)" or "osgi.service (objectClass=...)". */
    static String describe(BundleRequirement requirement) {
        String filter = requirement.getDirectives().getOrDefault("filter", "");
        if (BundleRevision.PACKAGE_NAMESPACE.equals(requirement.getNamespace())) {
            Matcher name = PACKAGE_FILTER.matcher(filter);
            if (name.find()) {
                return "package " + name.group(1) + " " + filter;
            }
        }
        return requirement.getNamespace() + " " + filter;
    }

    /**
     * @return the root cause of an activation failure as Declarative Services reports it (a stack
     *     trace): the innermost "Caused by" with its message, not the reflection wrapper on the first
     *     line ("InvocationTargetException" says nothing to an admin)
     */
    static String rootCause(String trace) {
        if (trace == null || trace.isBlank()) {
            return "activation failed";
        }
        String cause = null;
        for (String line : trace.split("\\R")) {
            String stripped = line.strip();
            if (stripped.startsWith("Caused by: ")) {
                cause = stripped.substring("Caused by: ".length());
            }
        }
        if (cause == null) {
            int newline = trace.indexOf('\n');
            cause = (newline < 0 ? trace : trace.substring(0, newline)).strip();
        }
        // "com.example.SomeException: message" → "SomeException: message"
        java.util.regex.Matcher named = QUALIFIED_EXCEPTION.matcher(cause);
        return named.lookingAt() ? named.group(1) + cause.substring(named.end()) : cause;
    }

    private static final Pattern QUALIFIED_EXCEPTION = Pattern.compile("(?:[a-zA-Z_$][\\w$]*\\.)+([A-Z][\\w$]*)");
}
