package eu.os2.platform.voting.internal.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types an agenda document may have, recognised by their content: PDF, OpenDocument text,
 * spreadsheet and presentation, Word, Excel and PowerPoint (OOXML, without macros), PNG, JPEG and plain UTF-8 text.
 * The stated type only has to agree with the content; a file whose content is none of these is refused,
 * whatever it says it is.
 */
public final class FileTypes {

    public static final String PDF = "application/pdf";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    public static final String ODP = "application/vnd.oasis.opendocument.presentation";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String TEXT = "text/plain";

    /** Every type accepted. */
    public static final List<String> ACCEPTED = List.of(PDF, ODT, ODS, ODP, DOCX, XLSX, PPTX, PNG, JPEG, TEXT);

    private static final String OCTET_STREAM = "application/octet-stream";
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private FileTypes() {}

    /**
     * @param content the file's bytes
     * @param statedType the {@code Content-Type} it was sent with (parameters are ignored), or null
     * @return the accepted type its content is, or empty when its content is none of them or the stated
     *     type names another one
     */
    public static Optional<String> recognise(byte[] content, String statedType) {
        String stated = base(statedType);
        Optional<String> sniffed = sniff(content, TEXT.equals(stated));
        if (sniffed.isEmpty()) {
            return Optional.empty();
        }
        if (stated == null || stated.isEmpty() || stated.equals(OCTET_STREAM) || stated.equals(sniffed.get())) {
            return sniffed;
        }
        return Optional.empty();
    }

    /** @return the type without parameters, in lower case; null for null */
    static String base(String type) {
        if (type == null) {
            return null;
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * @param textStated whether the sender says it is plain text (only then is text recognised: any
     *     content without a signature would otherwise be "text")
     */
    static Optional<String> sniff(byte[] b, boolean textStated) {
        if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(b, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return office(b);
        }
        if (textStated && isText(b)) {
            return Optional.of(TEXT);
        }
        return Optional.empty();
    }

    /** An OpenDocument file starts with its uncompressed {@code mimetype} entry; an OOXML file has its parts. */
    private static Optional<String> office(byte[] b) {
        String odf = odfType(b);
        if (odf != null) {
            return List.of(ODT, ODS, ODP).contains(odf) ? Optional.of(odf) : Optional.empty();
        }
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null && names.size() < MAX_ZIP_ENTRIES) {
                names.add(entry.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        // a macro-enabled file (.docm, .xlsm, .pptm) carries its macros as a vbaProject.bin part: refused,
        // whatever it is called, so that members are never served a document with macros
        if (names.stream().anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).endsWith("vbaproject.bin"))) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(XLSX);
        }
        if (names.contains("ppt/presentation.xml")) {
            return Optional.of(PPTX);
        }
        return Optional.empty();
    }

    /** @return the {@code mimetype} entry's content when it is the first, stored entry; else null */
    private static String odfType(byte[] b) {
        // local file header: name length at 26, extra length at 28, name at 30
        if (b.length < 38) {
            return null;
        }
        int nameLength = (b[26] & 0xff) | (b[27] & 0xff) << 8;
        int extraLength = (b[28] & 0xff) | (b[29] & 0xff) << 8;
        int size = (b[18] & 0xff) | (b[19] & 0xff) << 8 | (b[20] & 0xff) << 16 | (b[21] & 0xff) << 24;
        int method = (b[8] & 0xff) | (b[9] & 0xff) << 8;
        if (nameLength != 8 || method != 0 || size <= 0 || size > 200) {
            return null;
        }
        String name = new String(b, 30, 8, StandardCharsets.US_ASCII);
        int start = 30 + nameLength + extraLength;
        if (!"mimetype".equals(name) || start + size > b.length) {
            return null;
        }
        return new String(b, start, size, StandardCharsets.US_ASCII);
    }

    /** @return whether the bytes are UTF-8 text without control characters other than tab, line feed, form feed, return */
    static boolean isText(byte[] b) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b))
                    .toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
