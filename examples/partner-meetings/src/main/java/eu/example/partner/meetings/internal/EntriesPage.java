package eu.example.partner.meetings.internal;

import eu.os2.platform.api.console.ConsoleContribution;
import eu.os2.platform.api.user.Role;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The plugin's page in the console menu, for every signed-in user. The bundle serves the page
 * module from its {@code static/meetings} folder under {@code /console/plugins/meetings/}.
 */
@Component(service = ConsoleContribution.class)
@HttpWhiteboardResource(pattern = "/console/plugins/meetings/*", prefix = "/static/meetings")
public class EntriesPage implements ConsoleContribution {

    @Override
    public String id() {
        return "meetings";
    }

    @Override
    public String titleDa() {
        return "Netværksmøder";
    }

    @Override
    public String titleEn() {
        return "Network meetings";
    }

    @Override
    public int menuOrder() {
        return 500;
    }

    @Override
    public String pageModule() {
        return "/console/plugins/meetings/page.js";
    }

    @Override
    public Role requiredRole() {
        return null;
    }
}
