package eu.os2.platform.web.internal.console;

import eu.os2.platform.api.console.ConsoleContribution;
import eu.os2.platform.api.user.Role;
import org.osgi.service.component.annotations.Component;

/** The Outbox page: the messages the platform sent, those waiting and those that failed, and sending again. */
@Component(service = ConsoleContribution.class)
public class OutboxPage implements ConsoleContribution {
    @Override
    public String id() {
        return "outbox";
    }

    @Override
    public String titleDa() {
        return "Udbakke";
    }

    @Override
    public String titleEn() {
        return "Outbox";
    }

    @Override
    public int menuOrder() {
        return 860;
    }

    @Override
    public String pageModule() {
        return "/console/pages/outbox.js";
    }

    @Override
    public Role requiredRole() {
        return Role.SECRETARIAT;
    }
}
