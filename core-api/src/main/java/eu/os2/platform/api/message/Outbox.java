package eu.os2.platform.api.message;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The outbox. A change writes the messages it causes here, inside its own transaction
 * ({@link eu.os2.platform.api.storage.Transactions#run}): they are stored when the change commits
 * and never when it rolls back. The platform sends what waits in the background — with retries
 * while the mail server is away, once, also when several nodes share the database — and keeps what
 * it sent and what failed for the secretariat.
 *
 * @since 0.1.0
 */
@ProviderType
public interface Outbox {

    /**
     * Writes one message per recipient who has not switched the kind off (a
     * {@linkplain MessageKind#required() required} kind cannot be), in the recipient's language.
     *
     * @return how many messages were written
     * @throws IllegalArgumentException if the kind is not registered by a {@link MessageKinds}
     * @throws eu.os2.platform.api.storage.StorageException if the outbox cannot be written; inside a
     *     transaction the change then rolls back with it
     */
    int enqueue(Message message);

    /**
     * @return the console's address as recipients reach it, ending in {@code '/'}, from
     *     {@code consoleUrl} in {@code etc/eu.os2.platform.mail.cfg}, e.g.
     *     {@code "https://platform.os2.eu/console/"}; a message links to a page with
     *     {@code consoleUrl() + "#/voting/assemblies/12"}
     */
    String consoleUrl();
}
