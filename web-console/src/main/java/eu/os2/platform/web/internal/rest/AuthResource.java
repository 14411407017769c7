package eu.os2.platform.web.internal.rest;

import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.ApiProblem;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.rest.PublicEndpoint;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.user.UserAccount;
import eu.os2.platform.api.user.UserService;
import eu.os2.platform.api.user.UserSession;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.web.internal.auth.AuthFilter;
import eu.os2.platform.web.internal.auth.Authentication;
import eu.os2.platform.web.internal.auth.Authentication.Outcome;
import java.util.List;
import java.util.Map;
import javax.annotation.security.RolesAllowed;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Login, logout, "who am I", and taking an invitation. */
@Component(service = AuthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** What the client sends to log in. */
    public record Credentials(String username, String password) {}

    /** An invitation link's token, and the password the invitee chooses. */
    public record InvitationAnswer(String token, String password) {}

    /** Whom an open invitation is for. */
    public record Invitee(String displayName, String username) {}

    /** The signed-in user and the token to send with every state-changing request. */
    public record Me(String username, String displayName, List<String> roles, Long organisationId, String csrfToken) {
        static Me of(PlatformUser user, String csrfToken) {
            return new Me(
                    user.username(),
                    user.displayName(),
                    user.roles().stream().map(Role::id).sorted().toList(),
                    user.organisationId(),
                    csrfToken);
        }
    }

    private final Authentication authentication;
    private final UserService users;

    @Activate
    public AuthResource(@Reference Authentication authentication, @Reference UserService users) {
        this.authentication = authentication;
        this.users = users;
    }

    @POST
    @Path("login")
    @PublicEndpoint
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(
            Credentials credentials,
            @CookieParam(Authentication.COOKIE) String previous,
            @Context HttpServletRequest http,
            @Context HttpHeaders headers) {
        requireFields(Map.of(
                "username",
                credentials == null ? "" : blankIfNull(credentials.username()),
                "password",
                credentials == null ? "" : blankIfNull(credentials.password())));
        boolean english = PlatformRest.prefersEnglish(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (!authentication.passwordLogin()) {
            return Problems.localized(
                    403,
                    "password-login-off",
                    english,
                    english ? "Log in through the identity provider." : "Log ind via identitetsudbyderen.",
                    Map.of());
        }
        Outcome outcome = authentication.login(
                credentials.username().strip(),
                credentials.password().toCharArray(),
                authentication.clientAddress(http),
                previous);
        if (outcome instanceof Outcome.Throttled t) {
            long seconds = Authentication.retryAfterSeconds(t.retryAfter());
            return Response.fromResponse(Problems.localized(
                            429,
                            "too-many-attempts",
                            english,
                            (english ? "Try again in " : "Prøv igen om ")
                                    + seconds
                                    + (english ? " seconds." : " sekunder."),
                            Map.of()))
                    .header("Retry-After", seconds)
                    .build();
        }
        if (outcome instanceof Outcome.Success s) {
            return signedIn(s.session(), http);
        }
        return Problems.localized(401, "login-failed", english, null, Map.of());
    }

    @POST
    @Path("logout")
    @RolesAllowed(Access.SIGNED_IN)
    public Response logout(@CookieParam(Authentication.COOKIE) String sessionId, @Context HttpServletRequest http) {
        authentication.logout(sessionId);
        return Response.noContent()
                .header("Set-Cookie", authentication.clearedCookie(authentication.https(http)))
                .build();
    }

    @GET
    @Path("me")
    @RolesAllowed(Access.SIGNED_IN)
    public Me me(@Context HttpServletRequest http) {
        UserSession session = (UserSession) http.getAttribute(AuthFilter.SESSION_ATTRIBUTE);
        return Me.of(session.user(), session.csrfToken());
    }

    /** Whom an invitation is for, so the page can greet the invitee; the token travels in the body, never in a URL. */
    @POST
    @Path("invitation")
    @PublicEndpoint
    @Consumes(MediaType.APPLICATION_JSON)
    public Invitee invitation(
            InvitationAnswer answer, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        boolean english = PlatformRest.prefersEnglish(acceptLanguage);
        UserAccount account = users.invitee(answer == null ? null : answer.token())
                .orElseThrow(() -> new ApiProblem(
                        404,
                        "invitation-invalid",
                        Problems.title("invitation-invalid", english, "Invitation not valid"),
                        english
                                ? "The invitation link is unknown, has expired or has been used already."
                                : "Invitationslinket er ukendt, udløbet eller allerede brugt.",
                        Map.of("token", "invalid")));
        return new Invitee(account.displayName(), account.username());
    }

    /** Takes an invitation: sets the password and signs the invitee in. */
    @POST
    @Path("invitation/accept")
    @PublicEndpoint
    @Consumes(MediaType.APPLICATION_JSON)
    public Response accept(
            InvitationAnswer answer,
            @CookieParam(Authentication.COOKIE) String previous,
            @Context HttpServletRequest http,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        boolean english = PlatformRest.prefersEnglish(acceptLanguage);
        requireFields(Map.of(
                "token",
                answer == null ? "" : blankIfNull(answer.token()),
                "password",
                answer == null ? "" : blankIfNull(answer.password())));
        if (!authentication.passwordLogin()) {
            throw new ApiProblem(
                    403,
                    "password-login-off",
                    Problems.title("password-login-off", english, "Password login is switched off"),
                    english
                            ? "Log in through the identity provider: the invitation is taken at the first login."
                            : "Log ind via identitetsudbyderen: invitationen tages i brug ved første log ind.",
                    Map.of());
        }
        PlatformUser user =
                users.acceptInvitation(answer.token(), answer.password().toCharArray());
        return signedIn(authentication.start(user, previous), http);
    }

    /** Refuses with 422 and a {@code required} code for each field that is missing or blank. */
    private static void requireFields(Map<String, String> fields) {
        Map<String, String> missing = new java.util.TreeMap<>();
        fields.forEach((name, value) -> {
            if (value.isBlank()) {
                missing.put(name, "required");
            }
        });
        ValidationException.throwIfAny(missing);
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }

    private Response signedIn(UserSession session, HttpServletRequest http) {
        return Response.ok(Me.of(session.user(), session.csrfToken()))
                .header("Set-Cookie", authentication.sessionCookie(session, authentication.https(http)))
                .build();
    }
}
