package eu.os2.platform.web.internal.rest;

import eu.os2.platform.api.message.MessageKind;
import eu.os2.platform.api.message.MessagePreferences;
import eu.os2.platform.api.message.OutboxAdmin;
import eu.os2.platform.api.message.OutboxEntry;
import eu.os2.platform.api.message.OutboxState;
import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The outbox at {@code /api/v1/outbox}, for the secretariat: what was sent, what waits, what failed
 * and the mail server's answer, and sending a failed or sent message again.
 */
@Component(service = OutboxResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    /** The most messages one answer lists. */
    static final int MAX_LIMIT = 500;

    /** A message as the console shows it. */
    public record OutboxRow(
            long id,
            String kind,
            String kindDa,
            String kindEn,
            long recipientUserId,
            String recipientAddress,
            String language,
            String subject,
            String reference,
            List<String> attachments,
            String state,
            int attempts,
            String lastError,
            Instant created,
            Instant nextAttempt,
            Instant sent,
            boolean resendable) {}

    /** How many messages one state holds. */
    public record StateCount(String state, long count) {}

    /** Whether sending is configured, and the messages per state. */
    public record OutboxStatus(boolean sending, List<StateCount> counts) {}

    private final OutboxAdmin outbox;
    private final MessagePreferences preferences;

    @Activate
    public OutboxResource(@Reference OutboxAdmin outbox, @Reference MessagePreferences preferences) {
        this.outbox = outbox;
        this.preferences = preferences;
    }

    @GET
    @RolesAllowed(Access.SECRETARIAT)
    public List<OutboxRow> list(
            @QueryParam("state") String state, @QueryParam("q") String search, @QueryParam("limit") String limit) {
        String q = search == null || search.isBlank() ? null : search.strip();
        Map<String, MessageKind> kinds = kinds();
        return outbox.list(state(state), q, limit(limit)).stream()
                .map(e -> row(e, kinds))
                .toList();
    }

    @GET
    @Path("status")
    @RolesAllowed(Access.SECRETARIAT)
    public OutboxStatus status() {
        Map<OutboxState, Long> all = outbox.counts();
        List<StateCount> counts = Arrays.stream(OutboxState.values())
                .map(s -> new StateCount(s.name(), all.getOrDefault(s, 0L)))
                .toList();
        return new OutboxStatus(outbox.sending(), counts);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.SECRETARIAT)
    public OutboxRow get(@PathParam("id") long id) {
        return row(outbox.entry(id), kinds());
    }

    @POST
    @Path("{id}/resend")
    @RolesAllowed(Access.SECRETARIAT)
    public OutboxRow resend(@PathParam("id") long id, @Context SecurityContext security) {
        return row(outbox.resend(id, (PlatformUser) security.getUserPrincipal()), kinds());
    }

    static OutboxState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return OutboxState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(Map.of("state", "unknown"));
        }
    }

    static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return 100;
        }
        int n;
        try {
            n = Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(Map.of("limit", "format"));
        }
        if (n < 1 || n > MAX_LIMIT) {
            throw new ValidationException(Map.of("limit", "range"));
        }
        return n;
    }

    /** @return the registered kinds by code, for their titles */
    private Map<String, MessageKind> kinds() {
        Map<String, MessageKind> byCode = new java.util.HashMap<>();
        for (MessageKind kind : preferences.kinds()) {
            byCode.put(kind.code(), kind);
        }
        return byCode;
    }

    /** A message with its kind's title (the code when its bundle is not running). */
    static OutboxRow row(OutboxEntry e, Map<String, MessageKind> kinds) {
        MessageKind kind = kinds.get(e.kind());
        return new OutboxRow(
                e.id(),
                e.kind(),
                kind == null ? e.kind() : kind.titleDa(),
                kind == null ? e.kind() : kind.titleEn(),
                e.recipientUserId(),
                e.recipientAddress(),
                e.language() == null ? null : e.language().code(),
                e.subject(),
                e.reference(),
                e.attachments(),
                e.state().name(),
                e.attempts(),
                e.lastError(),
                e.created(),
                e.nextAttempt(),
                e.sent(),
                e.state() == OutboxState.FAILED || e.state() == OutboxState.SENT);
    }
}
