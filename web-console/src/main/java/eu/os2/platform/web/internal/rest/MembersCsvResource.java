package eu.os2.platform.web.internal.rest;

import eu.os2.platform.api.member.MemberPage;
import eu.os2.platform.api.member.MemberQuery;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.MembershipStatus;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.PlatformRest;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The member directory as a spreadsheet at {@code /api/v1/members.csv}: the same search as the
 * list ({@code q}, {@code kind}, {@code status}, {@code membersOnly}), every matching organisation,
 * for everyone who reads the list. Headers and words in the request's language.
 */
@Component(service = MembersCsvResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("members.csv")
public class MembersCsvResource {

    private final MemberService members;

    @Activate
    public MembersCsvResource(@Reference MemberService members) {
        this.members = members;
    }

    @GET
    @Produces(MembersCsv.MEDIA_TYPE)
    @RolesAllowed(Access.SIGNED_IN)
    public Response csv(
            @QueryParam("q") String text,
            @QueryParam("kind") String kind,
            @QueryParam("status") String status,
            @QueryParam("membersOnly") @DefaultValue("false") boolean membersOnly,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        boolean english = PlatformRest.prefersEnglish(acceptLanguage);
        OrganisationKind k = MembersResource.parse(OrganisationKind.class, "kind", kind, english);
        MembershipStatus s = MembersResource.parse(MembershipStatus.class, "status", status, english);
        List<Organisation> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            MemberPage page = members.search(new MemberQuery(text, k, s, membersOnly, offset, MemberQuery.MAX_LIMIT));
            all.addAll(page.items());
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                break;
            }
        }
        return Response.ok(MembersCsv.write(all, english), MembersCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + (english ? "os2-members.csv" : "os2-medlemmer.csv") + "\"")
                .build();
    }
}
