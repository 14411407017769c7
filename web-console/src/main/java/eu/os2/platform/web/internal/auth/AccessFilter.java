package eu.os2.platform.web.internal.auth;

import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.rest.PublicEndpoint;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.web.internal.rest.Problems;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import javax.annotation.Priority;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place the platform's access rules are enforced: after {@link AuthFilter} has resumed the
 * session, every request to a resource method is let through only as its {@link RolesAllowed} or
 * {@link PublicEndpoint} says (the method's annotation before its class's). A method that declares
 * neither is refused for everyone, and the refusal is logged, so a forgotten rule closes an
 * endpoint instead of opening it.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsApplicationSelect(PlatformRest.EXTENSIONS_SELECT)
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AccessFilter.class);

    /** Methods already warned about: the warning is worth one line per method, not one per request. */
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        Class<?> resourceClass = resourceInfo == null ? null : resourceInfo.getResourceClass();
        Rule rule = Rule.of(method, resourceClass);
        SecurityContext security = request.getSecurityContext();
        boolean signedIn = security != null && security.getUserPrincipal() instanceof PlatformUser;
        Outcome outcome = decide(rule, signedIn, role -> security.isUserInRole(role));
        if (outcome == Outcome.PASS) {
            return;
        }
        boolean english = PlatformRest.prefersEnglish(request.getHeaderString("Accept-Language"));
        switch (outcome) {
            case UNAUTHENTICATED ->
                request.abortWith(Problems.localized(
                        401,
                        "unauthenticated",
                        english,
                        english ? "Log in to use this endpoint." : "Log ind for at bruge denne funktion.",
                        Map.of()));
            case UNDECLARED -> {
                String name = method == null
                        ? request.getMethod() + " " + request.getUriInfo().getPath()
                        : method.getDeclaringClass().getName() + "#" + method.getName();
                if (warned.add(name)) {
                    LOG.warn(
                            "Refused {}: the resource method declares neither @RolesAllowed nor @PublicEndpoint", name);
                }
                request.abortWith(Problems.localized(
                        403,
                        "forbidden",
                        english,
                        english
                                ? "This endpoint declares no access rule, so it is closed."
                                : "Denne funktion har ingen adgangsregel og er derfor lukket.",
                        Map.of()));
            }
            default ->
                request.abortWith(Problems.localized(
                        403,
                        "forbidden",
                        english,
                        english
                                ? "Your role does not give access to this function."
                                : "Din rolle giver ikke adgang til denne funktion.",
                        Map.of()));
        }
    }

    /** What becomes of a request. */
    enum Outcome {
        /** The rule lets the request through. */
        PASS,
        /** The rule needs a signed-in user and there is none (401). */
        UNAUTHENTICATED,
        /** Signed in, but without any of the roles the rule names (403). */
        FORBIDDEN,
        /** No rule at all: refused for everyone (403), fail closed. */
        UNDECLARED
    }

    /**
     * A resource method's access rule as declared — the one reading of {@code @RolesAllowed} and
     * {@link PublicEndpoint} that the filters and the OpenAPI description share.
     *
     * @param publicEndpoint open to anyone
     * @param roles the roles of {@code @RolesAllowed} (any one suffices, {@link Access#SIGNED_IN} any
     *     signed-in user), or null when it has none
     */
    public record Rule(boolean publicEndpoint, List<String> roles) {

        static final Rule UNDECLARED = new Rule(false, null);

        /** @return whether the method declares a rule at all */
        public boolean declared() {
            return publicEndpoint || roles != null;
        }

        /**
         * Reads the rule of a resource method: the method's own annotation, else its class's. Where
         * one element carries both, {@code @RolesAllowed} (the stricter) counts.
         *
         * @param method the resource method, or null when there is none
         * @param resourceClass the resource class, or null
         */
        public static Rule of(Method method, Class<?> resourceClass) {
            if (method == null) {
                return UNDECLARED;
            }
            Rule own = declaredOn(method);
            if (own != null) {
                return own;
            }
            Class<?> type = resourceClass != null ? resourceClass : method.getDeclaringClass();
            Rule inherited = declaredOn(type);
            return inherited != null ? inherited : UNDECLARED;
        }

        private static Rule declaredOn(AnnotatedElement element) {
            List<String> roles = rolesAllowed(element);
            if (roles != null) {
                return new Rule(false, roles);
            }
            return element.isAnnotationPresent(PublicEndpoint.class) ? new Rule(true, null) : null;
        }

        /**
         * {@code @RolesAllowed} is found by its name, not its class: javax.annotation.security is
         * exported by the framework (Karaf's jdk9plus library) and by the jakarta.annotation-api
         * bundle, and a bundle wired to the other exporter carries an annotation of another class.
         */
        static List<String> rolesAllowed(AnnotatedElement element) {
            for (Annotation annotation : element.getAnnotations()) {
                if (annotation instanceof RolesAllowed allowed) {
                    return List.of(allowed.value());
                }
                if (annotation.annotationType().getName().equals(RolesAllowed.class.getName())) {
                    try {
                        return List.of((String[])
                                annotation.annotationType().getMethod("value").invoke(annotation));
                    } catch (ReflectiveOperationException | ClassCastException e) {
                        throw new IllegalStateException("cannot read " + annotation, e);
                    }
                }
            }
            return null;
        }
    }

    /**
     * The decision, apart from JAX-RS.
     *
     * @param rule the method's rule
     * @param signedIn whether the request carries the platform's signed-in user
     * @param inRole whether that user holds a role (by {@code Role.id()}; an administrator holds all)
     * @return what becomes of the request
     */
    static Outcome decide(Rule rule, boolean signedIn, Predicate<String> inRole) {
        if (rule.publicEndpoint()) {
            return Outcome.PASS;
        }
        if (rule.roles() == null) {
            return Outcome.UNDECLARED;
        }
        if (!signedIn) {
            return Outcome.UNAUTHENTICATED;
        }
        for (String role : rule.roles()) {
            if (Access.SIGNED_IN.equals(role) || inRole.test(role)) {
                return Outcome.PASS;
            }
        }
        return Outcome.FORBIDDEN;
    }
}
