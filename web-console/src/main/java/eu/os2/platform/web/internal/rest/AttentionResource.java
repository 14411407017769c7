package eu.os2.platform.web.internal.rest;

import eu.os2.platform.api.attention.AttentionItem;
import eu.os2.platform.api.attention.AttentionSource;
import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.user.PlatformUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/attention}: what it is the signed-in person's turn to do, from every
 * {@link AttentionSource} (the home page). A source that fails is left out, the others answer.
 */
@Component(service = AttentionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("attention")
@Produces(MediaType.APPLICATION_JSON)
public class AttentionResource {

    /** One line of the home page, its text in the request's language. */
    public record AttentionView(String key, String text, String link, LocalDate due, boolean urgent) {}

    /** Urgent first, then the earliest due date (none last), then the text. */
    static final Comparator<AttentionView> ORDER = Comparator.comparing((AttentionView v) -> !v.urgent())
            .thenComparing(AttentionView::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AttentionView::text, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(AttentionView::key);

    private static final Logger LOG = LoggerFactory.getLogger(AttentionResource.class);

    private final List<AttentionSource> sources = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeSource")
    void addSource(AttentionSource source) {
        sources.add(source);
    }

    void removeSource(AttentionSource source) {
        sources.remove(source);
    }

    @GET
    @RolesAllowed(Access.SIGNED_IN)
    public List<AttentionView> items(
            @Context SecurityContext security, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return items((PlatformUser) security.getUserPrincipal(), PlatformRest.prefersEnglish(acceptLanguage));
    }

    List<AttentionView> items(PlatformUser user, boolean english) {
        List<AttentionView> views = new ArrayList<>();
        for (AttentionSource source : sources) {
            List<AttentionItem> items;
            try {
                items = source.itemsFor(user);
            } catch (RuntimeException e) {
                LOG.warn(
                        "attention source {} failed for user {}; its items are left out",
                        source.getClass().getName(),
                        user.id(),
                        e);
                continue;
            }
            if (items == null) {
                continue;
            }
            for (AttentionItem item : items) {
                views.add(new AttentionView(
                        item.key(), english ? item.textEn() : item.textDa(), item.link(), item.due(), item.urgent()));
            }
        }
        views.sort(ORDER);
        return views;
    }
}
