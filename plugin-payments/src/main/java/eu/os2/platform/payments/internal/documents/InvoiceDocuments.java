package eu.os2.platform.payments.internal.documents;

import eu.os2.platform.api.document.Document;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.InvoiceKind;

/** Issued invoices and credit notes as documents people read, and as PDF. */
public interface InvoiceDocuments {

    /** @return the issued invoice or credit note, as stored, as a document in the language */
    Document document(Invoice invoice, Language language);

    /** @return the document as a tagged PDF */
    byte[] pdf(Invoice invoice, Language language);

    /** @return a document made by {@link #document(Invoice, Language)} as a tagged PDF */
    byte[] write(Document document);

    /** @return the file name for a download or an attachment, e.g. {@code os2-faktura-17.pdf} */
    static String fileName(Invoice invoice, Language language) {
        boolean credit = invoice.kind() == InvoiceKind.CREDIT_NOTE;
        String kind = credit ? language.pick("kreditnota", "credit-note") : language.pick("faktura", "invoice");
        return "os2-" + kind + "-" + invoice.number() + ".pdf";
    }
}
