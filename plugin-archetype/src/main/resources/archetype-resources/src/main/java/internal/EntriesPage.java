package ${package}.internal;

import eu.os2.platform.api.console.ConsoleContribution;
import eu.os2.platform.api.user.Role;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The plugin's page in the console menu, for every signed-in user. The bundle serves the page
 * module from its {@code static/${pluginId}} folder under {@code /console/plugins/${pluginId}/}.
 */
@Component(service = ConsoleContribution.class)
@HttpWhiteboardResource(pattern = "/console/plugins/${pluginId}/*", prefix = "/static/${pluginId}")
public class EntriesPage implements ConsoleContribution {

    @Override
    public String id() {
        return "${pluginId}";
    }

    @Override
    public String titleDa() {
        return "${pluginTitle}";
    }

    @Override
    public String titleEn() {
        return "${pluginTitle}";
    }

    @Override
    public int menuOrder() {
        return 500;
    }

    @Override
    public String pageModule() {
        return "/console/plugins/${pluginId}/page.js";
    }

    @Override
    public Role requiredRole() {
        return null;
    }
}
