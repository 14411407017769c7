package eu.os2.platform.api.member;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change to an organisation was refused; nothing was stored.
 *
 * @since 0.1.0
 */
public class MemberValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    /**
     * @param fieldErrors field name to an error code, e.g. {@code "cvr" -> "checksum"}, in field order
     */
    public MemberValidationException(Map<String, String> fieldErrors) {
        super("invalid organisation: " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    /** @return field name to error code (see {@link #getMessage()} for a readable form) */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
