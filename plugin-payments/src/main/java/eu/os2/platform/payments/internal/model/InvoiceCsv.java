package eu.os2.platform.payments.internal.model;

import eu.os2.platform.api.payment.Invoice;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An invoice run as CSV for the bookkeeping: one row per document, semicolon separated, amounts with a
 * point. A text cell a spreadsheet would take for a formula (beginning with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) is written with a single quote in front (OWASP's
 * advice against CSV injection); numbers and amounts, negative ones too, stay numbers.
 */
public final class InvoiceCsv {

    static final String[] HEADER = {
        "nummer",
        "type",
        "dato",
        "forfald",
        "aar",
        "organisation_id",
        "navn",
        "cvr",
        "ean",
        "ordrenummer",
        "personreference",
        "beloeb_ex_moms",
        "moms",
        "beloeb_inkl_moms",
        "krediterer",
        "erstatter"
    };

    private InvoiceCsv() {}

    /** @return the documents, oldest number first */
    public static String write(List<Invoice> invoices) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(';')
                        .setHeader(HEADER)
                        .setRecordSeparator("\r\n")
                        .get())) {
            for (Invoice i : invoices.stream()
                    .sorted(Comparator.comparingLong(Invoice::number))
                    .toList()) {
                csv.printRecord(
                        i.number(),
                        text(i.kind().name()),
                        i.issueDate(),
                        i.dueDate(),
                        i.year(),
                        i.organisationId(),
                        text(i.buyer().name()),
                        text(i.buyer().cvr()),
                        text(i.buyer().ean()),
                        text(i.buyer().orderReference()),
                        text(i.buyer().personReference()),
                        i.lineTotal(),
                        i.vat(),
                        i.total(),
                        i.creditedInvoiceId(),
                        i.replacesInvoiceId());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** @return the text, neutralised when a spreadsheet would run it as a formula; null stays null */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
