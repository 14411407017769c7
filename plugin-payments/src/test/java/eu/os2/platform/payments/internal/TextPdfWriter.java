package eu.os2.platform.payments.internal;

import eu.os2.platform.api.document.Block;
import eu.os2.platform.api.document.Document;
import eu.os2.platform.api.document.PdfWriter;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for the platform's PDF writer in unit tests (the real one is core's, tested with a PDF
 * parser in the integration tests): writes the document's text, one block a line, after a
 * {@code %PDF-} mark, so that a test can read what a PDF would say.
 */
public final class TextPdfWriter implements PdfWriter {

    /** The mark the text starts with. */
    public static final String MARK = "%PDF-text\n";

    @Override
    public byte[] write(Document document) {
        StringBuilder out = new StringBuilder(MARK).append(document.title()).append('\n');
        for (Block block : document.blocks()) {
            if (block instanceof Block.Heading h) {
                out.append(h.text()).append('\n');
            } else if (block instanceof Block.Paragraph p) {
                out.append(p.text()).append('\n');
            } else if (block instanceof Block.Facts f) {
                f.facts()
                        .forEach(x -> out.append(x.label())
                                .append(": ")
                                .append(x.value())
                                .append('\n'));
            } else if (block instanceof Block.Table t) {
                out.append(String.join(" | ", t.header())).append('\n');
                t.rows().forEach(r -> out.append(String.join(" | ", r)).append('\n'));
            }
            out.append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @return the text of what {@link #write} wrote */
    public static String text(byte[] pdf) {
        return new String(pdf, StandardCharsets.UTF_8);
    }
}
