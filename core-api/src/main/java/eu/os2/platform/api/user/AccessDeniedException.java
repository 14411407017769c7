package eu.os2.platform.api.user;

/**
 * A service's refusal of an action on a particular object: a member representative acting for
 * another organisation, a user who is not the product's coordinator. The REST layer answers it
 * with 403 and the message as the problem's detail, so the message names what was refused, not
 * who may do it in general.
 *
 * @since 0.2.0
 */
public class AccessDeniedException extends SecurityException {
    private static final long serialVersionUID = 1L;

    /** @param message what was refused, shown to the user */
    public AccessDeniedException(String message) {
        super(message);
    }
}
