package eu.os2.platform.initiatives.internal.rest;

import eu.os2.platform.api.audit.AuditEntry;
import eu.os2.platform.api.initiative.Initiative;
import eu.os2.platform.api.initiative.InitiativeChange;
import eu.os2.platform.api.initiative.InitiativePage;
import eu.os2.platform.api.initiative.InitiativeQuery;
import eu.os2.platform.api.initiative.InitiativeService;
import eu.os2.platform.api.initiative.InitiativeStatus;
import eu.os2.platform.api.initiative.MissionPoint;
import eu.os2.platform.api.initiative.NewProgressUpdate;
import eu.os2.platform.api.initiative.PeriodChange;
import eu.os2.platform.api.initiative.ProgressUpdate;
import eu.os2.platform.api.initiative.StrategyPeriod;
import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.ApiProblem;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.rest.PublicEndpoint;
import eu.os2.platform.api.user.PlatformUser;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The strategy at {@code /api/v1/initiatives}. Every signed-in user reads; the secretariat and
 * administrators create, edit and post updates; the secretariat and the board read the history.
 * The statuses, mission points and the public strategy are open to anyone. Changes to an existing
 * object need {@code If-Match} with the ETag last read, and a stale one is answered 412.
 */
@Component(service = InitiativesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("initiatives")
@Produces(MediaType.APPLICATION_JSON)
public class InitiativesResource {

    private static final int MAX_HISTORY = 200;

    private final InitiativeService initiatives;

    @Activate
    public InitiativesResource(@Reference InitiativeService initiatives) {
        this.initiatives = initiatives;
    }

    // ---- open to anyone

    @GET
    @Path("statuses")
    @PublicEndpoint
    public List<InitiativeStatus> statuses() {
        return initiatives.statuses();
    }

    @GET
    @Path("mission-points")
    @PublicEndpoint
    public List<MissionPoint> missionPoints() {
        return initiatives.missionPoints();
    }

    /** The public strategy page: the current period, or the one asked for. */
    @GET
    @Path("public/strategy")
    @PublicEndpoint
    public PublicStrategy publicStrategy(@QueryParam("period") Long periodId) {
        StrategyPeriod period = (periodId == null ? initiatives.currentPeriod() : initiatives.period(periodId))
                .orElseThrow(() -> new NoSuchElementException(
                        periodId == null ? "no strategy period yet" : "no strategy period " + periodId));
        List<PublicStrategy.Item> items =
                initiatives
                        .search(new InitiativeQuery(period.id(), null, null, 0, InitiativeQuery.MAX_LIMIT))
                        .items()
                        .stream()
                        .map(PublicStrategy::of)
                        .toList();
        return new PublicStrategy(period, items, initiatives.statuses(), initiatives.missionPoints());
    }

    // ---- periods

    @GET
    @Path("periods")
    @RolesAllowed(Access.SIGNED_IN)
    public List<StrategyPeriod> periods() {
        return initiatives.periods();
    }

    @GET
    @Path("periods/{id: \\d+}")
    @RolesAllowed(Access.SIGNED_IN)
    public Response period(@PathParam("id") long id) {
        StrategyPeriod period =
                initiatives.period(id).orElseThrow(() -> new NoSuchElementException("no strategy period " + id));
        return Response.ok(period)
                .header(HttpHeaders.ETAG, PlatformRest.etag(period.version()))
                .build();
    }

    @POST
    @Path("periods")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response createPeriod(PeriodChange change, @Context SecurityContext security) {
        StrategyPeriod created = initiatives.createPeriod(required(change), user(security));
        return Response.created(URI.create("initiatives/periods/" + created.id()))
                .entity(created)
                .header(HttpHeaders.ETAG, PlatformRest.etag(created.version()))
                .build();
    }

    @PUT
    @Path("periods/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response updatePeriod(
            @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            PeriodChange change,
            @Context SecurityContext security) {
        PlatformUser user = user(security);
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/initiatives/periods/" + id);
        StrategyPeriod updated = initiatives.updatePeriod(id, version, required(change), user);
        return Response.ok(updated)
                .header(HttpHeaders.ETAG, PlatformRest.etag(updated.version()))
                .build();
    }

    // ---- initiatives

    @GET
    @RolesAllowed(Access.SIGNED_IN)
    public InitiativePage search(
            @QueryParam("period") Long period,
            @QueryParam("status") String status,
            @QueryParam("owner") Long owner,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        PlatformRest.requirePage(offset, limit, InitiativeQuery.MAX_LIMIT);
        if (status != null
                && !status.isBlank()
                && initiatives.statuses().stream().noneMatch(s -> s.id().equals(status.strip()))) {
            throw new ApiProblem(
                    400, "validation", "Invalid data", "unknown status: " + status, Map.of("status", "unknown"));
        }
        return initiatives.search(new InitiativeQuery(
                period, status == null || status.isBlank() ? null : status.strip(), owner, offset, limit));
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed(Access.SIGNED_IN)
    public Response get(@PathParam("id") long id) {
        Initiative initiative =
                initiatives.get(id).orElseThrow(() -> new NoSuchElementException("no initiative " + id));
        return Response.ok(initiative)
                .header(HttpHeaders.ETAG, PlatformRest.etag(initiative.version()))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response create(InitiativeChange change, @Context SecurityContext security) {
        Initiative created = initiatives.create(required(change), user(security));
        return Response.created(URI.create("initiatives/" + created.id()))
                .entity(created)
                .header(HttpHeaders.ETAG, PlatformRest.etag(created.version()))
                .build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response update(
            @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            InitiativeChange change,
            @Context SecurityContext security) {
        PlatformUser user = user(security);
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/initiatives/" + id);
        Initiative updated = initiatives.update(id, version, required(change), user);
        return Response.ok(updated)
                .header(HttpHeaders.ETAG, PlatformRest.etag(updated.version()))
                .build();
    }

    // ---- timeline and history

    @GET
    @Path("{id: \\d+}/updates")
    @RolesAllowed(Access.SIGNED_IN)
    public List<ProgressUpdate> updates(@PathParam("id") long id) {
        return initiatives.updates(id);
    }

    /**
     * Posts a progress update. A status change needs {@code If-Match} (the initiative's ETag); a
     * plain update may send it to be sure nothing changed meanwhile. The answer carries the
     * initiative's new ETag.
     */
    @POST
    @Path("{id: \\d+}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response postUpdate(
            @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            NewProgressUpdate update,
            @Context SecurityContext security) {
        PlatformUser user = user(security);
        required(update);
        Long version = update.status() != null || (ifMatch != null && !ifMatch.isBlank())
                ? PlatformRest.versionFromIfMatch(ifMatch, "/initiatives/" + id)
                : null;
        ProgressUpdate posted = initiatives.postUpdate(id, version, update, user);
        Initiative after = initiatives.get(id).orElseThrow();
        return Response.created(URI.create("initiatives/" + id + "/updates"))
                .entity(posted)
                .header(HttpHeaders.ETAG, PlatformRest.etag(after.version()))
                .build();
    }

    @GET
    @Path("{id: \\d+}/history")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public List<AuditEntry> history(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > MAX_HISTORY) {
            throw new ApiProblem(
                    400, "validation", "Invalid data", "limit must be 1-" + MAX_HISTORY, Map.of("limit", "range"));
        }
        return initiatives.history(id, limit);
    }

    private static PlatformUser user(SecurityContext security) {
        return (PlatformUser) security.getUserPrincipal();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw ApiProblem.badRequest("a JSON body is required");
        }
        return body;
    }
}
