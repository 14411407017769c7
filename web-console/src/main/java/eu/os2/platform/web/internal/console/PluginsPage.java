package eu.os2.platform.web.internal.console;

import eu.os2.platform.api.console.ConsoleContribution;
import eu.os2.platform.api.user.Role;
import org.osgi.service.component.annotations.Component;

/** The Plugins page: every platform and partner bundle, its state, and why one is not working. Contributed through the same SPI as any plugin's page. */
@Component(service = ConsoleContribution.class)
public class PluginsPage implements ConsoleContribution {
    @Override
    public String id() {
        return "plugins";
    }

    @Override
    public String titleDa() {
        return "Plugins";
    }

    @Override
    public String titleEn() {
        return "Plugins";
    }

    @Override
    public int menuOrder() {
        return 900;
    }

    @Override
    public String pageModule() {
        return "/console/pages/plugins.js";
    }

    @Override
    public Role requiredRole() {
        return Role.SECRETARIAT;
    }
}
