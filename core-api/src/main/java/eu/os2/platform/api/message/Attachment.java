package eu.os2.platform.api.message;

import java.util.Objects;

/**
 * A file that goes with a message, e.g. an invoice's PDF or a meeting's {@code .ics} invitation.
 *
 * @param fileName the name the recipient sees, without a path
 * @param mediaType e.g. {@code "application/pdf"} or {@code "text/calendar; method=REQUEST"}
 * @param content the bytes
 * @since 0.1.0
 */
public record Attachment(String fileName, String mediaType, byte[] content) {

    /** @throws IllegalArgumentException if the name holds a path or a part is missing */
    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("an attachment's name is a plain file name: " + fileName);
        }
    }
}
