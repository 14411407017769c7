package eu.os2.platform.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.document.Document;
import eu.os2.platform.api.document.PdfWriter;
import eu.os2.platform.api.message.Attachment;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.message.Recipients;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.InvoiceKind;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.payments.internal.documents.InvoiceDocumentsImpl;
import eu.os2.platform.payments.internal.model.Danish;
import eu.os2.platform.payments.internal.model.Reports;
import eu.os2.platform.payments.internal.notices.InvoiceNoticesImpl;
import eu.os2.platform.payments.internal.notices.PaymentMessageKinds;
import eu.os2.platform.testing.RecordingOutbox;
import eu.os2.platform.testing.RecordingOutbox.Written;
import eu.os2.platform.testing.TestDatabases;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The message to the buyer when an invoice or credit note is issued: written in the issuing
 * transaction (the outbox refuses one written outside it), one per document, about the document as
 * stored, with its PDF in the recipient's language; none when the issue fails, and no invoice when
 * the message cannot be written.
 */
abstract class InvoiceNoticesContract extends ContractBase {

    static final String KIND = PaymentMessageKinds.INVOICE_ISSUED.code();

    @Test
    void theRunWritesOneMessagePerInvoiceToItsBuyerWithThePdfOfTheStoredInvoice() {
        Reports.RunStatus run = service.runNow(2026, SECRETARIAT, d -> {});
        assertThat(run.created()).isEqualTo(MEMBERS);
        List<Written> written = service.outbox.written(KIND);
        assertThat(written).hasSize(MEMBERS);
        List<Invoice> issued = service.invoicesIn(2026).stream()
                .sorted(Comparator.comparingLong(Invoice::number))
                .toList();
        for (int i = 0; i < issued.size(); i++) {
            Invoice inv = issued.get(i);
            Written w = written.get(i);
            assertThat(w.message().recipients()).isEqualTo(Recipients.organisations(Set.of(inv.organisationId())));
            assertThat(w.message().reference()).isEqualTo("payments/invoice/" + inv.number());
            assertThat(w.message().onceKey()).isEqualTo("invoice-issued/" + inv.number());
            assertThat(w.da().subject()).isEqualTo("Ny faktura fra OS2 (nr. " + inv.number() + ")");
            assertThat(w.en().subject()).isEqualTo("New invoice from OS2 (no. " + inv.number() + ")");
            assertThat(w.da().text())
                    .contains("faktura nr. " + inv.number() + " for 2026 på " + Danish.kroner(inv.total()))
                    .contains("betales senest " + Danish.date(inv.dueDate()))
                    .contains("sendt til købers EAN " + inv.buyer().ean() + " via NemHandel/Peppol")
                    .contains("https://platform.example/console/#/payments/organisation/" + inv.organisationId())
                    .doesNotContain("null");
            assertThat(w.en().text())
                    .contains("invoice no. " + inv.number() + " for 2026 of DKK ")
                    .contains("sent to the buyer's EAN " + inv.buyer().ean())
                    .doesNotContain("null");
            Attachment da = w.da().attachments().get(0);
            assertThat(w.da().attachments()).hasSize(1);
            assertThat(da.fileName()).isEqualTo("os2-faktura-" + inv.number() + ".pdf");
            assertThat(da.mediaType()).isEqualTo(PdfWriter.MEDIA_TYPE);
            assertThat(TextPdfWriter.text(da.content()))
                    .startsWith(TextPdfWriter.MARK + "Faktura nr. " + inv.number())
                    .contains("I alt at betale: " + Danish.kroner(inv.total()))
                    .contains("I alt uden moms: " + Danish.kroner(inv.lineTotal()))
                    .contains(inv.buyer().orderReference());
            inv.lines()
                    .forEach(l -> assertThat(TextPdfWriter.text(da.content()))
                            .contains(l.description() + " | 1 | " + Danish.kroner(l.amount())));
            Attachment en = w.en().attachments().get(0);
            assertThat(en.fileName()).isEqualTo("os2-invoice-" + inv.number() + ".pdf");
            assertThat(TextPdfWriter.text(en.content())).contains("Invoice no. " + inv.number());
        }
        // the run again issues nothing, and tells nobody anything
        service.runNow(2026, SECRETARIAT, d -> {});
        assertThat(service.outbox.written(KIND)).hasSize(MEMBERS);
    }

