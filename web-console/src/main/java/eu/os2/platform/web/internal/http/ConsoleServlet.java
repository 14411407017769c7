package eu.os2.platform.web.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The console shell at {@code /console}: static files from the bundle's {@code console-static}
 * folder, and the shell page for every route that is not a file (the shell routes in the browser).
 * Plugin page modules are served by their own bundles under the longer {@code /console/plugins/}
 * patterns, which take precedence.
 */
// immediate: one instance for as long as the bundle runs
@Component(service = Servlet.class, immediate = true)
@HttpWhiteboardServletName("os2-console")
@HttpWhiteboardServletPattern({"/console", "/console/*", "/"})
public class ConsoleServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private static final String ROOT = "/console-static";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff2", "font/woff2",
            "woff", "font/woff",
            "md", "text/plain; charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String uri = request.getRequestURI();
        if (!uri.startsWith("/console")) {
            // the bare host name leads to the console; anything else unknown is a plain 404
            if ("/".equals(uri)) {
                response.sendRedirect("/console/");
            } else {
                response.sendError(404);
            }
            return;
        }
        String path = request.getPathInfo();
        if (uri.equals("/console")) {
            response.sendRedirect("/console/");
            return;
        }
        if (path == null || path.equals("/") || !path.contains(".")) {
            send(response, ROOT + "/index.html", "html", false);
            return;
        }
        if (path.contains("..") || path.contains("//")) {
            response.sendError(404);
            return;
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        if (!TYPES.containsKey(extension)) {
            response.sendError(404);
            return;
        }
        send(response, ROOT + path, extension, path.startsWith("/vendor/"));
    }

    private void send(HttpServletResponse response, String resource, String extension, boolean immutable)
            throws IOException {
        URL url = ConsoleServlet.class.getResource(resource);
        if (url == null) {
            response.sendError(404);
            return;
        }
        response.setContentType(TYPES.get(extension));
        // the shell and its modules change with each release; vendored files change only with their version
        response.setHeader("Cache-Control", immutable ? "public, max-age=86400" : "no-cache");
        try (InputStream in = url.openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
