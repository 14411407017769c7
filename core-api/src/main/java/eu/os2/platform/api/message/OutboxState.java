package eu.os2.platform.api.message;

/**
 * Where a message in the outbox is.
 *
 * @since 0.1.0
 */
public enum OutboxState {
    /** Written, waiting to be sent (also after a failed try that will be retried). */
    WAITING,
    /** A node is sending it now. */
    SENDING,
    /** The mail server accepted it. */
    SENT,
    /** The mail server refused it for good (e.g. an unknown address), or it ran out of tries. */
    FAILED
}
