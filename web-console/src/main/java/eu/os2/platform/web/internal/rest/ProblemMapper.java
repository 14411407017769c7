package eu.os2.platform.web.internal.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import eu.os2.platform.api.rest.ApiProblem;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.storage.ConcurrentChangeException;
import eu.os2.platform.api.storage.StorageException;
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
@JaxrsApplicationSelect(PlatformRest.EXTENSIONS_SELECT)
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        boolean en = PlatformRest.prefersEnglish(
                headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (failure instanceof ApiProblem p) {
            return Problems.response(
                    p.status(),
                    p.type(),
                    Problems.title(p.type(), en, p.title()),
                    ProblemDetails.inLanguage(p.status(), p.detail(), en),
                    p.fieldErrors());
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
            return Problems.localized(
                    404, "not-found", en, ProblemDetails.inLanguage(failure.getMessage(), en), Map.of());
        }
        if (failure instanceof UnrecognizedPropertyException u) {
            return Problems.localized(
                    400,
                    "bad-request",
                    en,
                    (en ? "Unknown field: " : "Ukendt felt: ") + u.getPropertyName(),
                    Map.of(u.getPropertyName(), "unknown"));
        }
        if (failure instanceof ValueInstantiationException v) {
            // the record refused the value (a malformed reference, say): the field, not the type
            String field = path(v);
            return Problems.localized(
                    400,
                    "bad-request",
                    en,
                    (en ? "Invalid value: " : "Ugyldig værdi: ") + (field.isEmpty() ? "body" : field),
                    field.isEmpty() ? Map.of() : Map.of(field, "invalid"));
        }
        if (failure instanceof InvalidNullException n) {
            String field = path(n);
            return Problems.localized(
                    400,
                    "bad-request",
                    en,
                    (en ? "A value is missing: " : "En værdi mangler: ") + field,
                    field.isEmpty() ? Map.of() : Map.of(field, "required"));
        }
        if (failure instanceof MismatchedInputException m) {
            // a value of the wrong JSON type: name the field, never the Java type behind it
            String field = path(m);
            return Problems.localized(
                    400,
                    "bad-request",
                    en,
                    field.isEmpty()
                            ? (en ? "The body has the wrong JSON type." : "Indholdet har den forkerte JSON-type.")
                            : detail(code(m), en) + field,
                    field.isEmpty() ? Map.of() : Map.of(field, code(m)));
        }
        if (failure instanceof JsonProcessingException j) {
            return Problems.localized(400, "bad-request", en, malformed(j, en), Map.of());
        }
        if (failure instanceof StorageException storage && storage.refusedValue()) {
            // a value the checks before the database let through: the database refused it, nothing was stored
            LOG.warn("A value was refused by the database and answered with 400: {}", rootMessage(failure));
            return Problems.localized(
                    400,
                    "bad-request",
                    en,
                    en
                            ? "A value is too long, out of range or holds a character that cannot be stored."
                            : "En værdi er for lang, uden for det tilladte eller indeholder et tegn, der ikke kan gemmes.",
                    Map.of());
        }
        if (failure instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            if (status < 500 && w.getResponse().hasEntity()) {
                // already a problem answer (a body over the size limit, say)
                return w.getResponse();
            }
            if (w.getCause() instanceof JsonProcessingException) {
                return toResponse(w.getCause());
            }
            String type = switch (status) {
                case 404 -> "not-found";
                case 405 -> "method-not-allowed";
                case 406 -> "not-acceptable";
                case 415 -> "unsupported-media-type";
                case 413 -> "payload-too-large";
                case 401 -> "unauthenticated";
                case 403 -> "forbidden";
                default -> status < 500 ? "bad-request" : "internal";
            };
            // the container's own message ("HTTP 404 Not Found") is English and says no more than the title
            return Problems.localized(status, type, en, status < 500 ? containerDetail(status, en) : null, Map.of());
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

    /** @return what a refusal by the JAX-RS container means, in the language asked for */
    static String containerDetail(int status, boolean en) {
        return switch (status) {
            case 404 -> en ? "There is no such address in the API." : "Adressen findes ikke i API'et.";
            case 405 ->
                en ? "This method is not allowed for this address." : "Metoden er ikke tilladt for denne adresse.";
            case 406 ->
                en
                        ? "The answer cannot be given in the format asked for."
                        : "Svaret kan ikke leveres i det format, der bedes om.";
            case 415 -> en ? "This type of content is not accepted here." : "Denne type indhold modtages ikke her.";
            case 413 -> en ? "The body is too large." : "Indholdet er for stort.";
            case 401 -> en ? "Log in to use this endpoint." : "Log ind for at bruge denne funktion.";
            case 403 ->
                en
                        ? "Your role does not give access to this function."
                        : "Din rolle giver ikke adgang til denne funktion.";
            default -> en ? "The request could not be handled." : "Forespørgslen kunne ikke behandles.";
        };
    }

    /** @return the field code of a value of the wrong shape */
    private static String code(MismatchedInputException m) {
        if (m instanceof InvalidFormatException f && f.getTargetType() == String.class) {
            return "invalid-character";
        }
        if (m instanceof InvalidFormatException f
                && (f.getTargetType() == java.math.BigDecimal.class
                        || f.getTargetType() == java.time.LocalDate.class
                        || f.getTargetType() == java.time.LocalDateTime.class)) {
            return "out-of-range";
        }
        return "type";
    }

    private static String detail(String code, boolean en) {
        return switch (code) {
            case "out-of-range" -> en ? "Value out of range: " : "Værdien er uden for det tilladte: ";
            case "invalid-character" -> en ? "A character that cannot be stored: " : "Et tegn, der ikke kan gemmes: ";
            default -> en ? "Wrong type of value: " : "Forkert type af værdi: ";
        };
    }

    /** @return the JSON path of the failing value, e.g. {@code choice[0]}, or empty for the body */
    private static String path(JsonMappingException m) {
        return m.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(java.util.stream.Collectors.joining("."))
                .replace(".[", "[");
    }

    /** @return what is wrong with a body that is not JSON the platform reads, without the library's words */
    private static String malformed(JsonProcessingException j, boolean en) {
        if (j instanceof StreamConstraintsException) {
            return en
                    ? "The JSON is nested too deeply or a value is too long."
                    : "JSON-indholdet er for dybt indlejret, eller en værdi er for lang.";
        }
        if (j instanceof InputCoercionException) {
            return en ? "A number is out of range." : "Et tal er uden for det tilladte område.";
        }
        JsonLocation at = j.getLocation();
        String where = at == null || at.getLineNr() < 1
                ? ""
                : (en ? " at line " : " i linje ")
                        + at.getLineNr()
                        + (en ? ", column " : ", kolonne ")
                        + at.getColumnNr();
        return (en ? "The body is not valid JSON" : "Indholdet er ikke gyldig JSON") + where + ".";
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String message = String.valueOf(t.getMessage());
        return message.length() > 300 ? message.substring(0, 300) : message;
    }
}
