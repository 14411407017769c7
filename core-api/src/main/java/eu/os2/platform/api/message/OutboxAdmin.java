package eu.os2.platform.api.message;

import eu.os2.platform.api.user.PlatformUser;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The outbox as the secretariat follows it: what was sent, what waits, what failed and why.
 *
 * @since 0.1.0
 */
@ProviderType
public interface OutboxAdmin {

    /**
     * @param state only messages in this state, or {@code null} for all
     * @param search part of the address, subject or reference (any case), or {@code null}
     * @param limit at most this many, newest first
     * @return the messages
     */
    List<OutboxEntry> list(OutboxState state, String search, int limit);

    /** @return how many messages are in each state (every state present, 0 when none) */
    java.util.Map<OutboxState, Long> counts();

    /**
     * @return the message
     * @throws java.util.NoSuchElementException if there is none with this id
     */
    OutboxEntry entry(long id);

    /**
     * Sends a message again: a failed one goes back to waiting with its tries reset; a sent one is
     * copied as a new waiting message. Audited.
     *
     * @return the waiting message
     * @throws java.util.NoSuchElementException if there is none with this id
     * @throws eu.os2.platform.api.validation.ValidationException {@code state: not-finished} for a
     *     message that still waits or is being sent
     */
    OutboxEntry resend(long id, PlatformUser actor);

    /** @return whether sending is configured (a mail server host is set) */
    boolean sending();
}
