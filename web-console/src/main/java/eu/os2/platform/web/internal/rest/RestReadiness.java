package eu.os2.platform.web.internal.rest;

import eu.os2.platform.api.rest.PlatformRest;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

/**
 * Whether the platform's REST application ({@code /api/v1}) serves every resource the bundles have
 * registered for it. After a bundle registers such a resource, the JAX-RS whiteboard rebuilds the
 * application, and for that moment the resource (and sometimes the whole application) answers 404:
 * health says STARTING until every resource registered for the platform's application is served or
 * has been refused by the whiteboard. Partner plugins' resources live in their own applications
 * ({@link PluginApplications}) and do not count: a partner being deployed never makes the platform
 * look unready.
 */
final class RestReadiness {

    /** The resources registered for the platform's application. */
    static final String PLATFORM_RESOURCES = "(&(osgi.jaxrs.resource=true)(osgi.jaxrs.application.select="
            + PlatformRest.APPLICATION_SELECT.replace("(", "\\(").replace(")", "\\)") + "))";

    private RestReadiness() {}

    /** @return status (UP, STARTING, or DOWN without a whiteboard), and how many resources are served, waiting and refused */
    static Map<String, Object> of(BundleContext context, JaxrsServiceRuntime runtime) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (runtime == null) {
            result.put("status", "DOWN");
            return result;
        }
        Set<Long> registered = new HashSet<>();
        try {
            ServiceReference<?>[] references = context.getAllServiceReferences(null, PLATFORM_RESOURCES);
            if (references != null) {
                for (ServiceReference<?> reference : references) {
                    registered.add((Long) reference.getProperty("service.id"));
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        RuntimeDTO dto = runtime.getRuntimeDTO();
        Set<Long> served = new HashSet<>();
        if (dto.defaultApplication != null) {
            add(served, dto.defaultApplication);
        }
        if (dto.applicationDTOs != null) {
            for (ApplicationDTO application : dto.applicationDTOs) {
                if (PlatformRest.APPLICATION_NAME.equals(application.name)) {
                    add(served, application);
                }
            }
        }
        Set<Long> refused = new HashSet<>();
        if (dto.failedResourceDTOs != null) {
            for (FailedResourceDTO failed : dto.failedResourceDTOs) {
                if (registered.contains(failed.serviceId)) {
                    refused.add(failed.serviceId);
                }
            }
        }
        Set<Long> waiting = new HashSet<>(registered);
        waiting.removeAll(served);
        waiting.removeAll(refused);
        result.put("status", waiting.isEmpty() ? "UP" : "STARTING");
        result.put("served", served.size());
        result.put("waiting", waiting.size());
        result.put("refused", refused.size());
        return result;
    }

    private static void add(Set<Long> served, ApplicationDTO application) {
        if (application.resourceDTOs != null) {
            for (ResourceDTO resource : application.resourceDTOs) {
                served.add(resource.serviceId);
            }
        }
    }
}
