package eu.os2.platform.voting.internal.rest;

import static eu.os2.platform.voting.internal.rest.VotingResource.organisation;
import static eu.os2.platform.voting.internal.rest.VotingResource.required;
import static eu.os2.platform.voting.internal.rest.VotingResource.user;

import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.rest.PublicEndpoint;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.voting.internal.Ballots;
import eu.os2.platform.voting.internal.model.Ballot;
import java.net.URI;
import java.util.List;
import java.util.Map;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
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
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * A ballot at {@code /api/v1/voting/ballots/{id}}: its public bulletin board and verification (once
 * closed; while open the board says only that it is open), the chair's open, close and turnout, a
 * member representative's vote, and the result stored at the close.
 */
@Component(service = BallotsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("voting/ballots")
@Produces(MediaType.APPLICATION_JSON)
public class BallotsResource {

    private final Ballots ballots;

    @Activate
    public BallotsResource(@Reference Ballots ballots) {
        this.ballots = ballots;
    }

    /**
     * The public bulletin board. While the ballot is not closed it shows only the ballot and that it
     * is open — no entries, no count, no turnout; once closed, every counted ballot's receipt and
     * choice, the chain head and the result stored at the close.
     */
    @GET
    @Path("{id: \\d+}/board")
    @PublicEndpoint
    public Response board(@PathParam("id") long id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        Ballot b = ballotOrThrow(id, lang);
        BoardDto board = Ballot.CLOSED.equals(b.state())
                ? new BoardDto.ClosedBoardDto(
                        BallotDto.of(b),
                        ballots.board(id).stream().map(BoardEntryDto::of).toList(),
                        ballots.chainHead(id).orElse(null),
                        ResultDto.of(ballots.count(b)))
                : new BoardDto.OpenBoardDto(BallotDto.of(b), BoardDto.VOTES_AFTER_CLOSE);
        // the entity's own class decides the JSON: an open ballot's board has no entries and no result
        return Response.ok(board).build();
    }

    /** An independent check of a closed ballot: receipts, hash chain and recount against the close. */
    @GET
    @Path("{id: \\d+}/verify")
    @PublicEndpoint
    public VerificationDto verify(@PathParam("id") long id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        requireClosed(
                ballotOrThrow(id, lang),
                lang,
                "Afstemningen kontrolleres, når den er lukket.",
                "A ballot is verified once it is closed.");
        return VerificationDto.of(ballots.verify(id));
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed(Access.SIGNED_IN)
    public BallotDto ballot(@PathParam("id") long id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        return BallotDto.of(ballotOrThrow(id, lang));
    }

    @POST
    @Path("{id: \\d+}/open")
    @RolesAllowed(Access.SECRETARIAT)
    public BallotDto open(@PathParam("id") long id, @Context SecurityContext security) {
        return BallotDto.of(ballots.open(id, user(security)));
    }

    @POST
    @Path("{id: \\d+}/close")
    @RolesAllowed(Access.SECRETARIAT)
    public BallotDto close(@PathParam("id") long id, @Context SecurityContext security) {
        return BallotDto.of(ballots.close(id, user(security)));
    }

    /**
     * A vote: {@code choice} is ["YES"|"NO"|"ABSTAIN"], [option id] or the chosen candidate ids; {@code changeToken} changes a secret vote.
     */
    record VoteRequest(Long organisationId, List<String> choice, String changeToken) {}

    @POST
    @Path("{id: \\d+}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.MEMBER_REPRESENTATIVE)
    public Response vote(
            @PathParam("id") long id,
            VoteRequest body,
            @Context SecurityContext security,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        PlatformUser user = user(security);
        VoteRequest v = required(body, lang);
        if (v.changeToken() != null && v.changeToken().length() > 200) {
            throw new ValidationException(Map.of("changeToken", "too-long"));
        }
        long organisation = v.organisationId() != null ? v.organisationId() : organisation(user, null, lang);
        ReceiptDto receipt = InLanguage.refusals(
                lang, () -> ReceiptDto.of(ballots.cast(id, organisation, v.choice(), v.changeToken(), user)));
        return Response.created(URI.create("voting/ballots/" + id + "/board"))
                .entity(receipt)
                .build();
    }

    @GET
    @Path("{id: \\d+}/turnout")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public TurnoutDto turnout(@PathParam("id") long id) {
        return TurnoutDto.of(ballots.turnout(id));
    }

    /** The result stored at the close (nobody sees a count while it is open). */
    @GET
    @Path("{id: \\d+}/result")
    @RolesAllowed(Access.SIGNED_IN)
    public ResultDto result(@PathParam("id") long id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        Ballot b = ballotOrThrow(id, lang);
        requireClosed(
                b,
                lang,
                "Resultatet tælles op, når afstemningen lukker.",
                "The result is counted when the ballot closes.");
        return ResultDto.of(ballots.count(b));
    }

    private static void requireClosed(Ballot b, String lang, String danish, String english) {
        if (!Ballot.CLOSED.equals(b.state())) {
            throw InLanguage.notClosed(lang, danish, english);
        }
    }

    private Ballot ballotOrThrow(long id, String lang) {
        return ballots.ballot(id)
                .orElseThrow(() -> InLanguage.notFound(lang, "Afstemningen findes ikke.", "No such ballot."));
    }
}
