package eu.os2.platform.payments.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.document.Block;
import eu.os2.platform.api.document.Block.Fact;
import eu.os2.platform.api.document.Document;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.Buyer;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.InvoiceKind;
import eu.os2.platform.api.payment.InvoiceLine;
import eu.os2.platform.api.payment.LineKind;
import eu.os2.platform.payments.internal.model.Invoices;
import eu.os2.platform.payments.internal.model.Seller;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InvoiceDocumentTest {

    static final Seller SELLER = new Seller(
            "OS2 - Offentligt Digitaliseringsfællesskab",
            "41849983",
            "5790002750595",
            "Hack Kampmanns Plads",
            "2",
            "8000",
            "Aarhus C",
            "1234",
            "0001234567");

    static final Buyer BUYER = new Buyer(
            "Ballerup Kommune",
            "58271713",
            "5798007705404",
            "PO-2026-17",
            "Økonomi, Jens Hansen",
            "Hold-An Vej 7",
            "2750",
            "Ballerup");

    /** An invoice as the run issues it: lines with their Danish texts, totals computed once. */
    static Invoice invoice() {
        List<InvoiceLine> lines = List.of(
                new InvoiceLine(
                        1,
                        LineKind.MEMBERSHIP_FEE,
                        null,
                        "Kontingent 2026",
                        "Takster 2026: 25.000,00 kr. × indeks 102,5 / 100,0",
                        Money.parse("25625.00")),
                new InvoiceLine(
                        2,
                        LineKind.PRODUCT_FEE,
                        "OS2valghalla",
                        "OS2valghalla, vederlag 2026",
                        "Størrelse 2 (48.602 indbyggere, 1. januar 2020); fra 1. marts 2026: 10/12",
                        Money.parse("19983.33")),
                new InvoiceLine(
                        3,
                        LineKind.JOINING_FEE,
                        "OS2valghalla",
                        "OS2valghalla, tilslutningsafgift",
                        "Engangsbeløb efter tarif",
                        Money.parse("1234.50")));
        Money lineTotal = lines.stream().map(InvoiceLine::amount).reduce(Money.ZERO, Money::plus);
        BigDecimal rate = new BigDecimal("25");
        Money vat = Invoices.vat(lineTotal, rate);
        return new Invoice(
                17,
                17,
                InvoiceKind.INVOICE,
                5,
                2026,
                LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 2, 14),
                BUYER,
                lines,
                lineTotal,
                rate,
                vat,
                lineTotal.plus(vat),
                null,
                null,
                null,
                null);
    }

    @Test
    void theDocumentsLinesAndTotalsAreTheInvoicesInDanish() {
        Invoice inv = invoice();
        Document doc = InvoiceDocument.of(inv, SELLER, Language.DA);

        assertThat(doc.title()).isEqualTo("Faktura nr. 17");
        assertThat(doc.language()).isEqualTo(Language.DA);
        assertThat(doc.author()).isEqualTo(SELLER.name());
        Block.Table table = only(doc, Block.Table.class);
        assertThat(table.header()).containsExactly("Nr.", "Beskrivelse", "Antal", "Enhedspris", "Beløb");
        assertThat(table.rows())
                .containsExactly(
                        List.of("1", "Kontingent 2026", "1", "25.625,00 kr.", "25.625,00 kr."),
                        List.of("2", "OS2valghalla, vederlag 2026", "1", "19.983,33 kr.", "19.983,33 kr."),
                        List.of("3", "OS2valghalla, tilslutningsafgift", "1", "1.234,50 kr.", "1.234,50 kr."));
        for (int i = 0; i < inv.lines().size(); i++) {
            assertThat(table.rows().get(i).get(4))
                    .isEqualTo(Formats.money(inv.lines().get(i).amount(), Language.DA));
        }
        Map<String, String> facts = facts(doc);
        // 46.842,83 kr. + 25 % moms (11.710,71 kr., rounded once) = 58.553,54 kr.
        assertThat(facts)
                .containsEntry("I alt uden moms", "46.842,83 kr.")
                .containsEntry("Moms 25 %", "11.710,71 kr.")
                .containsEntry("I alt at betale", "58.553,54 kr.")
                .containsEntry("Fakturanummer", "17")
                .containsEntry("Udstedt", "15. januar 2026")
                .containsEntry("Forfaldsdato", "14. februar 2026")
                .containsEntry("Betales senest", "14. februar 2026")
                .containsEntry("Bankkonto", "Reg.nr. 1234, kontonr. 0001234567")
                .containsEntry("Betalingsreference", "17")
                .containsEntry("Ordrenummer", "PO-2026-17")
                .containsEntry("Personreference", "Økonomi, Jens Hansen");
        assertThat(facts.get("I alt at betale")).isEqualTo(Formats.money(inv.total(), Language.DA));
        assertThat(facts.get("I alt uden moms")).isEqualTo(Formats.money(inv.lineTotal(), Language.DA));
        assertThat(facts.get("Moms 25 %")).isEqualTo(Formats.money(inv.vat(), Language.DA));
        assertThat(factsBlock(doc, 0))
                .containsExactly(
                        new Fact("Navn", SELLER.name()),
                        new Fact("CVR", "41849983"),
                        new Fact("EAN", "5790002750595"),
                        new Fact("Adresse", "Hack Kampmanns Plads 2, 8000 Aarhus C"));
        assertThat(factsBlock(doc, 1))
                .containsExactly(
                        new Fact("Navn", "Ballerup Kommune"),
                        new Fact("CVR", "58271713"),
                        new Fact("EAN", "5798007705404"),
                        new Fact("Adresse", "Hold-An Vej 7, 2750 Ballerup"),
                        new Fact("Ordrenummer", "PO-2026-17"),
                        new Fact("Personreference", "Økonomi, Jens Hansen"));
        String text = text(doc);
        for (InvoiceLine line : inv.lines()) {
            assertThat(text).contains(line.lineNo() + ". " + line.description() + ": " + line.explanation());
        }
        assertThat(text)
                .contains(
                        "E-fakturaen (OIOUBL) for fakturaen er sendt til købers EAN 5798007705404 via NemHandel/Peppol.")
                .doesNotContain("null");
    }

    @Test
    void inEnglishTheLabelsDatesAndAmountsAreEnglish() {
        Document doc = InvoiceDocument.of(invoice(), SELLER, Language.EN);
        assertThat(doc.title()).isEqualTo("Invoice no. 17");
        assertThat(facts(doc))
                .containsEntry("Total excluding VAT", "DKK 46,842.83")
                .containsEntry("VAT 25%", "DKK 11,710.71")
                .containsEntry("Total to pay", "DKK 58,553.54")
                .containsEntry("Due date", "14 February 2026")
                .containsEntry("Bank account", "Reg. no. 1234, account no. 0001234567");
        assertThat(only(doc, Block.Table.class).rows().get(0))
                .containsExactly("1", "Kontingent 2026", "1", "DKK 25,625.00", "DKK 25,625.00");
        assertThat(text(doc)).contains("through NemHandel/Peppol").doesNotContain("null");
    }

    @Test
    void aCreditNoteNamesTheInvoiceItCreditsAndHasNoDueDate() {
        Invoice note = Invoices.creditNote(invoice(), 18, 18, LocalDate.of(2026, 3, 1), "Forkert størrelse");
        Document doc = InvoiceDocument.of(note, SELLER, Language.DA);
        assertThat(doc.title()).isEqualTo("Kreditnota nr. 18");
        Map<String, String> facts = facts(doc);
        assertThat(facts)
                .containsEntry("Krediterer faktura nr.", "17")
                .containsEntry("Årsag", "Forkert størrelse")
                .containsEntry("I alt krediteret", "-58.553,54 kr.")
                .doesNotContainKeys("Forfaldsdato", "Betales senest");
        assertThat(only(doc, Block.Table.class).rows().get(0)).element(4).isEqualTo("-25.625,00 kr.");
        assertThat(text(doc)).contains("Kreditnotaen modregnes i faktura nr. 17");
    }

    @Test
    void missingReferencesAndNoBankAccountShowNoEmptyFactsAndNeverNull() {
        Invoice inv = invoice();
        Buyer bare = new Buyer("Nordlys Software ApS", "12345674", null, null, null, null, null, null);
        Invoice partner = new Invoice(
                inv.id(),
                inv.number(),
                inv.kind(),
                inv.organisationId(),
                inv.year(),
                inv.issueDate(),
                inv.dueDate(),
                bare,
                inv.lines(),
                inv.lineTotal(),
                inv.vatRate(),
                inv.vat(),
                inv.total(),
                null,
                null,
                null,
                null);
        Seller noBank = new Seller("OS2", "41849983", "5790002750595", "Gade", "1", "8000", "Aarhus C", "", "");
        for (Language language : Language.values()) {
            Document doc = InvoiceDocument.of(partner, noBank, language);
            assertThat(text(doc)).doesNotContain("null");
            assertThat(allFacts(doc)).allSatisfy(f -> assertThat(f.value()).isNotBlank());
        }
        Document da = InvoiceDocument.of(partner, noBank, Language.DA);
        assertThat(factsBlock(da, 1))
                .containsExactly(new Fact("Navn", "Nordlys Software ApS"), new Fact("CVR", "12345674"));
        assertThat(facts(da)).doesNotContainKeys("Bankkonto");
        assertThat(text(da))
                .contains("Køber har ikke et EAN-nummer, så fakturaen er ikke sendt som e-faktura.")
                .contains("Kontakt OS2's sekretariat for oplysninger om betaling.");
    }

    static <T extends Block> T only(Document doc, Class<T> type) {
        List<T> found =
                doc.blocks().stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** @return the n-th block of facts: 0 the seller, 1 the buyer, 2 the document */
    static List<Fact> factsBlock(Document doc, int n) {
        return doc.blocks().stream()
                .filter(Block.Facts.class::isInstance)
                .map(Block.Facts.class::cast)
                .toList()
                .get(n)
                .facts();
    }

    static List<Fact> allFacts(Document doc) {
        List<Fact> all = new ArrayList<>();
        doc.blocks().stream()
                .filter(Block.Facts.class::isInstance)
                .map(Block.Facts.class::cast)
                .forEach(f -> all.addAll(f.facts()));
        return all;
    }

    /** The facts by label; a label that occurs in several blocks (name, CVR) keeps its first value. */
    static Map<String, String> facts(Document doc) {
        return allFacts(doc).stream().collect(Collectors.toMap(Fact::label, Fact::value, (a, b) -> a));
    }

    static String text(Document doc) {
        StringBuilder out = new StringBuilder(doc.title()).append('\n');
        for (Block b : doc.blocks()) {
            if (b instanceof Block.Heading h) {
                out.append(h.text()).append('\n');
            } else if (b instanceof Block.Paragraph p) {
                out.append(p.text()).append('\n');
            } else if (b instanceof Block.Facts f) {
                f.facts()
                        .forEach(x -> out.append(x.label())
                                .append(": ")
                                .append(x.value())
                                .append('\n'));
            } else if (b instanceof Block.Table t) {
                out.append(t.caption())
                        .append('\n')
                        .append(String.join(" | ", t.header()))
                        .append('\n');
                t.rows().forEach(r -> out.append(String.join(" | ", r)).append('\n'));
            }
        }
        return out.toString();
    }
}
