package eu.os2.platform.web.internal.rest;

import eu.os2.platform.api.calendar.CalendarFeeds;
import eu.os2.platform.api.calendar.Calendars;
import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.rest.PublicEndpoint;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.web.internal.auth.Authentication;
import eu.os2.platform.web.internal.auth.oidc.OidcConfig;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.annotation.security.RolesAllowed;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * A person's calendar subscription at {@code /api/v1/calendar}: the secret feed address is made
 * (or renewed) and removed by its owner; the feed itself is public, the token in its address is
 * the key. The address uses the platform's public address ({@code publicUrl} in
 * {@code etc/eu.os2.platform.oidc.cfg}) when one is set, else the request's.
 */
@Component(service = CalendarResource.class, configurationPid = "eu.os2.platform.oidc")
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    /** Whether the person has a feed address, and since when. */
    public record SubscriptionView(boolean exists, Instant created) {}

    /** A new feed address, shown once. */
    public record NewSubscription(String url, Instant created) {}

    private final CalendarFeeds feeds;
    private final Authentication authentication;
    private volatile String publicUrl;

    @Activate
    public CalendarResource(
            @Reference CalendarFeeds feeds, @Reference Authentication authentication, OidcConfig config) {
        this.feeds = feeds;
        this.authentication = authentication;
        modified(config);
    }

    @Modified
    void modified(OidcConfig config) {
        this.publicUrl =
                config.publicUrl() == null ? "" : config.publicUrl().strip().replaceAll("/+$", "");
    }

    @GET
    @Path("subscription")
    @RolesAllowed(Access.SIGNED_IN)
    public SubscriptionView subscription(@Context SecurityContext security) {
        Optional<Instant> created = feeds.created(user(security).id());
        return new SubscriptionView(created.isPresent(), created.orElse(null));
    }

    @POST
    @Path("subscription")
    @RolesAllowed(Access.SIGNED_IN)
    public NewSubscription renew(@Context SecurityContext security, @Context HttpServletRequest http) {
        PlatformUser user = user(security);
        String token = feeds.renew(user);
        String url = base(http) + PlatformRest.APPLICATION_BASE + "/calendar/feed/" + token + ".ics";
        return new NewSubscription(url, feeds.created(user.id()).orElse(null));
    }

    @DELETE
    @Path("subscription")
    @RolesAllowed(Access.SIGNED_IN)
    public Response revoke(@Context SecurityContext security) {
        feeds.revoke(user(security));
        return Response.noContent().build();
    }

    @GET
    @Path("feed/{token}.ics")
    @PublicEndpoint
    @Produces({Calendars.MEDIA_TYPE, PlatformRest.PROBLEM_JSON})
    public Response feed(
            @PathParam("token") String token, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<String> feed = feeds.feed(token);
        if (feed.isEmpty()) {
            boolean english = PlatformRest.prefersEnglish(acceptLanguage);
            return Problems.localized(
                    404,
                    "not-found",
                    english,
                    english
                            ? "No calendar has this address. It may have been renewed."
                            : "Ingen kalender har denne adresse. Den kan være fornyet.",
                    Map.of());
        }
        return Response.ok(feed.get(), Calendars.MEDIA_TYPE)
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private String base(HttpServletRequest http) {
        String configured = publicUrl;
        if (!configured.isEmpty()) {
            return configured;
        }
        String host = http.getHeader("Host");
        if (host == null || host.isBlank()) {
            host = http.getServerName() + ":" + http.getServerPort();
        }
        return (authentication.https(http) ? "https" : "http") + "://" + host;
    }

    private static PlatformUser user(SecurityContext security) {
        return (PlatformUser) security.getUserPrincipal();
    }
}
