package eu.os2.platform.core.internal.document;

import eu.os2.platform.api.document.Document;
import eu.os2.platform.api.document.PdfWriter;
import eu.os2.platform.api.time.PlatformClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Writes documents as tagged PDF with Apache PDFBox: A4, Liberation Sans (every Danish letter)
 * embedded as a subset, a structure tree in reading order, the document's language and title.
 */
@Component(service = PdfWriter.class)
public class PdfWriterImpl implements PdfWriter {

    /** Liberation Sans Regular (SIL Open Font License 1.1), shipped inside PDFBox. */
    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final PlatformClock clock;
    private final byte[] font;

    /** @param clock the documents' creation time */
    @Activate
    public PdfWriterImpl(@Reference PlatformClock clock) {
        this.clock = clock;
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox holds no " + FONT);
            }
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FONT, e);
        }
    }

    @Override
    public byte[] write(Document document) {
        try (PDDocument pdf = new PDDocument()) {
            PdfLayout layout = new PdfLayout(pdf, font, document.language());
            layout.render(document);
            PdfMetadata.apply(pdf, document, clock.now());
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF " + document.title(), e);
        }
    }
}
