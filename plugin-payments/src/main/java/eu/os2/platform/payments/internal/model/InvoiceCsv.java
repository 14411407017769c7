package eu.os2.platform.payments.internal.model;

import eu.os2.platform.api.payment.Invoice;
import java.util.Comparator;
import java.util.List;

/**
 * An invoice run as CSV for the bookkeeping: one row per document, written and escaped against
 * spreadsheet formulas as {@link Csv} does.
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
        return Csv.write(List.of(HEADER), csv -> {
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
        });
    }

    /** @return the text, neutralised when a spreadsheet would run it as a formula; null stays null */
    static String text(String value) {
        return Csv.text(value);
    }
}
