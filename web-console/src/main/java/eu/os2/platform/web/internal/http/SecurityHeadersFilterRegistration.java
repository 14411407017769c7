package eu.os2.platform.web.internal.http;

import javax.servlet.Filter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Puts {@link SecurityHeadersFilter} on the platform's HTTP contexts as a plain object, for the same
 * reason as {@link HealthFilterRegistration}: as a component of its own the filter was asked for
 * through the component runtime each time the whiteboard rebuilt a JAX-RS application's context at
 * start-up, an empty answer left it "unavailable" in that context for good, and every request there,
 * health included, answered 404.
 */
@Component(immediate = true)
public class SecurityHeadersFilterRegistration {

    private final ServiceRegistration<Filter> registration;

    @Activate
    public SecurityHeadersFilterRegistration(BundleContext context) {
        registration = context.registerService(
                Filter.class, new SecurityHeadersFilter(), SecurityHeadersFilter.forPlatformContexts());
    }

    @Deactivate
    void deactivate() {
        HealthFilterRegistration.unregister(registration);
    }
}
