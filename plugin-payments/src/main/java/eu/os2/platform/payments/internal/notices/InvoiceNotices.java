package eu.os2.platform.payments.internal.notices;

import eu.os2.platform.api.payment.Invoice;

/**
 * Tells the buyer's representatives that an invoice or credit note was issued. Call it inside the
 * transaction that issues the document, with the document as stored: the message is written to the
 * outbox with it, or not at all.
 */
public interface InvoiceNotices {

    /**
     * Writes the message about the issued document, with its PDF in each recipient's language.
     *
     * @return how many messages were written
     */
    int issued(Invoice invoice);
}
