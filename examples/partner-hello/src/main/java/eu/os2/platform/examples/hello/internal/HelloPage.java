package eu.os2.platform.examples.hello.internal;

import eu.os2.platform.api.console.ConsoleContribution;
import eu.os2.platform.api.user.Role;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * A console page. The service adds the menu entry; the resource annotation serves the page
 * module from this bundle's {@code static/hello} folder under {@code /console/plugins/hello/}.
 */
@Component(service = ConsoleContribution.class)
@HttpWhiteboardResource(pattern = "/console/plugins/hello/*", prefix = "/static/hello")
public class HelloPage implements ConsoleContribution {

    @Override
    public String id() {
        return "hello";
    }

    @Override
    public String titleDa() {
        return "Hej fra en partner";
    }

    @Override
    public String titleEn() {
        return "Hello from a partner";
    }

    @Override
    public int menuOrder() {
        return 500;
    }

    @Override
    public String pageModule() {
        return "/console/plugins/hello/page.js";
    }

    @Override
    public Role requiredRole() {
        return null;
    }
}
