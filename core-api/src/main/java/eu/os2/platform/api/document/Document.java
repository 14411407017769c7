package eu.os2.platform.api.document;

import eu.os2.platform.api.message.Language;
import java.util.List;
import java.util.Objects;

/**
 * A document to write as PDF.
 *
 * @param title the title (also the PDF's title and its first heading)
 * @param language the document's language
 * @param author who issues it, e.g. {@code "OS2 – Offentligt digitaliseringsfællesskab"}
 * @param blocks the content after the title, in reading order
 * @since 0.1.0
 */
public record Document(String title, Language language, String author, List<Block> blocks) {

    /** Copies the blocks. */
    public Document {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(author, "author");
        blocks = List.copyOf(blocks);
    }
}
