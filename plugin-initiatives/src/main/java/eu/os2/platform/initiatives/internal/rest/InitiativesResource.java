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
import eu.os2.platform.api.user.UserService;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
 * object need {@code If-Match} with the ETag last read, and a stale one is answered 412. Problem
 * details come in the language of {@code Accept-Language} (Danish unless English is preferred).
 */
@Component(service = InitiativesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("initiatives")
@Produces(MediaType.APPLICATION_JSON)
public class InitiativesResource {

    private static final int MAX_HISTORY = 200;
    private static final int MAX_NAMES = 50;
    private static final int MAX_SEARCH_TEXT = 200;

    private final InitiativeService initiatives;
    private final UserService users;

    @Activate
    public InitiativesResource(@Reference InitiativeService initiatives, @Reference UserService users) {
        this.initiatives = initiatives;
        this.users = users;
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
    public PublicStrategy publicStrategy(
            @QueryParam("period") Long periodId, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        boolean en = Say.english(acceptLanguage);
        StrategyPeriod period = (periodId == null ? initiatives.currentPeriod() : initiatives.period(periodId))
                .orElseThrow(() -> periodId == null ? Say.noPeriodYet(en) : Say.noPeriod(en, periodId));
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
    public Response period(@PathParam("id") long id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        StrategyPeriod period = initiatives.period(id).orElseThrow(() -> Say.noPeriod(Say.english(acceptLanguage), id));
        return Response.ok(period)
                .header(HttpHeaders.ETAG, PlatformRest.etag(period.version()))
                .build();
    }

    @POST
    @Path("periods")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response createPeriod(
            PeriodChange change,
            @Context SecurityContext security,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        StrategyPeriod created =
                initiatives.createPeriod(required(change, Say.english(acceptLanguage)), user(security));
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
            @Context SecurityContext security,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        boolean en = Say.english(acceptLanguage);
        PlatformUser user = user(security);
        long version = Say.version(ifMatch, "/initiatives/periods/" + id, en);
        StrategyPeriod updated = orNotFound(
                () -> initiatives.updatePeriod(id, version, required(change, en), user), () -> Say.noPeriod(en, id));
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
            @QueryParam("limit") @DefaultValue("50") int limit,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        boolean en = Say.english(acceptLanguage);
        if (offset < 0) {
            throw Say.invalid(en, "offset", "range", "offset must be 0 or more", "offset skal være 0 eller mere");
        }
        if (limit < 1 || limit > InitiativeQuery.MAX_LIMIT) {
            throw Say.invalid(
                    en,
                    "limit",
                    "range",
                    "limit must be 1-" + InitiativeQuery.MAX_LIMIT,
                    "limit skal være 1-" + InitiativeQuery.MAX_LIMIT);
        }
        if (status != null
                && !status.isBlank()
                && initiatives.statuses().stream().noneMatch(s -> s.id().equals(status.strip()))) {
            throw Say.invalid(en, "status", "unknown", "There is no such status.", "Den status findes ikke.");
        }
        return initiatives.search(new InitiativeQuery(
                period, status == null || status.isBlank() ? null : status.strip(), owner, offset, limit));
    }

    /**
     * Initiatives whose Danish or English title contains {@code q} (any case), newest period first,
     * for the pickers that link to an initiative. Without {@code q}, every initiative up to the limit.
     */
    @GET
    @Path("names")
    @RolesAllowed(Access.SIGNED_IN)
    public List<InitiativeName> names(
            @QueryParam("q") String q,
            @QueryParam("limit") @DefaultValue("20") int limit,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        boolean en = Say.english(acceptLanguage);
        if (limit < 1 || limit > MAX_NAMES) {
            throw Say.invalid(en, "limit", "range", "limit must be 1-" + MAX_NAMES, "limit skal være 1-" + MAX_NAMES);
        }
        String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        if (text.length() > MAX_SEARCH_TEXT) {
            throw Say.invalid(
                    en,
                    "q",
                    "too-long",
                    "The search text is longer than " + MAX_SEARCH_TEXT + " characters.",
                    "Søgeteksten er længere end " + MAX_SEARCH_TEXT + " tegn.");
        }
        Map<Long, StrategyPeriod> periods =
                initiatives.periods().stream().collect(Collectors.toMap(StrategyPeriod::id, p -> p));
        List<InitiativeName> found = new ArrayList<>();
        for (StrategyPeriod period : periods.values().stream()
                .sorted((a, b) -> b.from().compareTo(a.from()))
                .toList()) {
            int offset = 0;
            while (found.size() < limit) {
                InitiativePage page = initiatives.search(
                        new InitiativeQuery(period.id(), null, null, offset, InitiativeQuery.MAX_LIMIT));
                for (Initiative i : page.items()) {
                    if (found.size() < limit && (text.isEmpty() || matches(i, text))) {
                        found.add(new InitiativeName(i.id(), i.titleDa(), i.titleEn(), period.id(), period.name()));
                    }
                }
                offset += page.items().size();
                if (page.items().isEmpty() || offset >= page.total()) {
                    break;
                }
            }
        }
        return found;
    }

    private static boolean matches(Initiative i, String text) {
        return i.titleDa().toLowerCase(Locale.ROOT).contains(text)
                || (i.titleEn() != null && i.titleEn().toLowerCase(Locale.ROOT).contains(text));
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed(Access.SIGNED_IN)
    public Response get(@PathParam("id") long id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Initiative initiative =
                initiatives.get(id).orElseThrow(() -> Say.noInitiative(Say.english(acceptLanguage), id));
        return Response.ok(initiative)
                .header(HttpHeaders.ETAG, PlatformRest.etag(initiative.version()))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response create(
            InitiativeChange change,
            @Context SecurityContext security,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Initiative created = initiatives.create(required(change, Say.english(acceptLanguage)), user(security));
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
            @Context SecurityContext security,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        boolean en = Say.english(acceptLanguage);
        PlatformUser user = user(security);
        long version = Say.version(ifMatch, "/initiatives/" + id, en);
        Initiative updated = orNotFound(
                () -> initiatives.update(id, version, required(change, en), user), () -> Say.noInitiative(en, id));
        return Response.ok(updated)
                .header(HttpHeaders.ETAG, PlatformRest.etag(updated.version()))
                .build();
    }

    // ---- timeline and history

    @GET
    @Path("{id: \\d+}/updates")
    @RolesAllowed(Access.SIGNED_IN)
    public List<TimelineEntry> updates(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        List<ProgressUpdate> updates =
                orNotFound(() -> initiatives.updates(id), () -> Say.noInitiative(Say.english(acceptLanguage), id));
        Map<String, String> names = new HashMap<>();
        return updates.stream()
                .map(u -> TimelineEntry.of(u, names.computeIfAbsent(u.author(), this::displayName)))
                .toList();
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
            @Context SecurityContext security,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        boolean en = Say.english(acceptLanguage);
        PlatformUser user = user(security);
        required(update, en);
        Long version = update.status() != null || (ifMatch != null && !ifMatch.isBlank())
                ? Long.valueOf(Say.version(ifMatch, "/initiatives/" + id, en))
                : null;
        ProgressUpdate posted =
                orNotFound(() -> initiatives.postUpdate(id, version, update, user), () -> Say.noInitiative(en, id));
        Initiative after = initiatives.get(id).orElseThrow();
        return Response.created(URI.create("initiatives/" + id + "/updates"))
                .entity(posted)
                .header(HttpHeaders.ETAG, PlatformRest.etag(after.version()))
                .build();
    }

    @GET
    @Path("{id: \\d+}/history")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public List<HistoryLine> history(
            @PathParam("id") long id,
            @QueryParam("limit") @DefaultValue("50") int limit,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        boolean en = Say.english(acceptLanguage);
        if (limit < 1 || limit > MAX_HISTORY) {
            throw Say.invalid(
                    en, "limit", "range", "limit must be 1-" + MAX_HISTORY, "limit skal være 1-" + MAX_HISTORY);
        }
        List<AuditEntry> entries = orNotFound(() -> initiatives.history(id, limit), () -> Say.noInitiative(en, id));
        Map<String, String> names = new HashMap<>();
        return entries.stream()
                .map(e -> HistoryLine.of(e, names.computeIfAbsent(e.actor(), this::displayName)))
                .toList();
    }

    /** @return the person's display name, else the login name as it is (an account gone, or "system") */
    private String displayName(String username) {
        if (username == null) {
            return "";
        }
        try {
            return users.find(username).map(PlatformUser::displayName).orElse(username);
        } catch (RuntimeException e) {
            return username;
        }
    }

    /** Runs a call of the service, answering its "no such object" in the client's language. */
    private static <T> T orNotFound(Supplier<T> call, Supplier<ApiProblem> notFound) {
        try {
            return call.get();
        } catch (NoSuchElementException e) {
            throw notFound.get();
        }
    }

    private static PlatformUser user(SecurityContext security) {
        return (PlatformUser) security.getUserPrincipal();
    }

    private static <T> T required(T body, boolean en) {
        if (body == null) {
            throw Say.bodyRequired(en);
        }
        return body;
    }
}
