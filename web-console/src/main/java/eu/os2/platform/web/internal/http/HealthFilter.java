package eu.os2.platform.web.internal.http;

import eu.os2.platform.web.internal.auth.Authentication;
import eu.os2.platform.web.internal.rest.HealthResource;
import java.io.IOException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * {@code GET /api/v1/health} without a session, as a load balancer or a monitor asks it: the
 * answer {@link HealthResource} worked out within the last second, written as it is, without the
 * JAX-RS machinery in between. It runs after {@link SecurityHeadersFilter} (lower ranking), so the
 * answer carries the same headers. A request with the session cookie goes on to the resource, which
 * gives the secretariat the notices' texts.
 */
// immediate for the same reason as SecurityHeadersFilter: a delayed filter could be left "unavailable"
// in a context the whiteboard rebuilt at start-up
@Component(service = Filter.class, immediate = true)
@HttpWhiteboardFilterName("os2-health")
// the platform's JAX-RS application has a context of its own at /api/v1: within it the path is /health
@HttpWhiteboardFilterPattern("/health")
@HttpWhiteboardContextSelect(SecurityHeadersFilter.PLATFORM_CONTEXTS)
@ServiceRanking(-10)
public class HealthFilter implements Filter {

    /** The request's whole path, checked as well: the pattern matches {@code /health} in other contexts too. */
    static final String PATH = "/api/v1/health";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile HealthResource health;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HealthResource resource = health;
        String method = http.getMethod();
        if (resource == null
                || !PATH.equals(http.getRequestURI())
                || !("GET".equals(method) || "HEAD".equals(method))
                || hasSession(http.getHeader("Cookie"))) {
            chain.doFilter(request, response);
            return;
        }
        HealthResource.Answer answer = resource.answer(false);
        HttpServletResponse out = (HttpServletResponse) response;
        out.setStatus(answer.status());
        out.setContentType("application/json");
        out.setContentLength(answer.json().length);
        if ("GET".equals(method)) {
            out.getOutputStream().write(answer.json());
        }
    }

    private static boolean hasSession(String cookies) {
        return cookies != null && cookies.contains(Authentication.COOKIE + "=");
    }
}
