package eu.os2.platform.voting.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The accepted types are recognised by their content; the stated type only has to agree. */
class FileTypesTest {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'};

    /** @return an OpenDocument package: the stored mimetype entry first, then its content */
    static byte[] odf(String mimetype) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** @return a zip holding these (empty) entries */
    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void everyAcceptedTypeIsRecognisedByItsContent() throws IOException {
        assertThat(FileTypes.recognise(PDF, "application/pdf")).contains(FileTypes.PDF);
        assertThat(FileTypes.recognise(PNG, "image/png")).contains(FileTypes.PNG);
        assertThat(FileTypes.recognise(JPEG, "image/jpeg")).contains(FileTypes.JPEG);
        assertThat(FileTypes.recognise(odf(FileTypes.ODT), FileTypes.ODT)).contains(FileTypes.ODT);
        assertThat(FileTypes.recognise(odf(FileTypes.ODS), null)).contains(FileTypes.ODS);
        assertThat(FileTypes.recognise(odf(FileTypes.ODP), "application/octet-stream"))
                .contains(FileTypes.ODP);
        assertThat(FileTypes.recognise(zip("[Content_Types].xml", "word/document.xml"), FileTypes.DOCX))
                .contains(FileTypes.DOCX);
        assertThat(FileTypes.recognise(zip("[Content_Types].xml", "xl/workbook.xml"), null))
                .contains(FileTypes.XLSX);
        assertThat(FileTypes.recognise(zip("[Content_Types].xml", "ppt/presentation.xml"), null))
                .contains(FileTypes.PPTX);
        assertThat(FileTypes.recognise(
                        "Dagsorden\r\n1. Beretning\tÆØÅ\n".getBytes(StandardCharsets.UTF_8),
                        "text/plain; charset=utf-8"))
                .contains(FileTypes.TEXT);
    }

    @Test
    void contentThatIsNoneOfThemIsRefusedWhateverItSays() throws IOException {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0};
        assertThat(FileTypes.recognise(exe, "application/pdf")).isEmpty();
        assertThat(FileTypes.recognise(exe, "application/octet-stream")).isEmpty();
        assertThat(FileTypes.recognise(exe, "text/plain"))
                .as("a control character is not text")
                .isEmpty();
        assertThat(FileTypes.recognise(new byte[] {(byte) 0xc3, 0x28}, "text/plain"))
                .as("not UTF-8")
                .isEmpty();
        assertThat(FileTypes.recognise("plain".getBytes(StandardCharsets.UTF_8), "application/octet-stream"))
                .as("text only when it says it is text")
                .isEmpty();
        assertThat(FileTypes.recognise(zip("a.class", "META-INF/MANIFEST.MF"), "application/zip"))
                .as("a zip that is no office document")
                .isEmpty();
        assertThat(FileTypes.recognise(zip("[Content_Types].xml", "other.xml"), null))
                .isEmpty();
        assertThat(FileTypes.recognise(
                        zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"), FileTypes.DOCX))
                .as("a Word file with macros (.docm)")
                .isEmpty();
        assertThat(FileTypes.recognise(odf("application/vnd.oasis.opendocument.graphics"), null))
                .as("an ODF drawing is not among them")
                .isEmpty();
        assertThat(FileTypes.recognise("PK\3\4broken".getBytes(StandardCharsets.ISO_8859_1), null))
                .isEmpty();
        assertThat(FileTypes.recognise(new byte[0], "text/plain")).contains(FileTypes.TEXT);
    }

    @Test
    void aStatedTypeMustAgreeWithTheContent() {
        assertThat(FileTypes.recognise(PDF, "image/png")).isEmpty();
        assertThat(FileTypes.recognise(PNG, "application/pdf")).isEmpty();
        assertThat(FileTypes.recognise(JPEG, "IMAGE/JPEG")).contains(FileTypes.JPEG);
        assertThat(FileTypes.recognise(PDF, "text/plain"))
                .as("a PDF that says it is text is a PDF, and text is not what it says")
                .isEmpty();
    }

    @Test
    void sizesAndTypesAreNamedForPeople() {
        assertThat(DocumentTexts.size(812, eu.os2.platform.api.message.Language.DA))
                .isEqualTo("812 B");
        assertThat(DocumentTexts.size(240_400, eu.os2.platform.api.message.Language.DA))
                .isEqualTo("240 kB");
        assertThat(DocumentTexts.size(1_250_000, eu.os2.platform.api.message.Language.DA))
                .isEqualTo("1,3 MB");
        assertThat(DocumentTexts.size(1_250_000, eu.os2.platform.api.message.Language.EN))
                .isEqualTo("1.3 MB");
        assertThat(DocumentTexts.typeLabel(FileTypes.DOCX, eu.os2.platform.api.message.Language.DA))
                .isEqualTo("Word");
        assertThat(DocumentTexts.typeLabel(FileTypes.TEXT, eu.os2.platform.api.message.Language.EN))
                .isEqualTo("Text");
    }
}
