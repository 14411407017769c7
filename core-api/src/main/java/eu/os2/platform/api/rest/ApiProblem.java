package eu.os2.platform.api.rest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Throw from a resource to answer with an RFC 9457 problem+json body. The platform renders it
 * with {@code type = PROBLEM_TYPE_BASE + type}, the given status, title and detail, and the field
 * errors as an {@code errors} member.
 *
 * @since 0.1.0
 */
public class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final Map<String, String> fieldErrors;

    /**
     * @param status the HTTP status, 400–599
     * @param type a stable, short, lower-case slug, e.g. {@code "validation"}
     * @param title a short human summary
     * @param detail the human explanation of this occurrence
     * @param fieldErrors field name to message, for form errors; may be empty
     */
    public ApiProblem(int status, String type, String title, String detail, Map<String, String> fieldErrors) {
        super(detail);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be an error status: " + status);
        }
        this.status = status;
        this.type = type;
        this.title = title;
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    /** @return a 404 problem */
    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "not-found", "Not found", detail, Map.of());
    }

    /** @return a 400 problem */
    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "bad-request", "Bad request", detail, Map.of());
    }

    /** @return a 403 problem */
    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "forbidden", "Forbidden", detail, Map.of());
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
