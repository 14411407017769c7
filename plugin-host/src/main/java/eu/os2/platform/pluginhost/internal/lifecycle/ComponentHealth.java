package eu.os2.platform.pluginhost.internal.lifecycle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * How a bundle's Declarative Services components are doing, read from the runtime's DTOs: all
 * active (or satisfied), some waiting for a service or configuration, or one failed to activate.
 *
 * @param status the worst status of any enabled component
 * @param problems one line per component that is not fine, with the root cause of a failure
 * @param rootCause the root cause of the first failed activation; empty when none failed
 */
public record ComponentHealth(Status status, List<String> problems, String rootCause) {

    /** How a bundle's components are doing, best first. */
    public enum Status {
        GOOD,
        WAITING,
        FAILED
    }

    /**
     * @param runtime the Declarative Services runtime
     * @param bundle a bundle
     * @return how its components are doing
     */
    public static ComponentHealth of(ServiceComponentRuntime runtime, Bundle bundle) {
        Status status = Status.GOOD;
        List<String> problems = new ArrayList<>();
        String rootCause = "";
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs(bundle)) {
            if (!runtime.isComponentEnabled(description)) {
                continue;
            }
            Collection<ComponentConfigurationDTO> configurations = runtime.getComponentConfigurationDTOs(description);
            if (configurations.isEmpty()) {
                status = worse(status, Status.WAITING);
                problems.add(description.name + " waits for its configuration");
            }
            for (ComponentConfigurationDTO configuration : configurations) {
                switch (configuration.state) {
                    case ComponentConfigurationDTO.ACTIVE, ComponentConfigurationDTO.SATISFIED -> {
                        // fine
                    }
                    case ComponentConfigurationDTO.FAILED_ACTIVATION -> {
                        String cause = RootCause.of(configuration.failure);
                        if (status != Status.FAILED) {
                            rootCause = cause;
                        }
                        status = Status.FAILED;
                        problems.add(description.name + " failed to activate: " + cause);
                    }
                    case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> {
                        status = worse(status, Status.WAITING);
                        problems.add(description.name + " waits for " + references(description, configuration));
                    }
                    default -> {
                        status = worse(status, Status.WAITING);
                        problems.add(description.name + " waits for its configuration");
                    }
                }
            }
        }
        return new ComponentHealth(status, List.copyOf(problems), rootCause);
    }

    private static String references(ComponentDescriptionDTO description, ComponentConfigurationDTO configuration) {
        List<String> names = new ArrayList<>();
        for (UnsatisfiedReferenceDTO unsatisfied : configuration.unsatisfiedReferences) {
            String name = unsatisfied.name;
            for (ReferenceDTO reference : description.references) {
                if (reference.name.equals(unsatisfied.name)) {
                    name = reference.interfaceName;
                }
            }
            names.add(name);
        }
        return names.isEmpty() ? "a service" : String.join(", ", names);
    }

    private static Status worse(Status a, Status b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
