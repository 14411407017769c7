package eu.os2.platform.payments.internal.model;

import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.Buyer;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.InvoiceKind;
import eu.os2.platform.api.payment.InvoiceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns charges into invoices and invoices into credit notes; the totals are computed here only. */
public final class Invoices {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Invoices() {}

    /** @return the VAT on an amount: the amount × rate / 100, rounded once, half up */
    public static Money vat(Money lineTotal, BigDecimal ratePercent) {
        return lineTotal.times(ratePercent, HUNDRED);
    }

    /**
     * @return the invoice the charge becomes, not yet numbered (id and number 0)
     */
    public static Invoice draft(Charge charge, BigDecimal vatRate, LocalDate issueDate, LocalDate dueDate) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (ChargeLine c : charge.lines()) {
            lines.add(new InvoiceLine(
                    lines.size() + 1, c.kind(), c.product(), c.description(), c.explanation(), c.amount()));
        }
        return withTotals(
                0,
                0,
                InvoiceKind.INVOICE,
                charge.member().organisationId(),
                charge.year(),
                issueDate,
                dueDate,
                buyer(charge.member()),
                lines,
                vatRate,
                null,
                null,
                null);
    }

    /**
     * @return the credit note cancelling the invoice in full: every line and total negated, so that
     *     invoice + credit note = 0 to the øre
     */
    public static Invoice creditNote(Invoice invoice, long id, long number, LocalDate issueDate, String reason) {
        List<InvoiceLine> lines = invoice.lines().stream()
                .map(l -> new InvoiceLine(
                        l.lineNo(),
                        l.kind(),
                        l.product(),
                        l.description(),
                        "Krediterer faktura " + invoice.number() + ": " + l.explanation(),
                        l.amount().negate()))
                .toList();
        Invoice note = new Invoice(
                id,
                number,
                InvoiceKind.CREDIT_NOTE,
                invoice.organisationId(),
                invoice.year(),
                issueDate,
                issueDate,
                invoice.buyer(),
                lines,
                invoice.lineTotal().negate(),
                invoice.vatRate(),
                invoice.vat().negate(),
                invoice.total().negate(),
                invoice.id(),
                null,
                null,
                reason);
        return note;
    }

    /** @return the invoice with number, id and links set, totals computed from its lines */
    public static Invoice withTotals(
            long id,
            long number,
            InvoiceKind kind,
            long organisationId,
            int year,
            LocalDate issueDate,
            LocalDate dueDate,
            Buyer buyer,
            List<InvoiceLine> lines,
            BigDecimal vatRate,
            Long creditedInvoiceId,
            Long replacesInvoiceId,
            String note) {
        Money lineTotal = lines.stream().map(InvoiceLine::amount).reduce(Money.ZERO, Money::plus);
        Money vat = vat(lineTotal, vatRate);
        return new Invoice(
                id,
                number,
                kind,
                organisationId,
                year,
                issueDate,
                dueDate,
                buyer,
                lines,
                lineTotal,
                vatRate,
                vat,
                lineTotal.plus(vat),
                creditedInvoiceId,
                null,
                replacesInvoiceId,
                note);
    }

    /** @return the invoice numbered and stored under the id */
    public static Invoice numbered(Invoice draft, long id, long number, Long replacesInvoiceId) {
        return new Invoice(
                id,
                number,
                draft.kind(),
                draft.organisationId(),
                draft.year(),
                draft.issueDate(),
                draft.dueDate(),
                draft.buyer(),
                draft.lines(),
                draft.lineTotal(),
                draft.vatRate(),
                draft.vat(),
                draft.total(),
                draft.creditedInvoiceId(),
                draft.creditNoteId(),
                replacesInvoiceId,
                draft.note());
    }

    /** @return the buyer block of an invoice to this organisation today */
    public static Buyer buyer(Billable m) {
        BillingDetails b = m.billing();
        return new Buyer(
                m.name(),
                m.cvr(),
                m.ean(),
                b.orderReference(),
                b.personReference(),
                b.street(),
                b.postcode(),
                b.city());
    }
}
