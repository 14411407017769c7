package eu.os2.platform.web.internal.rest;

import eu.os2.platform.api.plugin.PluginBundles;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.web.internal.http.SecurityHeadersFilter;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.servlet.Filter;
import javax.ws.rs.core.Application;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every started partner plugin its own JAX-RS application: {@code os2.plugin.<id>} at
 * {@code /api/v1/plugins/<id>}, carrying the platform's extensions (login, CSRF check, JSON,
 * problem+json, request limits) like the platform's own application, and the platform's security
 * headers in the HTTP context the JAX-RS whiteboard gives the application. A partner's resources select
 * it, so deploying or removing a partner bundle adds or removes an application of its own and never
 * rebuilds {@code /api/v1}.
 *
 * <p>The application is registered through the partner bundle's own context, so the framework
 * takes it away with the bundle even if this component is gone first. A plugin id is served by one
 * bundle at a time: a second bundle that declares the same id gets no application (and a warning in
 * the log) until the first one stops. The whiteboard selects applications by name, so resources of
 * that second bundle which select {@code os2.plugin.<id>} join the first bundle's application.
 */
@Component(
        service = {},
        immediate = true)
public class PluginApplications {

    private static final Logger LOG = LoggerFactory.getLogger(PluginApplications.class);

    /** The service property naming the plugin id on a partner application. */
    static final String PLUGIN_ID_PROPERTY = "os2.plugin.id";

    /** The bundles that declare each plugin id, in the order they started; the first one is served. */
    private final Map<String, List<Bundle>> claims = new HashMap<>();

    /** The services registered for each served bundle: its application and its context's security headers. */
    private final Map<Bundle, List<ServiceRegistration<?>>> registrations = new HashMap<>();

    private final BundleTracker<String> tracker;

    @Activate
    public PluginApplications(BundleContext context) {
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, new BundleTrackerCustomizer<>() {
            @Override
            public String addingBundle(Bundle bundle, BundleEvent event) {
                if (!PluginBundles.isPartner(bundle)) {
                    return null;
                }
                Optional<String> id = PluginBundles.pluginId(bundle);
                if (id.isEmpty()) {
                    if (bundle.getHeaders("").get(PluginBundles.PLUGIN_HEADER) != null) {
                        LOG.warn(
                                "Partner bundle {} gets no REST application: its {} header '{}' is not a"
                                        + " plugin id (lower-case letters, digits and dashes, starting with a"
                                        + " letter, at most 40 characters)",
                                bundle.getSymbolicName(),
                                PluginBundles.PLUGIN_HEADER,
                                bundle.getHeaders("").get(PluginBundles.PLUGIN_HEADER));
                    }
                    return null;
                }
                claim(id.get(), bundle);
                return id.get();
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, String id) {}

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, String id) {
                release(id, bundle);
            }
        });
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    /** @return the properties of plugin {@code id}'s application */
    static Dictionary<String, Object> properties(String id) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(JaxrsWhiteboardConstants.JAX_RS_NAME, PlatformRest.PLUGIN_APPLICATION_PREFIX + id);
        properties.put(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_BASE, PlatformRest.PLUGIN_BASE + id);
        properties.put(PlatformRest.EXTENSIONS_PROPERTY, "true");
        properties.put(PLUGIN_ID_PROPERTY, id);
        return properties;
    }

    private synchronized void claim(String id, Bundle bundle) {
        List<Bundle> bundles = claims.computeIfAbsent(id, key -> new ArrayList<>());
        bundles.add(bundle);
        if (bundles.size() == 1) {
            register(id, bundle);
        } else {
            Bundle owner = bundles.get(0);
            LOG.warn(
                    "Partner bundle {} {} gets no REST application of its own: plugin id '{}' is already served by"
                            + " {} {}, and resources that select os2.plugin.{} join that bundle's application;"
                            + " give each plugin its own {} header",
                    bundle.getSymbolicName(),
                    bundle.getVersion(),
                    id,
                    owner.getSymbolicName(),
                    owner.getVersion(),
                    id,
                    PluginBundles.PLUGIN_HEADER);
        }
    }

    private synchronized void release(String id, Bundle bundle) {
        List<Bundle> bundles = claims.get(id);
        if (bundles == null) {
            return;
        }
        boolean wasServed = !bundles.isEmpty() && bundles.get(0).equals(bundle);
        bundles.remove(bundle);
        if (wasServed) {
            unregister(bundle);
        }
        if (bundles.isEmpty()) {
            claims.remove(id);
        } else if (wasServed) {
            register(id, bundles.get(0));
        }
    }

    private void register(String id, Bundle bundle) {
        BundleContext partner = bundle.getBundleContext();
        if (partner == null) {
            LOG.warn("Partner bundle {} has no context; its REST application is not registered", bundle);
            return;
        }
        List<ServiceRegistration<?>> services = new ArrayList<>();
        try {
            // the filter first: it waits for the application's context and is in place when the context starts
            services.add(partner.registerService(
                    Filter.class,
                    new SecurityHeadersFilter(),
                    SecurityHeadersFilter.forPluginContext(PlatformRest.PLUGIN_APPLICATION_PREFIX + id)));
            services.add(partner.registerService(Application.class, new PluginApplication(), properties(id)));
            registrations.put(bundle, services);
            LOG.info("Plugin '{}' of {} serves its REST resources at {}{}", id, bundle, PlatformRest.PLUGIN_BASE, id);
        } catch (IllegalStateException stoppedMeanwhile) {
            LOG.debug("Partner bundle {} stopped before its REST application was registered", bundle);
            unregister(services);
        }
    }

    private void unregister(Bundle bundle) {
        List<ServiceRegistration<?>> services = registrations.remove(bundle);
        if (services != null) {
            unregister(services);
        }
    }

    private static void unregister(List<ServiceRegistration<?>> services) {
        // the application first, so that its context is gone before the filter that serves it
        for (int i = services.size() - 1; i >= 0; i--) {
            try {
                services.get(i).unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework took it away with the bundle
            }
        }
    }

    /** A partner plugin's application: empty, its resources and the platform's extensions join it from the whiteboard. */
    static final class PluginApplication extends Application {}
}
