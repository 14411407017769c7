package eu.os2.platform.core.internal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.os2.platform.api.document.Block;
import eu.os2.platform.api.document.Document;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.time.PlatformClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfWriterTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:15:30Z");
    private final PdfWriterImpl writer = new PdfWriterImpl(() -> Clock.fixed(NOW, PlatformClock.ZONE));

    private static Document invoice(Language language, List<Block> blocks) {
        return new Document(
                "Faktura 2026-0001 – Ærø Kommune", language, "OS2 – Offentligt digitaliseringsfællesskab", blocks);
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf);
    }

    @Test
    void writesTheTextInReadingOrderWithDanishLetters() throws IOException {
        byte[] bytes = writer.write(invoice(
                Language.DA,
                List.of(
                        new Block.Heading(2, "Køber"),
                        new Block.Facts(List.of(
                                new Block.Fact("EAN", "5798000416604"),
                                new Block.Fact("Forfaldsdato", "1. februar 2027"))),
                        new Block.Paragraph("Æbler, øl og ål på Ærø; \"citat\" & <tegn> — ÆØÅ æøå é ü.\nNy linje."),
                        new Block.Table(
                                "Linjer",
                                List.of("Produkt", "Beløb"),
                                List.of(List.of("OS2mo", "12.345,67"), List.of("OS2rollekatalog", "1.000,00")),
                                Set.of(1)))));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = text(pdf);
            int title = text.indexOf("Faktura 2026-0001 – Ærø Kommune");
            int buyer = text.indexOf("Køber");
            int ean = text.indexOf("5798000416604");
            int apples = text.indexOf("Æbler, øl og ål på Ærø; \"citat\" & <tegn> — ÆØÅ æøå é ü.");
            int newLine = text.indexOf("Ny linje.");
            int header = text.indexOf("Produkt");
            int amount = text.indexOf("12.345,67");
            assertTrue(
                    title >= 0
                            && title < buyer
                            && buyer < ean
                            && ean < apples
                            && apples < newLine
                            && newLine < header
                            && header < amount,
                    text);
            assertTrue(text.contains("Side 1 af 1"), text);
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals(PDRectangle.A4.getWidth(), pdf.getPage(0).getMediaBox().getWidth(), 0.01);
        }
    }

    @Test
    void embedsTheFontAndSetsLanguageTitleAndPdfUaIdentification() throws IOException {
        byte[] bytes = writer.write(invoice(Language.EN, List.of(new Block.Paragraph("Hello"))));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDPage page = pdf.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().contains("LiberationSans"), font.getName());
            }
            assertTrue(page.getResources().getFontNames().iterator().hasNext());
            assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
            assertEquals(
                    "Faktura 2026-0001 – Ærø Kommune",
                    pdf.getDocumentInformation().getTitle());
            assertEquals(
                    "OS2 – Offentligt digitaliseringsfællesskab",
                    pdf.getDocumentInformation().getAuthor());
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked());
            assertTrue(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
            assertTrue(xmp.contains("Faktura 2026-0001 – Ærø Kommune"), xmp);
            assertTrue(text(pdf).contains("Page 1 of 1"));
        }
    }

    @Test
    void tagsHeadingsParagraphsAndTablesInAStructureTree() throws IOException {
        byte[] bytes = writer.write(invoice(
                Language.DA,
                List.of(
                        new Block.Heading(2, "Linjer"),
                        new Block.Heading(3, "Detaljer"),
                        new Block.Paragraph("Tekst"),
                        new Block.Facts(List.of(new Block.Fact("Fakturanummer", "2026-0001"))),
                        new Block.Table(null, List.of("A", "B"), List.of(List.of("1", "2")), Set.of()))));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<String> types = new ArrayList<>();
            walk(pdf.getDocumentCatalog().getStructureTreeRoot(), types);
            assertEquals(
                    List.of(
                            "Document",
                            "H1",
                            "H2",
                            "H3",
                            "P",
                            "Table",
                            "TR",
                            "TH",
                            "TD",
                            "Table",
                            "TR",
                            "TH",
                            "TH",
                            "TR",
                            "TD",
                            "TD"),
                    types);
            assertEquals(0, pdf.getPage(0).getStructParents());
            assertTrue(pdf.getDocumentCatalog().getStructureTreeRoot().getParentTree() != null);
        }
    }

    private static void walk(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                walk(element, types);
            }
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPage() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 90; i++) {
            rows.add(List.of("Kommune nummer " + i, String.format("%d.000,00", i)));
        }
        byte[] bytes = writer.write(invoice(
                Language.DA, List.of(new Block.Table("Fakturaer", List.of("Køber", "Beløb i kr."), rows, Set.of(1)))));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            assertEquals(3, pages, "90 rows fill three pages");
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(pdf);
                assertTrue(page.contains("Køber") && page.contains("Beløb i kr."), "page " + p + ": " + page);
                assertTrue(page.contains("Side " + p + " af 3"), page);
            }
            String all = text(pdf);
            assertTrue(all.indexOf("Kommune nummer 1\n") < all.indexOf("Kommune nummer 90"));
            // the repeated headers are artifacts: the structure has one header row
            List<String> types = new ArrayList<>();
            walk(pdf.getDocumentCatalog().getStructureTreeRoot(), types);
            assertEquals(2, types.stream().filter("TH"::equals).count());
            assertEquals(91, types.stream().filter("TR"::equals).count());
        }
    }

    @Test
    void numericColumnsAreAlignedRight() throws IOException {
        byte[] bytes = writer.write(invoice(
                Language.DA,
                List.of(new Block.Table(
                        null,
                        List.of("Tekst", "Beløb"),
                        List.of(List.of("a", "1,00"), List.of("b", "1.000.000,00")),
                        Set.of(1)))));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<float[]> ends = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions)
                        throws IOException {
                    if (text.equals("1,00") || text.equals("1.000.000,00")) {
                        org.apache.pdfbox.text.TextPosition last = positions.get(positions.size() - 1);
                        ends.add(new float[] {positions.get(0).getX(), last.getX() + last.getWidth()});
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(pdf);
            assertEquals(2, ends.size());
            assertEquals(ends.get(0)[1], ends.get(1)[1], 0.5, "right edges line up");
            assertTrue(ends.get(0)[0] > ends.get(1)[0], "the short amount starts further right");
        }
    }

    @Test
    void longParagraphsWrapAndFlowOntoTheNextPage() throws IOException {
        String sentence = "Generalforsamlingen træffer beslutning om OS2's strategi og budget. ";
        byte[] bytes = writer.write(invoice(Language.DA, List.of(new Block.Paragraph(sentence.repeat(120)))));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(pdf.getNumberOfPages() >= 2);
            List<String> types = new ArrayList<>();
            walk(pdf.getDocumentCatalog().getStructureTreeRoot(), types);
            assertEquals(List.of("Document", "H1", "P"), types, "one paragraph over two pages");
            assertEquals(120, text(pdf).split("budget\\.", -1).length - 1);
        }
    }

    @Test
    void ligaturesReadBackAsTheirLetters() throws IOException {
        byte[] bytes =
                writer.write(invoice(Language.DA, List.of(new Block.Paragraph("Filen, fløden, office, afflux"))));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(text(pdf).contains("Filen, fløden, office, afflux"), text(pdf));
        }
    }

    @Test
    void showsACharacterTheFontCannotShowAsAQuestionMarkInsteadOfFailing() throws IOException {
        byte[] bytes = writer.write(invoice(
                Language.DA,
                List.of(
                        new Block.Paragraph("Kinesisk: 中文"),
                        new Block.Table(null, List.of("A"), List.of(List.of("Smil 🙂 og\u0007nul")), Set.of()))));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = text(pdf);
            assertTrue(text.contains("Kinesisk: ??"), text);
            assertTrue(text.contains("Smil ? og?nul"), text);
        }
    }

    @Test
    void anEmptyDocumentHasItsTitle() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(writer.write(invoice(Language.DA, List.of())))) {
            assertFalse(text(pdf).contains("null"));
            assertTrue(text(pdf).contains("Faktura 2026-0001"));
        }
    }

    /** An invoice of 30 product lines, as the payment model writes one per member and year. */
    private static Document invoiceOf(int member) {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            lines.add(
                    List.of("OS2produkt " + i + " – abonnement 2027, størrelsestrin " + (i % 5 + 1), "1", "12.345,67"));
        }
        return invoice(
                Language.DA,
                List.of(
                        new Block.Facts(List.of(
                                new Block.Fact("Køber", "Kommune " + member),
                                new Block.Fact("EAN", "5798000416604"),
                                new Block.Fact("Forfaldsdato", "1. februar 2027"))),
                        new Block.Table("Linjer", List.of("Tekst", "Antal", "Beløb i kr."), lines, Set.of(1, 2)),
                        new Block.Facts(List.of(
                                new Block.Fact("I alt uden moms", "370.370,10"),
                                new Block.Fact("Moms 25 %", "92.592,53"),
                                new Block.Fact("I alt", "462.962,63")))));
    }

    @Test
    void aYearsInvoicesForEveryMemberAreWrittenInSeconds() throws IOException {
        for (int i = 0; i < 5; i++) {
            writer.write(invoiceOf(i)); // warm up
        }
        long start = System.nanoTime();
        byte[] one = writer.write(invoiceOf(1));
        long single = System.nanoTime() - start;
        start = System.nanoTime();
        for (int member = 1; member <= 98; member++) {
            writer.write(invoiceOf(member));
        }
        long year = System.nanoTime() - start;
        System.out.printf(
                "PDF: one invoice (30 lines, %d bytes) %.1f ms; 98 invoices %.0f ms%n",
                one.length, single / 1e6, year / 1e6);
        try (PDDocument pdf = Loader.loadPDF(one)) {
            assertTrue(text(pdf).contains("462.962,63"));
        }
        assertTrue(year < 60_000_000_000L, "98 invoices in under a minute");
    }
}
