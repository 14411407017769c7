package eu.os2.platform.web.internal.console;

import eu.os2.platform.api.console.ConsoleContribution;
import eu.os2.platform.api.user.Role;
import org.osgi.service.component.annotations.Component;

/** The API page: the OpenAPI description of the REST application, for administrators and partners integrating with the platform. */
@Component(service = ConsoleContribution.class)
public class ApiPage implements ConsoleContribution {
    @Override
    public String id() {
        return "api";
    }

    @Override
    public String titleDa() {
        return "API";
    }

    @Override
    public String titleEn() {
        return "API";
    }

    @Override
    public int menuOrder() {
        return 950;
    }

    @Override
    public String pageModule() {
        return "/console/pages/api.js";
    }

    @Override
    public Role requiredRole() {
        return Role.PARTNER;
    }
}
