package eu.os2.platform.payments.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.Buyer;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.InvoiceKind;
import eu.os2.platform.api.payment.InvoiceLine;
import eu.os2.platform.api.payment.LineKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EInvoiceTest {

    static final Seller OS2 = new Seller(
            "OS2 - Offentligt Digitaliseringsfællesskab",
            "41849983",
            "5790002750595",
            "Hack Kampmanns Plads",
            "2",
            "8000",
            "Aarhus C",
            "1234",
            "0001234567");
    static final Seller OS2_NO_BANK = new Seller(
            OS2.name(), OS2.cvr(), OS2.ean(), OS2.street(), OS2.buildingNumber(), OS2.postcode(), OS2.city(), "", "");

    static Invoice sample() {
        Buyer buyer = new Buyer(
                "Ballerup Kommune",
                "29188386",
                "5798000000155",
                "PO-2026-0042",
                "Digitaliseringschef Jens Hansen",
                "Hold-An Vej 7",
                "2750",
                "Ballerup");
        List<InvoiceLine> lines = List.of(
                new InvoiceLine(
                        1,
                        LineKind.MEMBERSHIP_FEE,
                        null,
                        "Kontingent 2026",
                        "Takster 2026: kontingent 25.000,00 kr.",
                        Money.kroner(25_000)),
                new InvoiceLine(
                        2,
                        LineKind.PRODUCT_FEE,
                        "OS2valghalla",
                        "OS2valghalla – årligt vederlag 2026",
                        "størrelse mellem",
                        Money.parse("11626.67")),
                new InvoiceLine(
                        3,
                        LineKind.JOINING_FEE,
                        "OS2valghalla",
                        "OS2valghalla – tilslutningsafgift",
                        "tilsluttet 1. marts 2026",
                        Money.kroner(70_000)));
        return Invoices.withTotals(
                7,
                17,
                InvoiceKind.INVOICE,
                3,
                2026,
                LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 2, 14),
                buyer,
                lines,
                new BigDecimal("25"),
                null,
                null,
                null);
    }

    @ParameterizedTest
    @EnumSource(EInvoice.Format.class)
    void anInvoiceIsValid(EInvoice.Format format) {
        String xml = new EInvoice(OS2).write(sample(), 0, format);
        assertThat(Validators.errors(xml, format, false)).isEmpty();
        assertThat(xml)
                .contains("5798000000155")
                .contains("PO-2026-0042")
                .contains("Digitaliseringschef Jens Hansen")
                .contains(">11626.67<")
                .contains(">133283.34<");
    }

    @ParameterizedTest
    @EnumSource(EInvoice.Format.class)
    void anInvoiceWithoutBankAccountIsValid(EInvoice.Format format) {
        String xml = new EInvoice(OS2_NO_BANK).write(sample(), 0, format);
        assertThat(Validators.errors(xml, format, false)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EInvoice.Format.class)
    void aCreditNoteIsValid(EInvoice.Format format) {
        Invoice invoice = sample();
        Invoice note = Invoices.creditNote(invoice, 8, 18, LocalDate.of(2026, 3, 1), "Forkert størrelse");
        String xml = new EInvoice(OS2).write(note, invoice.number(), format);
        assertThat(Validators.errors(xml, format, true)).isEmpty();
        assertThat(xml).contains("<CreditNote").contains(">133283.34<").doesNotContain(">-");
    }
}
