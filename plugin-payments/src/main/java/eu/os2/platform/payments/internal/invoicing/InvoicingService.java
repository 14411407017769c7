package eu.os2.platform.payments.internal.invoicing;

import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.payments.internal.model.EInvoice;
import eu.os2.platform.payments.internal.model.Seller;
import java.util.List;
import java.util.Optional;

/** Issued invoices and credit notes, and their e-invoice documents. */
public interface InvoicingService {

    List<Invoice> invoicesOf(long organisationId);

    Optional<Invoice> invoice(long id);

    List<Invoice> invoicesIn(int year);

    /**
     * Credits an issued invoice in full and, when asked, issues a new invoice for the same member and
     * year from today's data, in one transaction.
     *
     * @return the credit note
     */
    Invoice credit(long invoiceNumber, String reason, boolean reissue, PlatformUser actor);

    /** @return the document as OIOUBL or Peppol BIS Billing 3 XML */
    String xml(Invoice invoice, EInvoice.Format format);

    /** @return OS2's invoicing identity as configured */
    Seller seller();
}
