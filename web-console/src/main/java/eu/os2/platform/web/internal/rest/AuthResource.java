package eu.os2.platform.web.internal.rest;

import eu.os2.platform.api.rest.ApiProblem;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.rest.PublicEndpoint;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.web.internal.auth.Authentication;
import eu.os2.platform.web.internal.auth.Authentication.Outcome;
import eu.os2.platform.web.internal.auth.Authentication.SignedIn;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Login, logout and "who am I". */
@Component(service = AuthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** What the client sends to log in. */
    public record Credentials(String username, String password) {}

    /** The signed-in user and the token to send with every state-changing request. */
    public record Me(String username, String displayName, List<String> roles, Long organisationId, String csrfToken) {
        static Me of(PlatformUser user, String csrfToken) {
            return new Me(user.username(), user.displayName(),
                    user.roles().stream().map(Role::id).sorted().toList(), user.organisationId(), csrfToken);
        }
    }

    private final Authentication authentication;

    @Activate
    public AuthResource(@Reference Authentication authentication) {
        this.authentication = authentication;
    }

    @POST
    @Path("login")
    @PublicEndpoint
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(Credentials credentials, @Context HttpServletRequest http, @Context HttpHeaders headers) {
        if (credentials == null || credentials.username() == null || credentials.password() == null
                || credentials.username().isBlank() || credentials.password().isEmpty()) {
            throw new ApiProblem(400, "validation", "Invalid data", "username and password are required",
                    Map.of("username", "required", "password", "required"));
        }
        boolean english = Problems.english(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Outcome outcome = authentication.login(credentials.username().strip(), credentials.password().toCharArray(), http.getRemoteAddr());
        if (outcome instanceof Outcome.Throttled t) {
            long seconds = Math.max(1, t.retryAfter().toSeconds());
            return Response.fromResponse(Problems.localized(429, "too-many-attempts", english,
                    (english ? "Try again in " : "Prøv igen om ") + seconds + (english ? " seconds." : " sekunder."), Map.of()))
                    .header("Retry-After", seconds).build();
        }
        if (outcome instanceof Outcome.Success s) {
            return Response.ok(Me.of(s.user(), s.session().csrfToken()))
                    .header("Set-Cookie", authentication.sessionCookie(s.session(), isHttps(http)))
                    .build();
        }
        return Problems.localized(401, "login-failed", english, null, Map.of());
    }

    @POST
    @Path("logout")
    public Response logout(@CookieParam(Authentication.COOKIE) String sessionId, @Context HttpServletRequest http) {
        authentication.logout(sessionId);
        return Response.noContent().header("Set-Cookie", authentication.clearedCookie(isHttps(http))).build();
    }

    @GET
    @Path("me")
    public Me me(@Context ContainerRequestContext request) {
        SignedIn signedIn = (SignedIn) request.getProperty(SignedIn.class.getName());
        return Me.of(signedIn.user(), signedIn.session().csrfToken());
    }

    private static boolean isHttps(HttpServletRequest http) {
        return Authentication.https(http.isSecure(), http.getHeader("X-Forwarded-Proto"));
    }
}
