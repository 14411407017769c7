package eu.os2.platform.web.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import eu.os2.platform.web.internal.auth.WebConfig;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class RequestLimitsTest {

    private static final int LIMIT_KB = 16;

    @Test
    void aBodyWhoseLengthIsTooLargeToReadAsANumberIsStillCutOffAtTheLimit() throws Exception {
        // CXF reads Content-Length as an int: 3,000,000,000 gives getLength() = -1
        ContainerRequestContext request = request("3000000000", null, -1);
        new RequestLimits(config()).filter(request);

        ArgumentCaptor<InputStream> limited = ArgumentCaptor.forClass(InputStream.class);
        verify(request).setEntityStream(limited.capture());
        assertThatThrownBy(() -> limited.getValue().readAllBytes())
                .isInstanceOf(WebApplicationException.class)
                .satisfies(e -> assertThat(
                                ((WebApplicationException) e).getResponse().getStatus())
                        .isEqualTo(413));
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimit() throws Exception {
        ContainerRequestContext request = request(null, "chunked", -1);
        new RequestLimits(config()).filter(request);

        ArgumentCaptor<InputStream> limited = ArgumentCaptor.forClass(InputStream.class);
        verify(request).setEntityStream(limited.capture());
        assertThatThrownBy(() -> limited.getValue().readAllBytes()).isInstanceOf(WebApplicationException.class);
    }

    @Test
    void aRequestThatDeclaresNoBodyIsNotAskedForOne() throws Exception {
        ContainerRequestContext request = request(null, null, -1);
        new RequestLimits(config()).filter(request);

        verify(request, never()).hasEntity();
        verify(request, never()).setEntityStream(any());
    }

    private static ContainerRequestContext request(String contentLength, String transferEncoding, int length) {
        ContainerRequestContext request = mock(ContainerRequestContext.class);
        UriInfo uri = mock(UriInfo.class);
        when(uri.getRequestUri()).thenReturn(URI.create("http://127.0.0.1/api/v1/members"));
        when(request.getUriInfo()).thenReturn(uri);
        when(request.getHeaderString("Content-Length")).thenReturn(contentLength);
        when(request.getHeaderString("Transfer-Encoding")).thenReturn(transferEncoding);
        when(request.getLength()).thenReturn(length);
        when(request.hasEntity()).thenReturn(true);
        when(request.getEntityStream()).thenReturn(new ByteArrayInputStream(new byte[(LIMIT_KB + 1) * 1024]));
        return request;
    }

    private static WebConfig config() {
        WebConfig config = mock(WebConfig.class);
        when(config.request_maxBodyKilobytes()).thenReturn(LIMIT_KB);
        return config;
    }
}
