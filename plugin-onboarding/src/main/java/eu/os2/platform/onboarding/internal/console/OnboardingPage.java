package eu.os2.platform.onboarding.internal.console;

import eu.os2.platform.api.console.ConsoleContribution;
import eu.os2.platform.api.user.Role;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The Products page in the console menu, for every signed-in user. The bundle serves its page modules itself. */
@Component(service = ConsoleContribution.class)
@HttpWhiteboardResource(pattern = "/console/plugins/onboarding/*", prefix = "/static/onboarding")
public class OnboardingPage implements ConsoleContribution {

    @Override
    public String id() {
        return "products";
    }

    @Override
    public String titleDa() {
        return "Produkter";
    }

    @Override
    public String titleEn() {
        return "Products";
    }

    @Override
    public int menuOrder() {
        return 55;
    }

    @Override
    public String pageModule() {
        return "/console/plugins/onboarding/page.js";
    }

    @Override
    public Role requiredRole() {
        return null;
    }
}
