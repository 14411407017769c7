package eu.os2.platform.api.message;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file that goes with a message, e.g. an invoice's PDF or a meeting's {@code .ics} invitation.
 *
 * @param fileName the name the recipient sees, without a path
 * @param mediaType e.g. {@code "application/pdf"} or {@code "text/calendar; charset=UTF-8; method=PUBLISH"}
 *     (the method the {@code .ics} itself names)
 * @param content the bytes; the attachment keeps its own copy
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
        content = content.clone();
    }

    /** @return a copy of the bytes */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Equal when name, type and bytes are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment a
                && fileName.equals(a.fileName)
                && mediaType.equals(a.mediaType)
                && Arrays.equals(content, a.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mediaType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
