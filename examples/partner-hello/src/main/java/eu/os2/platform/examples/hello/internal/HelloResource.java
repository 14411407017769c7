package eu.os2.platform.examples.hello.internal;

import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.user.PlatformUser;
import java.util.Map;
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

/**
 * {@code GET /api/v1/plugins/hello/greeting}: greets the signed-in user with a fact from the member
 * directory; {@code GET /api/v1/plugins/hello/greeting/voting-members} names the members with a vote,
 * for the secretariat only. The resource joins the plugin's own application ({@code os2.plugin.hello}, which the
 * platform registers at {@code /api/v1/plugins/hello} for the bundle's {@code OS2-Plugin: hello}
 * header), so deploying or removing this bundle never interrupts the platform's own endpoints. Every
 * resource method says who may call it: {@code @RolesAllowed} with {@link Access} role names, or
 * {@code @PublicEndpoint}; the platform refuses a method with neither.
 */
@Component(service = HelloResource.class)
@JaxrsResource
@JaxrsApplicationSelect(HelloResource.APPLICATION_SELECT)
@Path("greeting")
@Produces(MediaType.APPLICATION_JSON)
public class HelloResource {

    /** Selects this plugin's own application. */
    static final String APPLICATION_SELECT = "(osgi.jaxrs.name=" + PlatformRest.PLUGIN_APPLICATION_PREFIX + "hello)";

    private final MemberService members;

    @Activate
    public HelloResource(@Reference MemberService members) {
        this.members = members;
    }

    @GET
    @RolesAllowed(Access.SIGNED_IN)
    public Map<String, Object> hello(@Context SecurityContext security) {
        PlatformUser user = (PlatformUser) security.getUserPrincipal();
        return Map.of(
                "greeting",
                "Hej " + user.displayName(),
                "votingMembers",
                members.votingMembers().size());
    }

    @GET
    @Path("voting-members")
    @RolesAllowed(Access.SECRETARIAT)
    public Map<String, Object> votingMembers() {
        return Map.of(
                "votingMembers",
                members.votingMembers().stream()
                        .map(Organisation::name)
                        .sorted()
                        .toList());
    }
}