    @Test
    void aCreditNoteAndItsReissuedInvoiceEachWriteAMessageAndAFailedCreditWritesNone() {
        service.runNow(2026, SECRETARIAT, d -> {});
        service.outbox.clear();
        Invoice invoice = service.invoicesOf(2).get(0);

        assertThatThrownBy(() -> service.credit(invoice.number(), " ", true, SECRETARIAT))
                .isInstanceOf(ValidationException.class);
        assertThat(service.outbox.written()).isEmpty();

        Invoice note = service.credit(invoice.number(), "Forkert størrelse", true, SECRETARIAT);
        List<Written> written = service.outbox.written(KIND);
        assertThat(written).hasSize(2);
        Written credit = written.get(0);
        assertThat(credit.message().reference()).isEqualTo("payments/invoice/" + note.number());
        assertThat(credit.da().subject()).isEqualTo("Ny kreditnota fra OS2 (nr. " + note.number() + ")");
        assertThat(credit.da().text())
                .contains("krediterer faktura nr. " + invoice.number())
                .contains(Danish.kroner(invoice.total()))
                .contains("Årsag: Forkert størrelse");
        assertThat(credit.da().attachments().get(0).fileName()).isEqualTo("os2-kreditnota-" + note.number() + ".pdf");
        assertThat(TextPdfWriter.text(credit.da().attachments().get(0).content()))
                .contains("Krediterer faktura nr.: " + invoice.number());
        Invoice reissued = service.invoicesOf(2).get(0);
        assertThat(reissued.kind()).isEqualTo(InvoiceKind.INVOICE);
        assertThat(written.get(1).message().reference()).isEqualTo("payments/invoice/" + reissued.number());
        assertThat(TextPdfWriter.text(written.get(1).da().attachments().get(0).content()))
                .contains("Erstatter faktura nr.: " + invoice.number());

        // crediting it again fails, and writes nothing
        assertThatThrownBy(() -> service.credit(invoice.number(), "igen", false, SECRETARIAT))
                .isInstanceOf(ValidationException.class);
        assertThat(service.outbox.written(KIND)).hasSize(2);
    }

    @Test
    void whenTheMessageCannotBeWrittenTheRunIssuesNothing() {
        Payments failing = new Payments(
                sameDatabase(),
                service.members(),
                audit,
                TestDatabases.clockAt("2026-01-15T09:00:00Z"),
                events,
                new TestConfig(),
                invoice -> {
                    throw new StorageException("the outbox cannot be written", null);
                });
        Reports.RunStatus run = failing.runNow(2026, SECRETARIAT, d -> {});
        assertThat(run.state()).isEqualTo(Reports.RunState.FAILED);
        assertThat(run.error()).contains("the outbox cannot be written");
        assertThat(service.invoicesIn(2026)).isEmpty();
        // no number was used up: the run afterwards issues 1..40
        service.runNow(2026, SECRETARIAT, d -> {});
        assertThat(service.invoicesIn(2026).stream()
                        .mapToLong(Invoice::number)
                        .sorted()
                        .toArray())
                .containsExactly(LongStream.rangeClosed(1, MEMBERS).toArray());
    }

    @Test
    void aPdfIsWrittenOncePerLanguageAndDocumentNotPerRecipient() {
        AtomicInteger writes = new AtomicInteger();
        PdfWriter counting = (Document document) -> {
            writes.incrementAndGet();
            return new TextPdfWriter().write(document);
        };
        RecordingOutbox outbox =
                RecordingOutbox.inTransactionsOf(sameDatabase()).accepting(new PaymentMessageKinds());
        Payments counted = new Payments(
                sameDatabase(),
                service.members(),
                audit,
                TestDatabases.clockAt("2026-01-15T09:00:00Z"),
                events,
                new TestConfig(),
                new InvoiceNoticesImpl(outbox, new InvoiceDocumentsImpl(counting, new TestConfig())));
        counted.runNow(2026, SECRETARIAT, d -> {});
        // the recording outbox renders each message in both languages, as the outbox does for recipients of both
        assertThat(writes.get()).isEqualTo(2 * MEMBERS);
        // rendering a message again for more recipients of a language writes no PDF again
        Written first = outbox.written(KIND).get(0);
        first.message().content().apply(Language.DA);
        first.message().content().apply(Language.EN);
        assertThat(writes.get()).isEqualTo(2 * MEMBERS);
    }
}
