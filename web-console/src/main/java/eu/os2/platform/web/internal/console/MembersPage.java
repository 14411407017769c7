package eu.os2.platform.web.internal.console;

import eu.os2.platform.api.console.ConsoleContribution;
import eu.os2.platform.api.user.Role;
import org.osgi.service.component.annotations.Component;

/** The Members page: the member directory, search, detail, and editing for the secretariat. Contributed through the same SPI as any plugin's page. */
@Component(service = ConsoleContribution.class)
public class MembersPage implements ConsoleContribution {
    @Override
    public String id() {
        return "members";
    }

    @Override
    public String titleDa() {
        return "Medlemmer";
    }

    @Override
    public String titleEn() {
        return "Members";
    }

    @Override
    public int menuOrder() {
        return 100;
    }

    @Override
    public String pageModule() {
        return "/console/pages/members.js";
    }

    @Override
    public Role requiredRole() {
        return null;
    }
}
