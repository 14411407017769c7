package eu.os2.platform.pluginhost.internal.console;

import eu.os2.platform.api.console.ConsoleContribution;
import eu.os2.platform.api.user.Role;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The Partner plugins page for administrators: each partner plugin's version, core-api range,
 * trust, state and reasons, the roles its pages need, and uploading, starting, stopping,
 * uninstalling and rolling back. The bundle serves the page modules of this page and of the
 * catalogue under {@value #MODULES}.
 */
@Component(service = ConsoleContribution.class)
@HttpWhiteboardResource(pattern = PartnerPluginsPage.MODULES + "*", prefix = PartnerPluginsPage.RESOURCES)
public class PartnerPluginsPage implements ConsoleContribution {

    /** Where the bundle's page modules are served. */
    static final String MODULES = "/console/plugins/plugin-host/";

    /** Where the page modules are in the bundle. */
    static final String RESOURCES = "/static/plugin-host";

    @Override
    public String id() {
        return "partner-plugins";
    }

    @Override
    public String titleDa() {
        return "Partnerplugins";
    }

    @Override
    public String titleEn() {
        return "Partner plugins";
    }

    @Override
    public int menuOrder() {
        return 910;
    }

    @Override
    public String pageModule() {
        return MODULES + "partner-plugins.js";
    }

    @Override
    public Role requiredRole() {
        return Role.ADMIN;
    }
}
