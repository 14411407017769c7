package eu.os2.platform.web.internal.rest;

import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.web.internal.auth.WebConfig;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * What any request to the platform application must keep to before anything reads it: a body no
 * larger than {@code request.maxBodyKilobytes} (413, also for a chunked body that grows past it
 * while it is read) and no NUL character in its path or query (400; no database stores one).
 */
@Component(service = ContainerRequestFilter.class, configurationPid = "eu.os2.platform.web")
@JaxrsExtension
@JaxrsApplicationSelect(PlatformRest.EXTENSIONS_SELECT)
@PreMatching
@Priority(Priorities.AUTHENTICATION - 500)
public class RequestLimits implements ContainerRequestFilter {

    private volatile long maxBytes;

    @Activate
    public RequestLimits(WebConfig config) {
        modified(config);
    }

    @Modified
    void modified(WebConfig config) {
        this.maxBytes = Math.max(16, config.request_maxBodyKilobytes()) * 1024L;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        boolean english = PlatformRest.prefersEnglish(request.getHeaderString("Accept-Language"));
        URI uri = request.getUriInfo().getRequestUri();
        String raw = uri.getRawPath() + "?" + uri.getRawQuery();
        if (raw.contains("%00") || raw.indexOf('\0') >= 0) {
            request.abortWith(Problems.localized(
                    400,
                    "bad-request",
                    english,
                    english ? "The address holds a NUL character." : "Adressen indeholder et NUL-tegn.",
                    Map.of()));
            return;
        }
        long limit = maxBytes;
        if (request.getLength() > limit) {
            request.abortWith(tooLarge(english, limit));
            return;
        }
        // a request has a body only when it says so (RFC 9112, 6.1–6.3); asking the stream of one that
        // does not would make the server try to read a body from the connection. The header's presence
        // counts, not its value: a length too large for getLength() (which then says -1) is still limited
        if ((request.getHeaderString("Content-Length") != null || request.getHeaderString("Transfer-Encoding") != null)
                && request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), limit, english));
        }
    }

    static javax.ws.rs.core.Response tooLarge(boolean english, long limit) {
        return Problems.localized(
                413,
                "payload-too-large",
                english,
                (english
                                ? "The body is larger than the platform accepts: at most "
                                : "Indholdet er større end platformen modtager: højst ")
                        + (limit / 1024) + " KiB",
                Map.of());
    }

    /** A body that stops being read at the limit. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private final boolean english;
        private long read;

        Limited(InputStream in, long limit, boolean english) {
            super(in);
            this.limit = limit;
            this.english = english;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new WebApplicationException(tooLarge(english, limit));
            }
        }
    }
}
