package eu.os2.platform.web.internal.openapi;

import eu.os2.platform.api.plugin.PluginBundles;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.rest.PublicEndpoint;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI 3 description of every resource in the platform's
 * REST application and in the partner plugins' applications ({@code /plugins/<id>/...}) — the
 * platform's bundles and the partner bundles installed now. It follows the whiteboard: a bundle
 * that adds or removes resources changes the description at once. Public, like the API it describes
 * is documented in the open.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("openapi.json")
public class OpenApiResource {

    private static final Logger LOG = LoggerFactory.getLogger(OpenApiResource.class);

    /** A partner plugin's application, as its resources select it. */
    private static final Pattern PLUGIN_SELECT = Pattern.compile(
            Pattern.quote("(" + JaxrsWhiteboardConstants.JAX_RS_NAME + "=" + PlatformRest.PLUGIN_APPLICATION_PREFIX)
                    + "(" + PluginBundles.PLUGIN_ID.pattern() + ")\\)");

    /** A described resource: its class and the path of its application below {@code /api/v1}. */
    private record Described(String prefix, Class<?> type) {}

    private final Map<ServiceReference<?>, Described> resources = new ConcurrentHashMap<>();
    private final String version;
    private volatile String cached;

    private final ServiceTracker<Object, Object> tracker;

    @Activate
    public OpenApiResource(BundleContext context) throws InvalidSyntaxException {
        this.version = context.getBundle().getVersion().toString();
        // every whiteboard resource of the platform's application or a partner plugin's, whatever its class
        Filter filter = context.createFilter("(&(" + JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true)("
                + JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "=*))");
        this.tracker = new ServiceTracker<>(context, filter, new ServiceTrackerCustomizer<>() {
            @Override
            public Object addingService(ServiceReference<Object> reference) {
                String prefix = prefix(reference.getProperty(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT));
                if (prefix == null) {
                    return null;
                }
                Class<?> type = typeOf(reference);
                if (type == null) {
                    return null;
                }
                resources.put(reference, new Described(prefix, type));
                cached = null;
                return type;
            }

            @Override
            public void modifiedService(ServiceReference<Object> reference, Object type) {}

            @Override
            public void removedService(ServiceReference<Object> reference, Object type) {
                resources.remove(reference);
                cached = null;
            }
        });
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @GET
    @PublicEndpoint
    @Produces(MediaType.APPLICATION_JSON)
    public Response description() {
        String json = cached;
        if (json == null) {
            Map<String, Set<Class<?>>> byApplication = new HashMap<>();
            for (Described described : resources.values()) {
                byApplication
                        .computeIfAbsent(described.prefix(), key -> new HashSet<>())
                        .add(described.type());
            }
            json = ApiDescription.json(byApplication, version);
            cached = json;
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-cache")
                .build();
    }

    /**
     * @param select the resource's application select
     * @return the path of the application it selects below {@code /api/v1}: {@code ""} for the
     *     platform's, {@code /plugins/<id>} for a partner plugin's; null for any other
     */
    static String prefix(Object select) {
        if (!(select instanceof String filter)) {
            return null;
        }
        if (PlatformRest.APPLICATION_SELECT.equals(filter)) {
            return "";
        }
        Matcher plugin = PLUGIN_SELECT.matcher(filter);
        return plugin.matches()
                ? PlatformRest.PLUGIN_BASE.substring(PlatformRest.APPLICATION_BASE.length()) + plugin.group(1)
                : null;
    }

    /**
     * The resource's class, loaded from the registering bundle by the component's name or the
     * registered class names; the resource itself is never instantiated for this.
     */
    private static Class<?> typeOf(ServiceReference<Object> reference) {
        Bundle bundle = reference.getBundle();
        if (bundle == null) {
            return null;
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        if (reference.getProperty("component.name") instanceof String component) {
            names.add(component);
        }
        if (reference.getProperty(org.osgi.framework.Constants.OBJECTCLASS) instanceof String[] classes) {
            names.addAll(java.util.Arrays.asList(classes));
        }
        for (String name : names) {
            try {
                Class<?> type = bundle.loadClass(name);
                if (type.isAnnotationPresent(Path.class)) {
                    return type;
                }
            } catch (ClassNotFoundException | RuntimeException e) {
                LOG.debug("Not a resource class of {}: {}", reference, name);
            }
        }
        LOG.warn("The OpenAPI description leaves out a resource whose class is not found: {}", reference);
        return null;
    }
}
