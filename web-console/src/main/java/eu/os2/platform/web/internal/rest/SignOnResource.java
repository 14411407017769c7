package eu.os2.platform.web.internal.rest;

import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.rest.PublicEndpoint;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.UserSession;
import eu.os2.platform.web.internal.auth.Authentication;
import eu.os2.platform.web.internal.auth.oidc.SignOn;
import eu.os2.platform.web.internal.auth.oidc.SignOnRefused;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.CookieParam;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How one logs in ({@code /auth/options}) and sign-on through the OpenID provider: {@code start}
 * sends the browser to the provider, {@code callback} takes it back, signs it in and opens the
 * console; a refused sign-on opens the login page with the reason.
 */
@Component(service = SignOnResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("auth")
public class SignOnResource {

    private static final Logger LOG = LoggerFactory.getLogger(SignOnResource.class);
    private static final String FLOW_PATH = "/api/v1/auth/oidc";

    /** What the login page offers: password login, and the label of sign-on if configured. */
    public record Options(boolean passwordLogin, String signOn) {}

    private final Authentication authentication;
    private final SignOn signOn;

    @Activate
    public SignOnResource(@Reference Authentication authentication, @Reference SignOn signOn) {
        this.authentication = authentication;
        this.signOn = signOn;
    }

    @GET
    @Path("options")
    @PublicEndpoint
    @Produces(MediaType.APPLICATION_JSON)
    public Options options() {
        return new Options(authentication.passwordLogin(), signOn.label().orElse(null));
    }

    @GET
    @Path("oidc/start")
    @PublicEndpoint
    public Response start(@Context HttpServletRequest http) {
        try {
            SignOn.Start start = signOn.start(base(http));
            return Response.seeOther(start.authorization())
                    .header("Set-Cookie", flowCookie(start.flowCookie(), (int) SignOn.FLOW_LIFETIME.toSeconds(), http))
                    .header("Cache-Control", "no-store")
                    .build();
        } catch (SignOnRefused refused) {
            LOG.warn("Sign-on could not begin: {}", refused.getMessage());
            return toLogin(refused.code(), http);
        }
    }

    @GET
    @Path("oidc/callback")
    @PublicEndpoint
    public Response callback(
            @QueryParam("code") String code,
            @QueryParam("state") String state,
            @QueryParam("error") String error,
            @CookieParam(SignOn.FLOW_COOKIE) String flow,
            @CookieParam(Authentication.COOKIE) String previous,
            @Context HttpServletRequest http) {
        try {
            PlatformUser user = signOn.finish(base(http), code, state, error, flow);
            UserSession session = authentication.start(user, previous);
            return seeOther(base(http) + "/console/")
                    .header("Set-Cookie", flowCookie("", 0, http))
                    .header("Set-Cookie", authentication.sessionCookie(session, authentication.https(http)))
                    .build();
        } catch (SignOnRefused refused) {
            LOG.warn(
                    "Sign-on refused ({}) for {}: {}",
                    refused.code(),
                    authentication.clientAddress(http),
                    refused.getMessage());
            return toLogin(refused.code(), http);
        }
    }

    private Response toLogin(String code, HttpServletRequest http) {
        return seeOther(base(http) + "/console/#/login/" + code)
                .header("Set-Cookie", flowCookie("", 0, http))
                .build();
    }

    /** A redirect to an absolute address of the platform, written as given (a relative one would be resolved against /api/v1). */
    private static Response.ResponseBuilder seeOther(String location) {
        return Response.status(Response.Status.SEE_OTHER)
                .header("Location", location)
                .header("Cache-Control", "no-store");
    }

    /** SameSite=Lax: the provider's redirect back is a top-level navigation from another site. */
    private String flowCookie(String value, int maxAge, HttpServletRequest http) {
        return authentication.cookie(SignOn.FLOW_COOKIE, value, FLOW_PATH, "Lax", maxAge, authentication.https(http));
    }

    private String base(HttpServletRequest http) {
        String host = http.getHeader("Host");
        if (host == null || host.isBlank()) {
            host = http.getServerName() + ":" + http.getServerPort();
        }
        return (authentication.https(http) ? "https" : "http") + "://" + host;
    }
}
