package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.rest.PublicEndpoint;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.api.voting.VotingService;
import eu.os2.platform.voting.internal.Assemblies;
import eu.os2.platform.voting.internal.AssemblyChange;
import eu.os2.platform.voting.internal.BallotChange;
import eu.os2.platform.voting.internal.Ballots;
import eu.os2.platform.voting.internal.Electorate;
import eu.os2.platform.voting.internal.Minutes;
import eu.os2.platform.voting.internal.model.Agenda;
import eu.os2.platform.voting.internal.model.AgendaItem;
import eu.os2.platform.voting.internal.model.Ballot;
import java.net.URI;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
 *
 * <p>A ballot's own endpoints ({@code /api/v1/voting/ballots/…}) are the {@link BallotsResource}'s; the
 * logic is in the assemblies, ballots and minutes components.
 */
@Component(service = VotingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("voting")
@Produces(MediaType.APPLICATION_JSON)
public class VotingResource {

    private final VotingService voting;
    private final Assemblies assemblies;
    private final Ballots ballots;
    private final Minutes minutes;
    private final Electorate electorate;

    @Activate
    public VotingResource(
            @Reference VotingService voting,
            @Reference Assemblies assemblies,
            @Reference Ballots ballots,
            @Reference Minutes minutes,
            @Reference Electorate electorate) {
        this.voting = voting;
        this.assemblies = assemblies;
        this.ballots = ballots;
        this.minutes = minutes;
        this.electorate = electorate;
    }

    // ---- public

    /** @return every statute provision the platform enforces: code → Danish text */
    @GET
    @Path("statutes")
    @PublicEndpoint
    public StatuteTextsDto statutes() {
        return StatuteTextsDto.all();
    }

    // ---- assemblies

    @GET
    @Path("assemblies")
    @RolesAllowed(Access.SIGNED_IN)
    public List<AssemblyDto> assemblies() {
        return voting.assemblies().stream().map(AssemblyDto::of).toList();
    }

    /** An assembly with its agenda, ballots, rule set and deadlines. */
    @GET
    @Path("assemblies/{id: \\d+}")
    @RolesAllowed(Access.SIGNED_IN)
    public Response assembly(@PathParam("id") long id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        Assembly a = assemblyOrThrow(id, lang);
        AssemblyDetailDto answer = new AssemblyDetailDto(
                AssemblyDto.of(a),
                assemblies.agenda(id).stream().map(AgendaItemDto::of).toList(),
                ballots.ballots(id).stream().map(BallotDto::of).toList(),
                RuleSetDto.of(electorate.ruleSet(a)),
                a.heldAt().toLocalDate().plusWeeks(2),
                minutes.minutesLate(a));
        return Response.ok(answer)
                .header(HttpHeaders.ETAG, PlatformRest.etag(a.version()))
                .build();
    }

    @POST
    @Path("assemblies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response call(
            AssemblyChange change,
            @Context SecurityContext security,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        Assembly a = assemblies.call(required(change, lang), user(security));
        return Response.created(URI.create("voting/assemblies/" + a.id()))
                .entity(AssemblyDto.of(a))
                .header(HttpHeaders.ETAG, PlatformRest.etag(a.version()))
                .build();
    }

    @PUT
    @Path("assemblies/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response update(
            @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            AssemblyChange change,
            @Context SecurityContext security,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        PlatformUser user = user(security);
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/voting/assemblies/" + id);
        Assembly a = assemblies.update(id, version, required(change, lang), user);
        return Response.ok(AssemblyDto.of(a))
                .header(HttpHeaders.ETAG, PlatformRest.etag(a.version()))
                .build();
    }

    /** An agenda item: the secretariat's (any decision type), or a member's proposal (until the deadline). */
    record ItemRequest(String title, String description, DecisionType decisionType, Agenda.ItemKind elects) {}

    @POST
    @Path("assemblies/{id: \\d+}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response addItem(
            @PathParam("id") long id,
            ItemRequest body,
            @Context SecurityContext security,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        ItemRequest r = required(body, lang);
        AgendaItem item =
                assemblies.addItem(id, r.title(), r.description(), r.decisionType(), r.elects(), user(security));
        return Response.created(URI.create("voting/assemblies/" + id))
                .entity(AgendaItemDto.of(item))
                .build();
    }

    @POST
    @Path("assemblies/{id: \\d+}/proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.MEMBER_REPRESENTATIVE)
    public Response propose(
            @PathParam("id") long id,
            ItemRequest body,
            @Context SecurityContext security,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        return InLanguage.refusals(lang, () -> {
            PlatformUser user = representative(security);
            ItemRequest r = required(body, lang);
            AgendaItem item = assemblies.propose(id, user.organisationId(), r.title(), r.description(), user);
            return Response.created(URI.create("voting/assemblies/" + id))
                    .entity(AgendaItemDto.of(item))
                    .build();
        });
    }

    // ---- who takes part

    @GET
    @Path("assemblies/{id: \\d+}/registrations")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public List<RegistrationDto> registrations(@PathParam("id") long id) {
        return assemblies.registrations(id).stream().map(RegistrationDto::of).toList();
    }

    record RegistrationRequest(Long organisationId, String representative, String substitute) {}

    @POST
    @Path("assemblies/{id: \\d+}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Access.SECRETARIAT, Access.MEMBER_REPRESENTATIVE})
    public RegistrationDto register(
            @PathParam("id") long id,
            RegistrationRequest body,
            @Context SecurityContext security,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        PlatformUser user = user(security);
        RegistrationRequest r = required(body, lang);
        return InLanguage.refusals(
                lang,
                () -> RegistrationDto.of(assemblies.register(
                        id, organisation(user, r.organisationId(), lang), r.representative(), r.substitute(), user)));
    }

    record OrganisationRequest(Long organisationId) {}

    @POST
    @Path("assemblies/{id: \\d+}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Access.SECRETARIAT, Access.MEMBER_REPRESENTATIVE})
    public Response checkIn(
            @PathParam("id") long id,
            OrganisationRequest body,
            @Context SecurityContext security,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        PlatformUser user = user(security);
        return InLanguage.refusals(lang, () -> {
            assemblies.checkIn(id, organisation(user, body == null ? null : body.organisationId(), lang), user);
            return Response.noContent().build();
        });
    }

    /** The organisation leaves: it is no longer present and may not vote until it checks in again. */
    @DELETE
    @Path("assemblies/{id: \\d+}/attendance/{organisation: \\d+}")
    @RolesAllowed({Access.SECRETARIAT, Access.MEMBER_REPRESENTATIVE})
    public Response checkOut(
            @PathParam("id") long id,
            @PathParam("organisation") long organisation,
            @Context SecurityContext security,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        return InLanguage.refusals(lang, () -> {
            assemblies.checkOut(id, organisation, user(security));
            return Response.noContent().build();
        });
    }

    record ProxyRequest(Long giver, Long holder) {}

    @POST
    @Path("assemblies/{id: \\d+}/proxies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Access.SECRETARIAT, Access.MEMBER_REPRESENTATIVE})
    public Response proxy(
            @PathParam("id") long id,
            ProxyRequest body,
            @Context SecurityContext security,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        PlatformUser user = user(security);
        ProxyRequest r = required(body, lang);
        if (r.holder() == null) {
            throw InLanguage.required(lang, "holder");
        }
        return InLanguage.refusals(lang, () -> {
            assemblies.giveProxy(id, organisation(user, r.giver(), lang), r.holder(), user);
            return Response.noContent().build();
        });
    }

    record ExtraordinaryRequest(String reason) {}

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.MEMBER_REPRESENTATIVE)
    public RequestStateDto requestExtraordinary(
            ExtraordinaryRequest body,
            @Context SecurityContext security,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        PlatformUser user = InLanguage.refusals(lang, () -> representative(security));
        return RequestStateDto.of(assemblies.requestExtraordinary(
                user.organisationId(), required(body, lang).reason(), user));
    }

    @GET
    @Path("requests")
    @RolesAllowed(Access.SIGNED_IN)
    public RequestStateDto requests() {
        return RequestStateDto.of(assemblies.requestState());
    }

    /**
     * The representative's own organisation: the assembly's ballots in which it has voted and when —
     * never what it voted. The console shows it in any session; the receipt stays with the voter.
     */
    @GET
    @Path("assemblies/{id: \\d+}/participation")
    @RolesAllowed(Access.MEMBER_REPRESENTATIVE)
    public ParticipationDto participation(
            @PathParam("id") long id,
            @Context SecurityContext security,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        PlatformUser user = InLanguage.refusals(lang, () -> representative(security));
        assemblyOrThrow(id, lang);
        return ParticipationDto.of(id, user.organisationId(), ballots.participation(id, user.organisationId()));
    }

    // ---- ballots

    @POST
    @Path("assemblies/{id: \\d+}/ballots")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response createBallot(
            @PathParam("id") long id,
            BallotChange body,
            @Context SecurityContext security,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        Ballot b = ballots.create(id, required(body, lang), user(security));
        return Response.created(URI.create("voting/ballots/" + b.id()))
                .entity(BallotDto.of(b))
                .build();
    }

    @GET
    @Path("decisions")
    @RolesAllowed(Access.SIGNED_IN)
    public List<DecisionDto> decisions() {
        return voting.decisions().stream().map(DecisionDto::of).toList();
    }

    // ---- minutes

    @GET
    @Path("assemblies/{id: \\d+}/minutes")
    @RolesAllowed(Access.SIGNED_IN)
    public Response minutes(@PathParam("id") long id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        Assembly a = assemblyOrThrow(id, lang);
        MinutesDto answer = new MinutesDto(
                minutes.minutes(id),
                a.minutesPublishedOn(),
                a.heldAt().toLocalDate().plusWeeks(2),
                minutes.minutesLate(a));
        return Response.ok(answer)
                .header(HttpHeaders.ETAG, PlatformRest.etag(a.version()))
                .build();
    }

    record MinutesRequest(String text, boolean publish) {}

    @PUT
    @Path("assemblies/{id: \\d+}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response saveMinutes(
            @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            MinutesRequest body,
            @Context SecurityContext security,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        PlatformUser user = user(security);
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/voting/assemblies/" + id + "/minutes");
        Assembly a = minutes.saveMinutes(id, version, required(body, lang).text(), body.publish(), user);
        return Response.ok(AssemblyDto.of(a))
                .header(HttpHeaders.ETAG, PlatformRest.etag(a.version()))
                .build();
    }

    private Assembly assemblyOrThrow(long id, String lang) {
        return voting.assembly(id)
                .orElseThrow(() ->
                        InLanguage.notFound(lang, "Generalforsamlingen findes ikke.", "No such general assembly."));
    }

    // ---- access

    static PlatformUser user(SecurityContext security) {
        return (PlatformUser) security.getUserPrincipal();
    }

    /**
     * A member's own act (a proposal, a request) is done by a representative for the organisation it
     * acts for: the role must be held as such, an administrator's implied one does not count.
     */
    private static PlatformUser representative(SecurityContext security) {
        PlatformUser user = user(security);
        if (!user.roles().contains(Role.MEMBER_REPRESENTATIVE) || user.organisationId() == null) {
            throw InLanguage.onlyRepresentative();
        }
        return user;
    }

    /** @return the organisation asked for, or the user's own when none is given */
    static long organisation(PlatformUser user, Long asked, String lang) {
        if (asked != null) {
            return asked;
        }
        if (user.organisationId() == null) {
            throw InLanguage.required(lang, "organisationId");
        }
        return user.organisationId();
    }

    static <T> T required(T body, String lang) {
        if (body == null) {
            throw InLanguage.noBody(lang);
        }
        return body;
    }
}
