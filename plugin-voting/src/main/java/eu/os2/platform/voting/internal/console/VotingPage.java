package eu.os2.platform.voting.internal.console;

import eu.os2.platform.api.console.ConsoleContribution;
import eu.os2.platform.api.user.Role;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The General assembly page in the console menu, for every signed-in user: the secretariat prepares
 * and runs assemblies, a member representative proposes and votes, everyone reads results, bulletin
 * boards and minutes. The bundle serves its page modules and stylesheet itself.
 */
@Component(service = ConsoleContribution.class)
@HttpWhiteboardResource(pattern = "/console/plugins/voting/*", prefix = "/static/voting")
public class VotingPage implements ConsoleContribution {

    @Override
    public String id() {
        return "voting";
    }

    @Override
    public String titleDa() {
        return "Generalforsamling";
    }

    @Override
    public String titleEn() {
        return "General assembly";
    }

    @Override
    public int menuOrder() {
        return 70;
    }

    @Override
    public String pageModule() {
        return "/console/plugins/voting/page.js";
    }

    @Override
    public Role requiredRole() {
        return null;
    }
}
