package eu.os2.platform.api.user;

/**
 * Where a person's account stands.
 *
 * @since 0.2.0
 */
public enum AccountStatus {
    /** Invited: no password or sign-on link yet, cannot log in until the invitation is taken. */
    INVITED,
    /** Can log in. */
    ACTIVE,
    /** Switched off by the secretariat: cannot log in, and every session has ended. */
    DEACTIVATED
}
