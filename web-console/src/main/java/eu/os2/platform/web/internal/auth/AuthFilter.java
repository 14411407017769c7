package eu.os2.platform.web.internal.auth;

import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.rest.PublicEndpoint;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.user.UserSession;
import eu.os2.platform.web.internal.rest.Problems;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * Every request to the platform application: resumes the session from its cookie (from the
 * database, so any node and a restarted one accept it), refuses a request without one (unless the
 * endpoint is {@link PublicEndpoint}), and refuses a state-changing request whose CSRF header does
 * not match the session's token. Which roles may call a method is checked next, by
 * {@link AccessFilter}.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsApplicationSelect(PlatformRest.EXTENSIONS_SELECT)
@Priority(Priorities.AUTHENTICATION)
public class AuthFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Authentication authentication;

    /** The request attribute under which a resource finds the request's {@link UserSession}. */
    public static final String SESSION_ATTRIBUTE = UserSession.class.getName();

    @Context
    ResourceInfo resourceInfo;

    @Context
    HttpServletRequest http;

    @Activate
    public AuthFilter(@Reference Authentication authentication) {
        this.authentication = authentication;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        boolean english = PlatformRest.prefersEnglish(request.getHeaderString("Accept-Language"));
        boolean publicEndpoint = isPublic();
        Cookie cookie = request.getCookies().get(Authentication.COOKIE);
        Optional<UserSession> signedIn = authentication.resume(cookie == null ? null : cookie.getValue());
        if (signedIn.isEmpty()) {
            if (!publicEndpoint) {
                request.abortWith(Problems.localized(
                        401,
                        "unauthenticated",
                        english,
                        english ? "Log in to use this endpoint." : "Log ind for at bruge denne funktion.",
                        Map.of()));
            }
            return;
        }
        // public endpoints act on no session's authority (logging in again from another tab, say)
        if (!SAFE_METHODS.contains(request.getMethod()) && !publicEndpoint) {
            String sent = request.getHeaderString(PlatformRest.CSRF_HEADER);
            if (sent == null
                    || !MessageDigest.isEqual(
                            sent.getBytes(StandardCharsets.UTF_8),
                            signedIn.get().csrfToken().getBytes(StandardCharsets.UTF_8))) {
                request.abortWith(Problems.localized(
                        403,
                        "csrf",
                        english,
                        "send the session's token in the " + PlatformRest.CSRF_HEADER + " header",
                        Map.of()));
                return;
            }
        }
        PlatformUser user = signedIn.get().user();
        request.setSecurityContext(new UserSecurityContext(user, authentication.https(http)));
        http.setAttribute(SESSION_ATTRIBUTE, signedIn.get());
    }

    private boolean isPublic() {
        if (resourceInfo == null) {
            return false;
        }
        return AccessFilter.Rule.of(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass())
                .publicEndpoint();
    }

    /** The signed-in user as JAX-RS sees it; {@code isUserInRole} takes role ids and honours admin. */
    record UserSecurityContext(PlatformUser user, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return user;
        }

        @Override
        public boolean isUserInRole(String role) {
            try {
                return user.hasRole(Role.fromId(role));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "FORM";
        }
    }
}
