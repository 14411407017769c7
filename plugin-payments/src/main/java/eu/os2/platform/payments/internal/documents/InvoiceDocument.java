package eu.os2.platform.payments.internal.documents;

import eu.os2.platform.api.document.Block;
import eu.os2.platform.api.document.Block.Fact;
import eu.os2.platform.api.document.Block.Facts;
import eu.os2.platform.api.document.Block.Heading;
import eu.os2.platform.api.document.Block.Paragraph;
import eu.os2.platform.api.document.Block.Table;
import eu.os2.platform.api.document.Document;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.payment.Buyer;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.InvoiceKind;
import eu.os2.platform.api.payment.InvoiceLine;
import eu.os2.platform.payments.internal.model.Seller;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An issued invoice or credit note as a document a finance officer reads: seller and buyer with
 * CVR, EAN and references, the dates, the lines with their explanation, the totals without VAT,
 * the VAT and the total, how to pay, and where the e-invoice went. Everything is read from the
 * issued document as stored; nothing is counted again. Labels are in the reader's language; the
 * lines' own texts are the Danish ones the invoice was issued with.
 */
public final class InvoiceDocument {

    private final Invoice inv;
    private final Seller seller;
    private final Language lang;
    private final boolean credit;

    private InvoiceDocument(Invoice invoice, Seller seller, Language language) {
        this.inv = invoice;
        this.seller = seller;
        this.lang = language;
        this.credit = invoice.kind() == InvoiceKind.CREDIT_NOTE;
    }

    /** @return the document of the issued invoice or credit note in the language */
    public static Document of(Invoice invoice, Seller seller, Language language) {
        return new InvoiceDocument(invoice, seller, language).build();
    }

    /** @return e.g. "Faktura nr. 17" or "Credit note no. 18" */
    public static String title(Invoice invoice, Language language) {
        return invoice.kind() == InvoiceKind.CREDIT_NOTE
                ? language.pick("Kreditnota nr. ", "Credit note no. ") + invoice.number()
                : language.pick("Faktura nr. ", "Invoice no. ") + invoice.number();
    }

