package eu.os2.platform.web.internal.rest;

import eu.os2.platform.api.member.MemberPage;
import eu.os2.platform.api.member.MemberQuery;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.MembershipStatus;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.member.OrganisationChange;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.ApiProblem;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.user.PlatformUser;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
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
 * The member directory at {@code /api/v1/members}. Every signed-in user reads it; the secretariat
 * and administrators create and edit. Updates need {@code If-Match} with the ETag last read.
 */
@Component(service = MembersResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

    private final MemberService members;

    @Activate
    public MembersResource(@Reference MemberService members) {
        this.members = members;
    }

    @GET
    @RolesAllowed(Access.SIGNED_IN)
    public MemberPage search(
            @QueryParam("q") String text,
            @QueryParam("kind") String kind,
            @QueryParam("status") String status,
            @QueryParam("membersOnly") @DefaultValue("false") boolean membersOnly,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        boolean english = PlatformRest.prefersEnglish(acceptLanguage);
        PlatformRest.requirePage(offset, limit, MemberQuery.MAX_LIMIT);
        return members.search(new MemberQuery(
                text,
                parse(OrganisationKind.class, "kind", kind, english),
                parse(MembershipStatus.class, "status", status, english),
                membersOnly,
                offset,
                limit));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.SIGNED_IN)
    public Response get(@PathParam("id") long id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Organisation organisation =
                members.get(id).orElseThrow(() -> notFound(id, PlatformRest.prefersEnglish(acceptLanguage)));
        return Response.ok(organisation)
                .header(HttpHeaders.ETAG, PlatformRest.etag(organisation.version()))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response create(
            OrganisationChange change,
            @Context SecurityContext security,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        PlatformUser user = (PlatformUser) security.getUserPrincipal();
        requireBody(change, PlatformRest.prefersEnglish(acceptLanguage));
        Organisation created = members.create(change, user);
        return Response.created(URI.create("members/" + created.id()))
                .entity(created)
                .header(HttpHeaders.ETAG, PlatformRest.etag(created.version()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response update(
            @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            OrganisationChange change,
            @Context SecurityContext security,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        PlatformUser user = (PlatformUser) security.getUserPrincipal();
        requireBody(change, PlatformRest.prefersEnglish(acceptLanguage));
        Organisation updated =
                members.update(id, PlatformRest.versionFromIfMatch(ifMatch, "/members/" + id), change, user);
        return Response.ok(updated)
                .header(HttpHeaders.ETAG, PlatformRest.etag(updated.version()))
                .build();
    }

    private static ApiProblem notFound(long id, boolean english) {
        return new ApiProblem(
                404,
                "not-found",
                Problems.title("not-found", english, "Not found"),
                english
                        ? "There is no organisation with id " + id + "."
                        : "Der findes ingen organisation med id " + id + ".",
                Map.of());
    }

    private static void requireBody(Object body, boolean english) {
        if (body == null) {
            throw new ApiProblem(
                    400,
                    "bad-request",
                    Problems.title("bad-request", english, "Bad request"),
                    english ? "Send the organisation's fields as JSON." : "Send organisationens felter som JSON.",
                    Map.of());
        }
    }

    /** @return the value as the enum, null for none; 400 with a field error naming the field in words */
    static <E extends Enum<E>> E parse(Class<E> type, String field, String value, boolean english) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            String words = switch (field) {
                case "kind" -> english ? "kind of organisation" : "organisationstype";
                case "status" -> english ? "membership status" : "medlemsstatus";
                default -> field;
            };
            throw new ApiProblem(
                    400,
                    "validation",
                    Problems.title("validation", english, "Invalid data"),
                    (english ? "Unknown " : "Ukendt ") + words + ": " + value,
                    Map.of(field, "unknown"));
        }
    }
}
