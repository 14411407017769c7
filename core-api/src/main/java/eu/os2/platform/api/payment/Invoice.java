package eu.os2.platform.api.payment;

import eu.os2.platform.api.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An issued invoice or credit note. Never changes once issued; a correction is a credit note and,
 * if needed, a new invoice.
 *
 * @param id stable identifier
 * @param number the gap-free document number (invoices and credit notes share one series)
 * @param kind invoice or credit note
 * @param organisationId the buyer's organisation
 * @param year the calendar year the invoice is for
 * @param issueDate the date it was issued
 * @param dueDate the date payment is due
 * @param buyer the buyer as of the issue date
 * @param lines the lines, excluding VAT
 * @param lineTotal the sum of the lines
 * @param vatRate VAT in percent
 * @param vat the VAT on {@code lineTotal}, rounded once, half up
 * @param total {@code lineTotal + vat}
 * @param creditedInvoiceId for a credit note, the invoice it cancels; else {@code null}
 * @param creditNoteId for an invoice that was credited, its credit note; else {@code null}
 * @param replacesInvoiceId for an invoice issued after a credit note, the invoice it replaces; else {@code null}
 * @param note the reason for a credit note, else {@code null}
 * @since 0.1.0
 */
public record Invoice(
        long id,
        long number,
        InvoiceKind kind,
        long organisationId,
        int year,
        LocalDate issueDate,
        LocalDate dueDate,
        Buyer buyer,
        List<InvoiceLine> lines,
        Money lineTotal,
        BigDecimal vatRate,
        Money vat,
        Money total,
        Long creditedInvoiceId,
        Long creditNoteId,
        Long replacesInvoiceId,
        String note) {

    /** Copies the lines. */
    public Invoice {
        lines = List.copyOf(lines);
    }
}
