package eu.os2.platform.api.message;

import java.util.List;
import java.util.Objects;

/**
 * A message as one recipient reads it, in their language. The platform sends the text as the
 * plain-text part and a simple HTML rendering of it (paragraphs, links, the language set) as the
 * alternative.
 *
 * @param subject one line
 * @param text the body: paragraphs separated by an empty line; URLs become links in the HTML part
 * @param attachments files, possibly none
 * @since 0.1.0
 */
public record MessageContent(String subject, String text, List<Attachment> attachments) {

    /** @throws IllegalArgumentException if the subject is blank or has a line break */
    public MessageContent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        if (subject.isBlank() || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("a subject is one line");
        }
        attachments = List.copyOf(attachments);
    }

    /** A message without attachments. */
    public MessageContent(String subject, String text) {
        this(subject, text, List.of());
    }
}
