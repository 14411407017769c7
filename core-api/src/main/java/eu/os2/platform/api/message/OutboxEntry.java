package eu.os2.platform.api.message;

import java.time.Instant;
import java.util.List;

/**
 * A message in the outbox, as the secretariat sees it.
 *
 * @param id the message's id
 * @param kind its {@link MessageKind#code()}
 * @param recipientUserId the recipient's account
 * @param recipientAddress the address it goes to
 * @param language the language it was written in
 * @param subject its subject
 * @param reference what it is about
 * @param attachments the attachments' file names
 * @param state where it is
 * @param attempts how often sending was tried
 * @param lastError the mail server's last answer to a failed try, or {@code null}
 * @param created when it was written
 * @param nextAttempt when the next try is due, or {@code null} when none is
 * @param sent when the mail server accepted it, or {@code null}
 * @since 0.1.0
 */
public record OutboxEntry(
        long id,
        String kind,
        long recipientUserId,
        String recipientAddress,
        Language language,
        String subject,
        String reference,
        List<String> attachments,
        OutboxState state,
        int attempts,
        String lastError,
        Instant created,
        Instant nextAttempt,
        Instant sent) {

    /** Copies the list. */
    public OutboxEntry {
        attachments = List.copyOf(attachments);
    }
}
