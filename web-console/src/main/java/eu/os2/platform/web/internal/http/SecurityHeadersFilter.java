package eu.os2.platform.web.internal.http;

import java.io.IOException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Security headers on every response: a strict Content Security Policy (scripts and styles only
 * from the platform itself, no framing), no MIME sniffing, no referrer to other sites, and no
 * caching of API answers.
 */
// immediate: the filter stays one active instance while the HTTP whiteboard adds it to and removes it
// from the JAX-RS applications' contexts as they are rebuilt at start-up. As a delayed component it was
// deactivated when the last context let go of it, and a context that asked for it in that moment was
// left with the filter "unavailable" for good: every request of that context answered 404.
@Component(service = Filter.class, immediate = true)
@HttpWhiteboardFilterName("os2-security-headers")
@HttpWhiteboardFilterPattern("/*")
// every context: the JAX-RS whiteboard gives each application a context of its own
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=*)")
public class SecurityHeadersFilter implements Filter {

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
