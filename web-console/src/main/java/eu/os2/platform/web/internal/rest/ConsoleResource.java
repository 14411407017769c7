package eu.os2.platform.web.internal.rest;

import eu.os2.platform.api.console.ConsoleContribution;
import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.web.internal.console.BundleInventory;
import eu.os2.platform.web.internal.console.BundleInventory.BundleInfo;
import eu.os2.platform.web.internal.console.ContributionRegistry;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** What the console shell needs: the live menu and the Plugins page's bundle list. */
@Component(service = ConsoleResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("console")
@Produces(MediaType.APPLICATION_JSON)
public class ConsoleResource {

    /** One menu entry. */
    public record MenuEntry(
            String id, String titleDa, String titleEn, int menuOrder, String pageModule, String requiredRole) {
        static MenuEntry of(ConsoleContribution c) {
            return new MenuEntry(
                    c.id(),
                    c.titleDa(),
                    c.titleEn(),
                    c.menuOrder(),
                    c.pageModule(),
                    c.requiredRole() == null ? null : c.requiredRole().id());
        }
    }

    private final ContributionRegistry contributions;
    private final BundleInventory inventory;

    @Activate
    public ConsoleResource(@Reference ContributionRegistry contributions, @Reference BundleInventory inventory) {
        this.contributions = contributions;
        this.inventory = inventory;
    }

    @GET
    @Path("menu")
    @RolesAllowed(Access.SIGNED_IN)
    public List<MenuEntry> menu(@Context SecurityContext security) {
        PlatformUser user = (PlatformUser) security.getUserPrincipal();
        return contributions.visibleTo(user).stream().map(MenuEntry::of).toList();
    }

    @GET
    @Path("bundles")
    @RolesAllowed(Access.SECRETARIAT)
    public List<BundleInfo> bundles() {
        return inventory.bundles();
    }
}
