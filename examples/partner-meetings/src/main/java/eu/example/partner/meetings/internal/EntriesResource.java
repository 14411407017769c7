package eu.example.partner.meetings.internal;

import eu.example.partner.meetings.Entry;
import eu.example.partner.meetings.EntryService;
import eu.example.partner.meetings.NewEntry;
import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.ApiProblem;
import eu.os2.platform.api.rest.PlatformRest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The entries at {@code /api/v1/plugins/meetings/entries}. The resource joins the plugin's own
 * application, which the platform registers for the bundle's {@code OS2-Plugin: meetings} header
 * with its sign-in, CSRF, JSON and problem handling. Every signed-in user reads; the secretariat (and
 * administrators) add. Invalid input is answered 422 with the fields in error.
 */
@Component(service = EntriesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(EntriesResource.APPLICATION_SELECT)
@Path("entries")
@Produces(MediaType.APPLICATION_JSON)
public class EntriesResource {

    /** Selects this plugin's own application. */
    static final String APPLICATION_SELECT = "(osgi.jaxrs.name=" + PlatformRest.PLUGIN_APPLICATION_PREFIX + "meetings)";

    /** An entry as the API answers it. */
    public record EntryAnswer(
            long id, String title, LocalDate date, String place, String host, String description, long version) {
        static EntryAnswer of(Entry e) {
            return new EntryAnswer(e.id(), e.title(), e.date(), e.place(), e.host(), e.description(), e.version());
        }
    }

    private final EntryService entries;

    @Activate
    public EntriesResource(@Reference EntryService entries) {
        this.entries = entries;
    }

    @GET
    @RolesAllowed(Access.SIGNED_IN)
    public List<EntryAnswer> list() {
        return entries.entries().stream().map(EntryAnswer::of).toList();
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed(Access.SIGNED_IN)
    public EntryAnswer get(@PathParam("id") long id) {
        return EntryAnswer.of(entries.entry(id).orElseThrow(() -> new NoSuchElementException("no entry " + id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response create(NewEntry entry, @Context SecurityContext security) {
        if (entry == null) {
            throw ApiProblem.badRequest("a JSON body is required");
        }
        Entry created = entries.create(entry, security.getUserPrincipal().getName());
        return Response.created(URI.create("entries/" + created.id()))
                .entity(EntryAnswer.of(created))
                .build();
    }
}
