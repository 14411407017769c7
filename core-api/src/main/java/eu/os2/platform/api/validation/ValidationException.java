package eu.os2.platform.api.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change was refused because of its content; nothing was stored. Carries one error code per
 * field, in field order. Field names are the JSON property names of the change, with an index
 * for list elements ({@code milestones[1].due}). Codes are short, stable and lower-case
 * ({@code required}, {@code range}, {@code outside-period}, …) so a client can show its own text.
 *
 * <p>The platform's REST application answers it with 422 and the field errors in {@code errors}.
 *
 * @since 0.1.0
 */
public class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    /** @param fieldErrors field name to error code, not empty */
    public ValidationException(Map<String, String> fieldErrors) {
        this("invalid data", fieldErrors);
    }

    /**
     * @param what names the refused object in the message, e.g. {@code "invalid organisation"}
     * @param fieldErrors field name to error code, not empty
     */
    protected ValidationException(String what, Map<String, String> fieldErrors) {
        super(what + ": " + fieldErrors);
        if (fieldErrors.isEmpty()) {
            throw new IllegalArgumentException("a validation error names at least one field");
        }
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    /**
     * Ends a check that collects field errors: refuses the change when there are any.
     *
     * @param fieldErrors field name to error code, possibly empty
     * @throws ValidationException with those errors when there are any
     */
    public static void throwIfAny(Map<String, String> fieldErrors) {
        if (!fieldErrors.isEmpty()) {
            throw new ValidationException(fieldErrors);
        }
    }

    /** @return field name to error code (see {@link #getMessage()} for a readable form) */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
