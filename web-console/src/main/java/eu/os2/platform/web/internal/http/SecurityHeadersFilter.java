package eu.os2.platform.web.internal.http;

import eu.os2.platform.api.rest.PlatformRest;
import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * Security headers on every response: a strict Content Security Policy (scripts and styles only
 * from the platform itself, no framing), no MIME sniffing, no referrer to other sites, and no
 * caching of API answers. A plain object: {@link SecurityHeadersFilterRegistration} puts it on the
 * platform's contexts, {@code PluginApplications} on each partner plugin's context.
 */
public class SecurityHeadersFilter implements Filter {

    /** The filter's name in every context. */
    public static final String NAME = "os2-security-headers";

    /**
     * The prefix of the HTTP context the JAX-RS whiteboard gives a partner plugin's application
     * ({@code context.for} and the application's name).
     */
    public static final String PLUGIN_CONTEXT_PREFIX = "context.for" + PlatformRest.PLUGIN_APPLICATION_PREFIX;

    /**
     * Every context but the partner plugins' (the JAX-RS whiteboard gives each application a context
     * of its own). The HTTP whiteboard takes a filter out of every context and puts it back whenever
     * the set of contexts it selects changes, and a request in that moment finds the filter
     * "unavailable" (404): selecting the partners' contexts too would make each partner deploy or
     * removal fail requests to {@code /api/v1} and the console. Each partner context gets a filter of
     * its own instead ({@link #forPluginContext}).
     */
    public static final String PLATFORM_CONTEXTS =
            "(&(osgi.http.whiteboard.context.name=*)(!(osgi.http.whiteboard.context.name=" + PLUGIN_CONTEXT_PREFIX
                    + "*)))";

    /**
     * @param applicationName a partner plugin's application, e.g. {@code os2.plugin.hello}
     * @return the service properties of this filter for that application's context only
     */
    public static Dictionary<String, Object> forPluginContext(String applicationName) {
        return properties(
                "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=context.for" + applicationName + ")");
    }

    /** @return the service properties of this filter for the platform's contexts ({@link #PLATFORM_CONTEXTS}) */
    static Dictionary<String, Object> forPlatformContexts() {
        return properties(PLATFORM_CONTEXTS);
    }

    private static Dictionary<String, Object> properties(String contextSelect) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_NAME, NAME);
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_PATTERN, "/*");
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT, contextSelect);
        return properties;
    }

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("Content-Security-Policy", CSP);
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("X-Frame-Options", "DENY");
        http.setHeader("Referrer-Policy", "same-origin");
        http.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        String path = ((HttpServletRequest) request).getRequestURI();
        if (path.startsWith("/api/")) {
            http.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
