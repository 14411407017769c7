package eu.os2.platform.web.internal.console;

import eu.os2.platform.api.console.ConsoleContribution;
import eu.os2.platform.api.user.Role;
import org.osgi.service.component.annotations.Component;

/** My profile, for everyone signed in: language, the kinds of message to receive, the calendar subscription. */
@Component(service = ConsoleContribution.class)
public class ProfilePage implements ConsoleContribution {
    @Override
    public String id() {
        return "profile";
    }

    @Override
    public String titleDa() {
        return "Min profil";
    }

    @Override
    public String titleEn() {
        return "My profile";
    }

    @Override
    public int menuOrder() {
        return 990;
    }

    @Override
    public String pageModule() {
        return "/console/pages/profile.js";
    }

    @Override
    public Role requiredRole() {
        return null;
    }
}
