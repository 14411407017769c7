package eu.os2.platform.api.document;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes documents as PDF: A4, an embedded font that has every Danish letter, tagged (headings,
 * paragraphs, tables with header cells) with the document's language and title set, so that a
 * screen reader reads it in order.
 *
 * @since 0.1.0
 */
@ProviderType
public interface PdfWriter {

    /** The media type of what {@link #write(Document)} returns. */
    String MEDIA_TYPE = "application/pdf";

    /**
     * @return the PDF's bytes
     * @throws IllegalArgumentException if a text holds a character the font cannot show
     */
    byte[] write(Document document);
}
