package eu.os2.platform.initiatives.internal.console;

import eu.os2.platform.api.console.ConsoleContribution;
import eu.os2.platform.api.user.Role;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The Strategy page in the console menu, for every signed-in user. The bundle serves its page
 * modules, stylesheet and the public strategy page ({@code public.html}, no login) itself.
 */
@Component(service = ConsoleContribution.class)
@HttpWhiteboardResource(pattern = "/console/plugins/initiatives/*", prefix = "/static/initiatives")
public class StrategyPage implements ConsoleContribution {

    @Override
    public String id() {
        return "strategy";
    }

    @Override
    public String titleDa() {
        return "Strategi";
    }

    @Override
    public String titleEn() {
        return "Strategy";
    }

    @Override
    public int menuOrder() {
        return 50;
    }

    @Override
    public String pageModule() {
        return "/console/plugins/initiatives/page.js";
    }

    @Override
    public Role requiredRole() {
        return null;
    }
}
