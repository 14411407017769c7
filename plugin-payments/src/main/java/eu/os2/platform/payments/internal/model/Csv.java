package eu.os2.platform.payments.internal.model;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The payments plugin's CSV exports: semicolon separated, a header row, CRLF line ends, amounts with
 * a point. A text cell a spreadsheet would take for a formula (beginning with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) is written with a single quote in front (OWASP's
 * advice against CSV injection); numbers and amounts, negative ones too, stay numbers.
 */
public final class Csv {

    private Csv() {}

    /** One row's cells: text cells go through {@link #text(String)}, numbers as they are. */
    @FunctionalInterface
    public interface Rows {
        void write(CSVPrinter csv) throws IOException;
    }

    /**
     * @return the header and the rows written as CSV, after a UTF-8 byte order mark so that a Danish spreadsheet
     *     reads æ, ø and å in the names
     */
    public static String write(List<String> header, Rows rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(';')
                        .setHeader(header.toArray(String[]::new))
                        .setRecordSeparator("\r\n")
                        .get())) {
            rows.write(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** @return the text, neutralised when a spreadsheet would run it as a formula; null stays null */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
