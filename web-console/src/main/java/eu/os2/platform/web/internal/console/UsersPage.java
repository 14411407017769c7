package eu.os2.platform.web.internal.console;

import eu.os2.platform.api.console.ConsoleContribution;
import eu.os2.platform.api.user.Role;
import org.osgi.service.component.annotations.Component;

/** The Users page: people, their roles and invitations. */
@Component(service = ConsoleContribution.class)
public class UsersPage implements ConsoleContribution {
    @Override
    public String id() {
        return "users";
    }

    @Override
    public String titleDa() {
        return "Brugere";
    }

    @Override
    public String titleEn() {
        return "Users";
    }

    @Override
    public int menuOrder() {
        return 850;
    }

    @Override
    public String pageModule() {
        return "/console/pages/users.js";
    }

    @Override
    public Role requiredRole() {
        return Role.SECRETARIAT;
    }
}
