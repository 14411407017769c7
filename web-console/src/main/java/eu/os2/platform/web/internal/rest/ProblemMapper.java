package eu.os2.platform.web.internal.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import eu.os2.platform.api.rest.ApiProblem;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.storage.ConcurrentChangeException;
import eu.os2.platform.api.user.AccessDeniedException;
import eu.os2.platform.api.validation.ValidationException;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one exception mapper: every failure becomes problem+json. Unexpected failures are logged
 * with an id that the client sees; the client never sees a stack trace.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        boolean en = Problems.english(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (failure instanceof ApiProblem p) {
            return Problems.response(
                    p.status(), p.type(), Problems.title(p.type(), en, p.title()), p.detail(), p.fieldErrors());
        }
        if (failure instanceof ValidationException v) {
            return Problems.localized(
                    422,
                    "validation",
                    en,
                    en ? "Correct the fields marked." : "Ret de markerede felter.",
                    v.fieldErrors());
        }
        if (failure instanceof ConcurrentChangeException c) {
            return Problems.localized(
                    412,
                    "conflict",
                    en,
                    (en
                                    ? "Reload and make the change again. Current version: "
                                    : "Hent igen og gentag ændringen. Nuværende version: ")
                            + c.currentVersion(),
                    Map.of());
        }
        if (failure instanceof AccessDeniedException || failure instanceof SecurityException) {
            // an access rule about a particular object (a representative acting for another
            // organisation, a product's coordinator); AccessDeniedException is the platform's own,
            // a plain SecurityException from elsewhere is refused the same way
            return Problems.localized(403, "forbidden", en, failure.getMessage(), Map.of());
        }
        if (failure instanceof NoSuchElementException) {
            return Problems.localized(404, "not-found", en, failure.getMessage(), Map.of());
        }
        if (failure instanceof UnrecognizedPropertyException u) {
            return Problems.localized(
                    400,
                    "bad-request",
                    en,
                    "unknown field: " + u.getPropertyName(),
                    Map.of(u.getPropertyName(), "unknown"));
        }
        if (failure instanceof MismatchedInputException m) {
            // a value of the wrong JSON type: name the field, never the Java type behind it
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(java.util.stream.Collectors.joining("."))
                    .replace(".[", "[");
            return Problems.localized(
                    400,
                    "bad-request",
                    en,
                    field.isEmpty()
                            ? (en ? "The body has the wrong JSON type." : "Indholdet har den forkerte JSON-type.")
                            : (en ? "Wrong type of value: " : "Forkert type af værdi: ") + field,
                    field.isEmpty() ? Map.of() : Map.of(field, "type"));
        }
        if (failure instanceof JsonProcessingException j) {
            return Problems.localized(400, "bad-request", en, "malformed JSON: " + j.getOriginalMessage(), Map.of());
        }
        if (failure instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            if (w.getCause() instanceof JsonProcessingException) {
                return toResponse(w.getCause());
            }
            String type = switch (status) {
                case 404 -> "not-found";
                case 405 -> "method-not-allowed";
                case 406 -> "not-acceptable";
                case 415 -> "unsupported-media-type";
                case 401 -> "unauthenticated";
                case 403 -> "forbidden";
                default -> status < 500 ? "bad-request" : "internal";
            };
            return Problems.localized(status, type, en, status < 500 ? w.getMessage() : null, Map.of());
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Unexpected failure, incident {}", incident, failure);
        return Problems.localized(
                500,
                "internal",
                en,
                (en ? "Something went wrong. Incident id: " : "Noget gik galt. Hændelses-id: ") + incident,
                Map.of());
    }
}
