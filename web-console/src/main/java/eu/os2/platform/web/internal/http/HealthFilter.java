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

/**
 * {@code GET /api/v1/health} without a session, as a load balancer or a monitor asks it: the
 * answer {@link HealthResource} worked out within the last second, written as it is, without the
 * JAX-RS machinery in between. It runs after {@link SecurityHeadersFilter} (lower ranking), so the
 * answer carries the same headers. A request with the session cookie goes on to the resource, which
 * gives the secretariat the notices' texts. Registered by {@link HealthFilterRegistration}, as a plain
 * object rather than a component of its own.
 */
public class HealthFilter implements Filter {

    /** The request's whole path, checked as well: the pattern matches {@code /health} in other contexts too. */
    static final String PATH = "/api/v1/health";

    private final HealthResource health;

    HealthFilter(HealthResource health) {
        this.health = health;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String method = http.getMethod();
        if (!PATH.equals(http.getRequestURI())
                || !("GET".equals(method) || "HEAD".equals(method))
                || hasSession(http.getHeader("Cookie"))) {
            chain.doFilter(request, response);
            return;
        }
        HealthResource.Answer answer = health.answer(false);
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
