package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.ApiProblem;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.rest.PublicEndpoint;
import eu.os2.platform.api.user.AccessDeniedException;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.api.voting.Decision;
import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.voting.internal.AssemblyChange;
import eu.os2.platform.voting.internal.BallotChange;
import eu.os2.platform.voting.internal.VotingServiceImpl;
import eu.os2.platform.voting.internal.model.AgendaItem;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.CastReceipt;
import eu.os2.platform.voting.internal.model.Registration;
import eu.os2.platform.voting.internal.model.RuleSet;
import eu.os2.platform.voting.internal.model.Statute;
import eu.os2.platform.voting.internal.model.Tally;
import eu.os2.platform.voting.internal.model.Verification;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * General assemblies at {@code /api/v1/voting}. The statutes' texts, every bulletin board and
 * verification are public; signed-in users read assemblies; the secretariat (also as the chair of
 * the meeting) calls assemblies, builds the agenda and ballots and opens and closes them; a member
 * representative proposes, checks in and votes for its own organisation only.
 */
@Component(service = VotingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("voting")
@Produces(MediaType.APPLICATION_JSON)
public class VotingResource {

    private final VotingServiceImpl voting;

    @Activate
    public VotingResource(@Reference VotingServiceImpl voting) {
        this.voting = voting;
    }

    // ---- public

    /** @return every statute provision the platform enforces: code → Danish text */
    @GET
    @Path("statutes")
    @PublicEndpoint
    public Map<String, String> statutes() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Statute s : Statute.values()) {
            texts.put(s.code(), s.danish());
        }
        return texts;
    }

    /** The public bulletin board: every counted ballot's receipt and choice, and the result once closed. */
    @GET
    @Path("ballots/{id: \\d+}/board")
    @PublicEndpoint
    public Map<String, Object> board(@PathParam("id") long id) {
        Ballot b = voting.ballot(id).orElseThrow(() -> new NoSuchElementException("no ballot " + id));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ballot", publicBallot(b));
        answer.put("entries", voting.board(id));
        if (Ballot.CLOSED.equals(b.state())) {
            answer.put("result", voting.count(b));
        }
        return answer;
    }

    /** An independent check of a ballot: receipts, hash chain and recount. */
    @GET
    @Path("ballots/{id: \\d+}/verify")
    @PublicEndpoint
    public Verification verify(@PathParam("id") long id) {
        return voting.verify(id);
    }

    private static Map<String, Object> publicBallot(Ballot b) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", b.id());
        p.put("assemblyId", b.assemblyId());
        p.put("title", b.title());
        p.put("kind", b.kind());
        p.put("decisionType", b.decisionType());
        p.put("secret", b.secret());
        p.put("seats", b.seats());
        p.put("options", b.options());
        p.put("state", b.state());
        p.put("summary", b.summary());
        p.put("passed", b.passed());
        p.put("closedAt", b.closedAt());
        return p;
    }

    // ---- assemblies

    @GET
    @Path("assemblies")
    @RolesAllowed(Access.SIGNED_IN)
    public List<Assembly> assemblies() {
        return voting.assemblies();
    }

    /** An assembly with its agenda, ballots, rule set and deadlines. */
    @GET
    @Path("assemblies/{id: \\d+}")
    @RolesAllowed(Access.SIGNED_IN)
    public Response assembly(@PathParam("id") long id) {
        Assembly a = voting.assembly(id).orElseThrow(() -> new NoSuchElementException("no assembly " + id));
        RuleSet rules = voting.ruleSet(a);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("assembly", a);
        answer.put("agenda", voting.agenda(id));
        answer.put("ballots", voting.ballots(id).stream().map(VotingResource::publicBallot).toList());
        answer.put("ruleSet", Map.of("id", rules.id(), "validFrom", rules.validFrom(), "quorumPercent", rules.quorumPercent(),
                "proxyLimit", rules.proxyLimit()));
        answer.put("minutesDue", a.heldAt().toLocalDate().plusWeeks(2));
        answer.put("minutesLate", voting.minutesLate(a));
        return Response.ok(answer).header(HttpHeaders.ETAG, PlatformRest.etag(a.version())).build();
    }

    @POST
    @Path("assemblies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response call(AssemblyChange change, @Context SecurityContext security) {
        Assembly a = voting.call(required(change), user(security));
        return Response.created(URI.create("voting/assemblies/" + a.id())).entity(a).header(HttpHeaders.ETAG, PlatformRest.etag(a.version())).build();
    }

    @PUT
    @Path("assemblies/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, AssemblyChange change,
            @Context SecurityContext security) {
        PlatformUser user = user(security);
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/voting/assemblies/" + id);
        Assembly a = voting.update(id, version, required(change), user);
        return Response.ok(a).header(HttpHeaders.ETAG, PlatformRest.etag(a.version())).build();
    }

    /** An agenda item: the secretariat's (any decision type), or a member's proposal (until the deadline). */
    record ItemRequest(String title, String description, DecisionType decisionType) {}

    @POST
    @Path("assemblies/{id: \\d+}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response addItem(@PathParam("id") long id, ItemRequest body, @Context SecurityContext security) {
        ItemRequest r = required(body);
        AgendaItem item = voting.addItem(id, r.title(), r.description(), r.decisionType(), user(security));
        return Response.created(URI.create("voting/assemblies/" + id)).entity(item).build();
    }

    @POST
    @Path("assemblies/{id: \\d+}/proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.MEMBER_REPRESENTATIVE)
    public Response propose(@PathParam("id") long id, ItemRequest body, @Context SecurityContext security) {
        PlatformUser user = representative(security);
        ItemRequest r = required(body);
        AgendaItem item = voting.propose(id, user.organisationId(), r.title(), r.description(), user);
        return Response.created(URI.create("voting/assemblies/" + id)).entity(item).build();
    }

    // ---- who takes part

    @GET
    @Path("assemblies/{id: \\d+}/registrations")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public List<Registration> registrations(@PathParam("id") long id) {
        return voting.registrations(id);
    }

    record RegistrationRequest(Long organisationId, String representative, String substitute) {}

    @POST
    @Path("assemblies/{id: \\d+}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Access.SECRETARIAT, Access.MEMBER_REPRESENTATIVE})
    public Registration register(@PathParam("id") long id, RegistrationRequest body, @Context SecurityContext security) {
        PlatformUser user = user(security);
        RegistrationRequest r = required(body);
        return voting.register(id, organisation(user, r.organisationId()), r.representative(), r.substitute(), user);
    }

    record OrganisationRequest(Long organisationId) {}

    @POST
    @Path("assemblies/{id: \\d+}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Access.SECRETARIAT, Access.MEMBER_REPRESENTATIVE})
    public Response checkIn(@PathParam("id") long id, OrganisationRequest body, @Context SecurityContext security) {
        PlatformUser user = user(security);
        voting.checkIn(id, organisation(user, body == null ? null : body.organisationId()), user);
        return Response.noContent().build();
    }

    record ProxyRequest(Long giver, Long holder) {}

    @POST
    @Path("assemblies/{id: \\d+}/proxies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Access.SECRETARIAT, Access.MEMBER_REPRESENTATIVE})
    public Response proxy(@PathParam("id") long id, ProxyRequest body, @Context SecurityContext security) {
        PlatformUser user = user(security);
        ProxyRequest r = required(body);
        if (r.holder() == null) {
            throw new ApiProblem(422, "validation", "Invalid data", "holder is required", Map.of("holder", "required"));
        }
        voting.giveProxy(id, organisation(user, r.giver()), r.holder(), user);
        return Response.noContent().build();
    }

    record ExtraordinaryRequest(String reason) {}

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.MEMBER_REPRESENTATIVE)
    public Map<String, Object> requestExtraordinary(ExtraordinaryRequest body, @Context SecurityContext security) {
        PlatformUser user = representative(security);
        return voting.requestExtraordinary(user.organisationId(), required(body).reason(), user);
    }

    @GET
    @Path("requests")
    @RolesAllowed(Access.SIGNED_IN)
    public Map<String, Object> requests() {
        return voting.requestState();
    }

    // ---- ballots

    @POST
    @Path("assemblies/{id: \\d+}/ballots")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response createBallot(@PathParam("id") long id, BallotChange body, @Context SecurityContext security) {
        Ballot b = voting.createBallot(id, required(body), user(security));
        return Response.created(URI.create("voting/ballots/" + b.id())).entity(publicBallot(b)).build();
    }

    @GET
    @Path("ballots/{id: \\d+}")
    @RolesAllowed(Access.SIGNED_IN)
    public Map<String, Object> ballot(@PathParam("id") long id) {
        return publicBallot(voting.ballot(id).orElseThrow(() -> new NoSuchElementException("no ballot " + id)));
    }

    @POST
    @Path("ballots/{id: \\d+}/open")
    @RolesAllowed(Access.SECRETARIAT)
    public Map<String, Object> open(@PathParam("id") long id, @Context SecurityContext security) {
        return publicBallot(voting.open(id, user(security)));
    }

    @POST
    @Path("ballots/{id: \\d+}/close")
    @RolesAllowed(Access.SECRETARIAT)
    public Map<String, Object> close(@PathParam("id") long id, @Context SecurityContext security) {
        return publicBallot(voting.close(id, user(security)));
    }

    /** A vote: {@code choice} is ["YES"|"NO"|"ABSTAIN"], [option id] or the chosen candidate ids; {@code changeToken} changes a secret vote. */
    record VoteRequest(Long organisationId, List<String> choice, String changeToken) {}

    @POST
    @Path("ballots/{id: \\d+}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.MEMBER_REPRESENTATIVE)
    public Response vote(@PathParam("id") long id, VoteRequest body, @Context SecurityContext security) {
        PlatformUser user = user(security);
        VoteRequest v = required(body);
        long organisation = v.organisationId() != null ? v.organisationId() : organisation(user, null);
        CastReceipt receipt = voting.cast(id, organisation, v.choice(), v.changeToken(), user);
        return Response.created(URI.create("voting/ballots/" + id + "/board")).entity(receipt).build();
    }

    @GET
    @Path("ballots/{id: \\d+}/turnout")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public Map<String, Object> turnout(@PathParam("id") long id) {
        return voting.turnout(id);
    }

    /** The result once the ballot is closed (nobody sees a count while it is open). */
    @GET
    @Path("ballots/{id: \\d+}/result")
    @RolesAllowed(Access.SIGNED_IN)
    public Tally.Result result(@PathParam("id") long id) {
        Ballot b = voting.ballot(id).orElseThrow(() -> new NoSuchElementException("no ballot " + id));
        if (!Ballot.CLOSED.equals(b.state())) {
            throw new ApiProblem(409, "not-closed", "Not closed", "the result is counted when the ballot closes", Map.of("state", "not-closed"));
        }
        return voting.count(b);
    }

    @GET
    @Path("decisions")
    @RolesAllowed(Access.SIGNED_IN)
    public List<Decision> decisions() {
        return voting.decisions();
    }

    // ---- minutes

    @GET
    @Path("assemblies/{id: \\d+}/minutes")
    @RolesAllowed(Access.SIGNED_IN)
    public Response minutes(@PathParam("id") long id) {
        Assembly a = voting.assembly(id).orElseThrow(() -> new NoSuchElementException("no assembly " + id));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("text", voting.minutes(id));
        answer.put("publishedOn", a.minutesPublishedOn());
        answer.put("due", a.heldAt().toLocalDate().plusWeeks(2));
        answer.put("late", voting.minutesLate(a));
        return Response.ok(answer).header(HttpHeaders.ETAG, PlatformRest.etag(a.version())).build();
    }

    record MinutesRequest(String text, boolean publish) {}

    @PUT
    @Path("assemblies/{id: \\d+}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response saveMinutes(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, MinutesRequest body,
            @Context SecurityContext security) {
        PlatformUser user = user(security);
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/voting/assemblies/" + id + "/minutes");
        Assembly a = voting.saveMinutes(id, version, required(body).text(), body.publish(), user);
        return Response.ok(a).header(HttpHeaders.ETAG, PlatformRest.etag(a.version())).build();
    }

    // ---- access

    private static PlatformUser user(SecurityContext security) {
        return (PlatformUser) security.getUserPrincipal();
    }

    /**
     * A member's own act (a proposal, a request) is done by a representative for the organisation it
     * acts for: the role must be held as such, an administrator's implied one does not count.
     */
    private static PlatformUser representative(SecurityContext security) {
        PlatformUser user = user(security);
        if (!user.roles().contains(Role.MEMBER_REPRESENTATIVE) || user.organisationId() == null) {
            throw new AccessDeniedException("only a member organisation's representative does this");
        }
        return user;
    }

    /** @return the organisation asked for, or the user's own when none is given */
    private static long organisation(PlatformUser user, Long asked) {
        if (asked != null) {
            return asked;
        }
        if (user.organisationId() == null) {
            throw new ApiProblem(422, "validation", "Invalid data", "organisationId is required", Map.of("organisationId", "required"));
        }
        return user.organisationId();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw ApiProblem.badRequest("a JSON body is required");
        }
        return body;
    }
}