    private Document build() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, lang.pick("Fra", "From")));
        blocks.add(new Facts(sellerFacts()));
        blocks.add(new Heading(2, lang.pick("Til", "To")));
        blocks.add(new Facts(buyerFacts()));
        blocks.add(new Heading(2, credit ? lang.pick("Kreditnota", "Credit note") : lang.pick("Faktura", "Invoice")));
        blocks.add(new Facts(documentFacts()));
        blocks.add(lines());
        blocks.add(new Facts(totals()));
        if (!inv.lines().isEmpty()) {
            blocks.add(new Heading(2, lang.pick("Sådan er beløbene beregnet", "How the amounts were calculated")));
            for (InvoiceLine line : inv.lines()) {
                blocks.add(new Paragraph(line.lineNo() + ". " + line.description() + ": " + text(line.explanation())));
            }
        }
        blocks.add(new Heading(2, credit ? lang.pick("Afregning", "Settlement") : lang.pick("Betaling", "Payment")));
        blocks.addAll(payment());
        blocks.add(new Paragraph(delivery(inv, lang)));
        return new Document(title(inv, lang), lang, seller.name(), blocks);
    }

    private List<Fact> sellerFacts() {
        List<Fact> facts = new ArrayList<>();
        add(facts, lang.pick("Navn", "Name"), seller.name());
        add(facts, "CVR", seller.cvr());
        add(facts, "EAN", seller.ean());
        add(
                facts,
                lang.pick("Adresse", "Address"),
                join(
                        join(seller.street(), " ", seller.buildingNumber()),
                        ", ",
                        join(seller.postcode(), " ", seller.city())));
        return facts;
    }

    private List<Fact> buyerFacts() {
        Buyer b = inv.buyer();
        List<Fact> facts = new ArrayList<>();
        add(facts, lang.pick("Navn", "Name"), b.name());
        add(facts, "CVR", b.cvr());
        add(facts, "EAN", b.ean());
        add(facts, lang.pick("Adresse", "Address"), join(b.street(), ", ", join(b.postcode(), " ", b.city())));
        add(facts, lang.pick("Ordrenummer", "Order reference"), b.orderReference());
        add(facts, lang.pick("Personreference", "Person reference"), b.personReference());
        return facts;
    }

    private List<Fact> documentFacts() {
        List<Fact> facts = new ArrayList<>();
        add(
                facts,
                credit
                        ? lang.pick("Kreditnotanummer", "Credit note number")
                        : lang.pick("Fakturanummer", "Invoice number"),
                Long.toString(inv.number()));
        add(facts, lang.pick("Udstedt", "Issue date"), Formats.date(inv.issueDate(), lang));
        if (!credit) {
            add(facts, lang.pick("Forfaldsdato", "Due date"), Formats.date(inv.dueDate(), lang));
        }
        add(facts, lang.pick("Opkrævning for år", "Charged for the year"), Integer.toString(inv.year()));
        if (inv.creditedInvoiceId() != null) {
            add(
                    facts,
                    lang.pick("Krediterer faktura nr.", "Credits invoice no."),
                    inv.creditedInvoiceId().toString());
        }
        if (inv.replacesInvoiceId() != null) {
            add(
                    facts,
                    lang.pick("Erstatter faktura nr.", "Replaces invoice no."),
                    inv.replacesInvoiceId().toString());
        }
        if (inv.creditNoteId() != null) {
            add(
                    facts,
                    lang.pick("Krediteret ved kreditnota nr.", "Credited by credit note no."),
                    inv.creditNoteId().toString());
        }
        add(facts, lang.pick("Årsag", "Reason"), inv.note());
        return facts;
    }

    private Table lines() {
        List<List<String>> rows = new ArrayList<>();
        for (InvoiceLine line : inv.lines()) {
            String amount = Formats.money(line.amount(), lang);
            rows.add(List.of(Integer.toString(line.lineNo()), text(line.description()), "1", amount, amount));
        }
        return new Table(
                credit
                        ? lang.pick("Kreditnotaens linjer", "The credit note's lines")
                        : lang.pick("Fakturaens linjer", "The invoice's lines"),
                List.of(
                        lang.pick("Nr.", "No."),
                        lang.pick("Beskrivelse", "Description"),
                        lang.pick("Antal", "Quantity"),
                        lang.pick("Enhedspris", "Unit price"),
                        lang.pick("Beløb", "Amount")),
                rows,
                Set.of(2, 3, 4));
    }

    private List<Fact> totals() {
        return List.of(
                new Fact(lang.pick("I alt uden moms", "Total excluding VAT"), Formats.money(inv.lineTotal(), lang)),
                new Fact(
                        lang.pick("Moms ", "VAT ") + Formats.percent(inv.vatRate(), lang),
                        Formats.money(inv.vat(), lang)),
                new Fact(
                        credit
                                ? lang.pick("I alt krediteret", "Total credited")
                                : lang.pick("I alt at betale", "Total to pay"),
                        Formats.money(inv.total(), lang)));
    }

    private List<Block> payment() {
        if (credit) {
            String invoice = inv.creditedInvoiceId() == null
                    ? lang.pick("fakturaen", "the invoice")
                    : lang.pick("faktura nr. ", "invoice no. ") + inv.creditedInvoiceId();
            return List.of(new Paragraph(lang.pick(
                    "Kreditnotaen modregnes i " + invoice + ". Er fakturaen betalt, tilbagebetaler OS2 beløbet.",
                    "The credit note is set off against " + invoice
                            + ". If the invoice has been paid, OS2 pays the amount back.")));
        }
        List<Fact> facts = new ArrayList<>();
        add(facts, lang.pick("Betales senest", "Pay by"), Formats.date(inv.dueDate(), lang));
        add(facts, lang.pick("Beløb", "Amount"), Formats.money(inv.total(), lang));
        if (seller.hasBankAccount()) {
            add(
                    facts,
                    lang.pick("Bankkonto", "Bank account"),
                    lang.pick("Reg.nr. ", "Reg. no. ")
                            + seller.bankRegNo()
                            + lang.pick(", kontonr. ", ", account no. ")
                            + seller.bankAccount());
        }
        add(facts, lang.pick("Betalingsreference", "Payment reference"), Long.toString(inv.number()));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Facts(facts));
        if (!seller.hasBankAccount()) {
            blocks.add(new Paragraph(lang.pick(
                    "Kontakt OS2's sekretariat for oplysninger om betaling.",
                    "Please contact OS2's secretariat for the payment details.")));
        }
        return blocks;
    }

    /** @return where the e-invoice went: the buyer's EAN through NemHandel/Peppol, or that none was sent */
    public static String delivery(Invoice invoice, Language language) {
        String ean = invoice.buyer().ean();
        String what = invoice.kind() == InvoiceKind.CREDIT_NOTE
                ? language.pick("kreditnotaen", "the credit note")
                : language.pick("fakturaen", "the invoice");
        if (ean == null || ean.isBlank()) {
            return language.pick(
                    "Køber har ikke et EAN-nummer, så " + what + " er ikke sendt som e-faktura.",
                    "The buyer has no EAN number, so " + what + " was not sent as an e-invoice.");
        }
        return language.pick(
                "E-fakturaen (OIOUBL) for " + what + " er sendt til købers EAN " + ean + " via NemHandel/Peppol.",
                "The e-invoice (OIOUBL) for " + what + " was sent to the buyer's EAN " + ean
                        + " through NemHandel/Peppol.");
    }

    private static void add(List<Fact> facts, String label, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Fact(label, value.strip()));
        }
    }

    private static String join(String a, String separator, String b) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        if (hasA && hasB) {
            return a.strip() + separator + b.strip();
        }
        return hasA ? a.strip() : hasB ? b.strip() : null;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
