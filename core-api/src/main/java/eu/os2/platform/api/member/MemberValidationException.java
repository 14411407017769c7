package eu.os2.platform.api.member;

import eu.os2.platform.api.validation.ValidationException;
import java.util.Map;

/**
 * A change to an organisation was refused; nothing was stored.
 *
 * @since 0.1.0
 */
public class MemberValidationException extends ValidationException {
    private static final long serialVersionUID = 1L;

    /**
     * @param fieldErrors field name to an error code, e.g. {@code "cvr" -> "checksum"}, in field order
     */
    public MemberValidationException(Map<String, String> fieldErrors) {
        super("invalid organisation", fieldErrors);
    }
}
