package eu.os2.platform.payments.internal.documents;

import eu.os2.platform.api.document.Document;
import eu.os2.platform.api.document.PdfWriter;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.payments.internal.PaymentsConfig;
import eu.os2.platform.payments.internal.Settings;
import eu.os2.platform.payments.internal.model.Seller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Invoices and credit notes as documents, written as PDF by the platform's {@link PdfWriter}. */
@Component(service = InvoiceDocuments.class, configurationPid = PaymentsConfig.PID)
public class InvoiceDocumentsImpl implements InvoiceDocuments {

    private final PdfWriter pdf;
    private final Seller seller;

    @Activate
    public InvoiceDocumentsImpl(@Reference PdfWriter pdf, PaymentsConfig config) {
        this.pdf = pdf;
        this.seller = Settings.of(config).seller();
    }

    @Override
    public Document document(Invoice invoice, Language language) {
        return InvoiceDocument.of(invoice, seller, language);
    }

    @Override
    public byte[] pdf(Invoice invoice, Language language) {
        return write(document(invoice, language));
    }

    @Override
    public byte[] write(Document document) {
        return pdf.write(document);
    }
}
