package eu.os2.platform.web.internal.openapi;

import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.rest.PublicEndpoint;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * REST application — the platform's bundles and the partner bundles installed now. It follows the
 * whiteboard: a bundle that adds or removes resources changes the description at once. Public, like
 * the API it describes is documented in the open.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("openapi.json")
public class OpenApiResource {

    private static final Logger LOG = LoggerFactory.getLogger(OpenApiResource.class);

    private final Map<ServiceReference<?>, Class<?>> resources = new ConcurrentHashMap<>();
    private final String version;
    private volatile String cached;

    private final ServiceTracker<Object, Object> tracker;

    @Activate
    public OpenApiResource(BundleContext context) throws InvalidSyntaxException {
        this.version = context.getBundle().getVersion().toString();
        // every whiteboard resource of the platform application, whatever its class
        Filter filter = context.createFilter("(&(" + JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true)("
                + JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "="
                + PlatformRest.APPLICATION_SELECT.replace("(", "\\(").replace(")", "\\)")
                + "))");
        this.tracker = new ServiceTracker<>(context, filter, new ServiceTrackerCustomizer<>() {
            @Override
            public Object addingService(ServiceReference<Object> reference) {
                Class<?> type = typeOf(reference);
                if (type == null) {
                    return null;
                }
                resources.put(reference, type);
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
            json = ApiDescription.json(new HashSet<>(resources.values()), version);
            cached = json;
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-cache")
                .build();
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
