package eu.os2.platform.payments.internal.attention;

import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.InvoiceKind;
import eu.os2.platform.api.payment.PaymentStanding;
import eu.os2.platform.api.payment.StandingRecord;
import eu.os2.platform.api.time.PlatformClock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which issued invoices are still to be paid. The platform does not see bank payments: the
 * secretariat records a member's payment standing. An invoice is open when it is an invoice (not a
 * credit note), has not been credited, asks for more than nothing, and its organisation has no
 * standing "paid" recorded on or after the invoice's issue date.
 */
public final class OpenInvoices {

    private OpenInvoices() {}

    /** @return whether the invoice is still to be paid, given its organisation's latest standing (or null) */
    public static boolean open(Invoice invoice, StandingRecord latest) {
        if (invoice.kind() != InvoiceKind.INVOICE
                || invoice.creditNoteId() != null
                || invoice.total().isNegative()
                || invoice.total().isZero()) {
            return false;
        }
        return latest == null
                || latest.standing() != PaymentStanding.PAID
                || latest.recordedAt().atZone(PlatformClock.ZONE).toLocalDate().isBefore(invoice.issueDate());
    }

    /** @return the open invoices among these, by due date, given every organisation's latest standing */
    public static List<Invoice> open(List<Invoice> invoices, Map<Long, StandingRecord> latest) {
        return invoices.stream()
                .filter(i -> open(i, latest.get(i.organisationId())))
                .sorted(Comparator.comparing(Invoice::dueDate).thenComparingLong(Invoice::number))
                .toList();
    }
}
