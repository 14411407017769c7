package eu.os2.platform.web.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import eu.os2.platform.api.calendar.CalendarFeeds;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.web.internal.auth.Authentication;
import eu.os2.platform.web.internal.auth.oidc.OidcConfig;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CalendarResourceTest {

    private static final PlatformUser ANNA = new PlatformUser(7, "anna", "Anna", Set.of(Role.VIEWER), null);
    private static final Instant CREATED = Instant.parse("2026-11-30T10:00:00Z");

    private final CalendarFeeds feeds = mock(CalendarFeeds.class);
    private final Authentication authentication = mock(Authentication.class);
    private final OidcConfig config = mock(OidcConfig.class);
    private final SecurityContext security = mock(SecurityContext.class);
    private final HttpServletRequest http = mock(HttpServletRequest.class);

    @BeforeEach
    void setUp() {
        when(security.getUserPrincipal()).thenReturn(ANNA);
        when(config.publicUrl()).thenReturn("");
        when(http.getHeader("Host")).thenReturn("localhost:8181");
        when(feeds.renew(ANNA)).thenReturn("tok");
        when(feeds.created(7)).thenReturn(Optional.of(CREATED));
    }

    @Test
    void theNewAddressIsTheRequestsBaseOrThePublicAddress() {
        CalendarResource resource = new CalendarResource(feeds, authentication, config);
        assertThat(resource.renew(security, http))
                .isEqualTo(new CalendarResource.NewSubscription(
                        "http://localhost:8181/api/v1/calendar/feed/tok.ics", CREATED));
        when(config.publicUrl()).thenReturn("https://platform.os2.eu/");
        resource = new CalendarResource(feeds, authentication, config);
        assertThat(resource.renew(security, http).url())
                .isEqualTo("https://platform.os2.eu/api/v1/calendar/feed/tok.ics");
    }

    @Test
    void theSubscriptionSaysWhetherOneExists() {
        CalendarResource resource = new CalendarResource(feeds, authentication, config);
        assertThat(resource.subscription(security)).isEqualTo(new CalendarResource.SubscriptionView(true, CREATED));
        when(feeds.created(7)).thenReturn(Optional.empty());
        assertThat(resource.subscription(security)).isEqualTo(new CalendarResource.SubscriptionView(false, null));
        assertThat(resource.revoke(security).getStatus()).isEqualTo(204);
        verify(feeds).revoke(ANNA);
    }

    @Test
    void theFeedIsPrivateCalendarTextAndAnUnknownToken404() {
        when(feeds.feed("good")).thenReturn(Optional.of("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
        when(feeds.feed("old")).thenReturn(Optional.empty());
        CalendarResource resource = new CalendarResource(feeds, authentication, config);
        Response ok = resource.feed("good", null);
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getMediaType().toString()).startsWith("text/calendar");
        assertThat(ok.getHeaderString("Cache-Control")).isEqualTo("private, no-store");
        Response gone = resource.feed("old", "en");
        assertThat(gone.getStatus()).isEqualTo(404);
        assertThat(gone.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(((Map<?, ?>) gone.getEntity()).get("title")).isEqualTo("Not found");
    }
}
