package eu.os2.platform.payments.internal.console;

import eu.os2.platform.api.console.ConsoleContribution;
import eu.os2.platform.api.user.Role;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The Payments page in the console menu, for every signed-in user: everyone reads the tariffs, the
 * secretariat and the board get the whole payment model, a member representative its own
 * organisation's fees and invoices. The bundle serves its page modules and stylesheet itself.
 */
@Component(service = ConsoleContribution.class)
@HttpWhiteboardResource(pattern = "/console/plugins/payments/*", prefix = "/static/payments")
public class PaymentsPage implements ConsoleContribution {

    @Override
    public String id() {
        return "payments";
    }

    @Override
    public String titleDa() {
        return "Betaling";
    }

    @Override
    public String titleEn() {
        return "Payments";
    }

    @Override
    public int menuOrder() {
        return 60;
    }

    @Override
    public String pageModule() {
        return "/console/plugins/payments/page.js";
    }

    @Override
    public Role requiredRole() {
        return null;
    }
}
