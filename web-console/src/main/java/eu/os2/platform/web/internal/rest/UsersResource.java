package eu.os2.platform.web.internal.rest;

import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.user.Invitation;
import eu.os2.platform.api.user.NewUser;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.user.UserAccount;
import eu.os2.platform.api.user.UserService;
import eu.os2.platform.api.validation.ValidationException;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
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
 * People's accounts at {@code /api/v1/users}, managed by the secretariat and administrators:
 * list and search, invite, change roles ({@code If-Match}), deactivate, reactivate, invite again.
 * An invitation's link is in the answer once; the platform keeps only its hash.
 */
@Component(service = UsersResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    /** An invitation or a change of an account: role ids such as {@code member-representative}. */
    public record UserRequest(String email, String displayName, List<String> roles, Long organisationId) {}

    /** An account as the console shows it. */
    public record UserRow(
            long id,
            String username,
            String email,
            String displayName,
            List<String> roles,
            Long organisationId,
            String organisationName,
            String status,
            Instant created,
            Instant invitationExpires,
            long version) {}

    /** A new invitation: the link to hand to the person (shown once) and when it expires. */
    public record InvitationLink(UserRow user, String link, Instant expires) {}

    private final UserService users;
    private final MemberService members;

    @Activate
    public UsersResource(@Reference UserService users, @Reference MemberService members) {
        this.users = users;
        this.members = members;
    }

    @GET
    @RolesAllowed(Access.SECRETARIAT)
    public List<UserRow> list(@QueryParam("q") String search) {
        // each organisation's name read once, however many representatives it has
        Map<Long, Optional<String>> names = new HashMap<>();
        return users.accounts(search).stream()
                .map(a -> row(a, id -> names.computeIfAbsent(id, this::organisationName)))
                .toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.SECRETARIAT)
    public Response get(@PathParam("id") long id) {
        UserRow row = row(users.account(id));
        return Response.ok(row)
                .header(HttpHeaders.ETAG, PlatformRest.etag(row.version()))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response invite(UserRequest request, @Context SecurityContext security) {
        InvitationLink link = link(users.invite(newUser(request), actor(security)));
        return Response.created(URI.create("users/" + link.user().id()))
                .entity(link)
                .header(HttpHeaders.ETAG, PlatformRest.etag(link.user().version()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response change(
            @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            UserRequest request,
            @Context SecurityContext security) {
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/users/" + id);
        UserRow row = row(users.change(id, version, newUser(request), actor(security)));
        return Response.ok(row)
                .header(HttpHeaders.ETAG, PlatformRest.etag(row.version()))
                .build();
    }

    @POST
    @Path("{id}/deactivate")
    @RolesAllowed(Access.SECRETARIAT)
    public UserRow deactivate(@PathParam("id") long id, @Context SecurityContext security) {
        return row(users.deactivate(id, actor(security)));
    }

    @POST
    @Path("{id}/reactivate")
    @RolesAllowed(Access.SECRETARIAT)
    public UserRow reactivate(@PathParam("id") long id, @Context SecurityContext security) {
        return row(users.reactivate(id, actor(security)));
    }

    @POST
    @Path("{id}/invitation")
    @RolesAllowed(Access.SECRETARIAT)
    public InvitationLink reinvite(@PathParam("id") long id, @Context SecurityContext security) {
        return link(users.reinvite(id, actor(security)));
    }

    private static PlatformUser actor(SecurityContext security) {
        return (PlatformUser) security.getUserPrincipal();
    }

    private static NewUser newUser(UserRequest request) {
        if (request == null) {
            throw new ValidationException(Map.of("body", "required"));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String id : request.roles() == null ? List.<String>of() : request.roles()) {
            if (id == null) {
                throw new ValidationException(Map.of("roles", "required"));
            }
            try {
                roles.add(Role.fromId(id));
            } catch (IllegalArgumentException e) {
                throw new ValidationException(Map.of("roles", "unknown"));
            }
        }
        return new NewUser(request.email(), request.displayName(), roles, request.organisationId());
    }

    private InvitationLink link(Invitation invitation) {
        // the token travels in the fragment, which browsers never send to a server or proxy log
        return new InvitationLink(
                row(invitation.account()), "/console/#/invitation/" + invitation.token(), invitation.expires());
    }

    private UserRow row(UserAccount a) {
        return row(a, this::organisationName);
    }

    private Optional<String> organisationName(long id) {
        return members.get(id).map(Organisation::name);
    }

    private UserRow row(UserAccount a, Function<Long, Optional<String>> organisationName) {
        String organisation = a.organisationId() == null
                ? null
                : organisationName.apply(a.organisationId()).orElse(null);
        return new UserRow(
                a.id(),
                a.username(),
                a.email(),
                a.displayName(),
                a.roles().stream().map(Role::id).sorted().toList(),
                a.organisationId(),
                organisation,
                a.status().name(),
                a.created(),
                a.invitationExpires(),
                a.version());
    }
}
