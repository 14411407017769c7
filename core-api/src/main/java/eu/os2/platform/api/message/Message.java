package eu.os2.platform.api.message;

import java.util.Objects;
import java.util.function.Function;

/**
 * A message to write to the outbox.
 *
 * @param kind a registered {@link MessageKind#code()}
 * @param recipients who gets it
 * @param reference what it is about, shown in the outbox, e.g. {@code "voting/assembly/12"}
 * @param onceKey if not {@code null}, a recipient gets at most one message of this kind with this
 *     key, however often it is written (e.g. {@code "assessment-overdue/41/2026"}); {@code null}
 *     writes it every time
 * @param content renders the message in a language; called once per language among the
 *     recipients, inside {@link Outbox#enqueue}
 * @since 0.1.0
 */
public record Message(
        String kind,
        Recipients recipients,
        String reference,
        String onceKey,
        Function<Language, MessageContent> content) {

    /** @throws NullPointerException if the kind, recipients, reference or content is missing */
    public Message {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(content, "content");
    }
}
