package eu.os2.platform.web.internal.http;

import eu.os2.platform.web.internal.rest.HealthResource;
import java.util.Dictionary;
import java.util.Hashtable;
import javax.servlet.Filter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * Puts {@link HealthFilter} on the HTTP whiteboard as a plain object, for as long as the health
 * resource it answers from is there. The whiteboard asks for a filter again each time it rebuilds a
 * JAX-RS application's context at start-up, and load balancers ask for health from the first
 * second. A filter that is a component of its own answers that request through the component
 * runtime, which can come back empty while it is busy. The whiteboard then keeps the filter
 * "unavailable" in that context for good: every health check answered 404. A plain service object
 * is always there while it is registered.
 */
@Component(immediate = true)
public class HealthFilterRegistration {

    static final String NAME = "os2-health";

    private final ServiceRegistration<Filter> registration;

    @Activate
    public HealthFilterRegistration(BundleContext context, @Reference HealthResource health) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_NAME, NAME);
        // the platform's JAX-RS application has a context of its own at /api/v1: within it the path is /health
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_PATTERN, "/health");
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT, SecurityHeadersFilter.PLATFORM_CONTEXTS);
        // after SecurityHeadersFilter (ranking 0), so the answer carries the same headers
        properties.put(Constants.SERVICE_RANKING, -10);
        registration = context.registerService(Filter.class, new HealthFilter(health), properties);
    }

    @Deactivate
    void deactivate() {
        unregister(registration);
    }

    /** Unregisters a filter this bundle registered, unless the framework took it away first (the bundle stops). */
    static void unregister(ServiceRegistration<Filter> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the bundle is stopping and the framework took the registration away first
        }
    }
}
