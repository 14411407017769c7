package eu.os2.platform.payments.internal.notices;

import eu.os2.platform.api.document.Document;
import eu.os2.platform.api.document.PdfWriter;
import eu.os2.platform.api.message.Attachment;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.message.Message;
import eu.os2.platform.api.message.MessageContent;
import eu.os2.platform.api.message.MessageTemplates;
import eu.os2.platform.api.message.Outbox;
import eu.os2.platform.api.message.Recipients;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.InvoiceKind;
import eu.os2.platform.payments.internal.documents.Formats;
import eu.os2.platform.payments.internal.documents.InvoiceDocument;
import eu.os2.platform.payments.internal.documents.InvoiceDocuments;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The message {@code payments.invoice-issued} to the representatives of the buyer's organisation,
 * from the templates in {@code mail/}, with the document's PDF attached. The outbox renders a
 * message once per language among its recipients, so a PDF is written at most once per language
 * and document, however many representatives there are.
 */
@Component(service = InvoiceNotices.class)
public class InvoiceNoticesImpl implements InvoiceNotices {

    private static final MessageTemplates TEMPLATES = new MessageTemplates(InvoiceNoticesImpl.class, "mail");

    private final Outbox outbox;
    private final InvoiceDocuments documents;

    @Activate
    public InvoiceNoticesImpl(@Reference Outbox outbox, @Reference InvoiceDocuments documents) {
        this.outbox = outbox;
        this.documents = documents;
    }

    @Override
    public int issued(Invoice invoice) {
        Map<Language, MessageContent> rendered = new EnumMap<>(Language.class);
        return outbox.enqueue(new Message(
                PaymentMessageKinds.INVOICE_ISSUED.code(),
                Recipients.organisations(Set.of(invoice.organisationId())),
                "payments/invoice/" + invoice.number(),
                "invoice-issued/" + invoice.number(),
                language -> rendered.computeIfAbsent(language, l -> content(invoice, l))));
    }

    private MessageContent content(Invoice invoice, Language language) {
        boolean credit = invoice.kind() == InvoiceKind.CREDIT_NOTE;
        Document document = documents.document(invoice, language);
        Map<String, String> values = new HashMap<>();
        values.put("number", Long.toString(invoice.number()));
        values.put("buyer", invoice.buyer().name());
        values.put("year", Integer.toString(invoice.year()));
        values.put("amount", Formats.money(credit ? invoice.total().negate() : invoice.total(), language));
        values.put("dueDate", Formats.date(invoice.dueDate(), language));
        values.put("delivery", InvoiceDocument.delivery(invoice, language));
        values.put("link", outbox.consoleUrl() + "#/payments/organisation/" + invoice.organisationId());
        values.put("seller", document.author());
        values.put(
                "credited",
                invoice.creditedInvoiceId() == null
                        ? ""
                        : invoice.creditedInvoiceId().toString());
        values.put("reason", invoice.note() == null ? "" : invoice.note());
        Attachment pdf = new Attachment(
                InvoiceDocuments.fileName(invoice, language), PdfWriter.MEDIA_TYPE, documents.write(document));
        return TEMPLATES.render(credit ? "credit-note-issued" : "invoice-issued", language, values, List.of(pdf));
    }
}
