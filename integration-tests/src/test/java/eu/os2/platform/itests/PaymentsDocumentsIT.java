package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Invoices people can read, in the running distribution with demo data: the PDF of an issued demo
 * invoice, parsed with PDFBox, says what the REST API says the invoice is (its number, buyer, EAN,
 * lines, totals and due date, amounts written the Danish way), in Danish and in English; a credit
 * note names the invoice it credits; and the PDF is refused as the invoice is — someone else's
 * invoice answers 404, a viewer 403, nobody signed in 401.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentsDocumentsIT {

    private static final String API = "/api/v1";
    private static final int YEAR =
            LocalDate.now(ZoneId.of("Europe/Copenhagen")).getYear();
    private static final Locale DA = Locale.forLanguageTag("da-DK");
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunningDistribution platform;
    private HttpSession secretariat;
    private HttpSession member;
    private long ownOrganisation;

    @BeforeAll
    void startWithDemoInvoices() throws Exception {
        platform = RunningDistribution.start();
        secretariat = new HttpSession(platform.base);
        assertThat(secretariat
                        .loginWhenReady("demo-secretariat", Distribution.DEMO_PASSWORD)
                        .statusCode())
                .isEqualTo(200);
        for (int i = 0; i < 240; i++) {
            HttpResponse<String> invoices = secretariat.get(API + "/payments/invoices?year=" + YEAR);
            if (invoices.statusCode() == 200 && invoices.body().startsWith("[{")) {
                break;
            }
            Thread.sleep(500);
        }
        member = new HttpSession(platform.base);
        String me =
                member.loginWhenReady("demo-member", Distribution.DEMO_PASSWORD).body();
        ownOrganisation = JSON.readTree(me).path("organisationId").asLong();
        assertThat(ownOrganisation).as(me).isPositive();
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void anIssuedInvoicesPdfSaysWhatTheInvoiceSays() throws Exception {
        JsonNode invoice = ownInvoice();
        long id = invoice.path("id").asLong();
        HttpResponse<byte[]> pdf = bytes(member, API + "/payments/invoices/" + id + ".pdf?lang=da");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse(""))
                .contains("os2-faktura-" + invoice.path("number").asLong() + ".pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getDocumentCatalog().getLanguage()).startsWith("da");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Faktura nr. " + invoice.path("number").asLong());
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked())
                    .as("tagged")
                    .isTrue();
            String text = text(document);
            assertThat(text)
                    .contains("Faktura nr. " + invoice.path("number").asLong())
                    .contains(invoice.path("buyer").path("name").asText())
                    .contains(invoice.path("buyer").path("cvr").asText())
                    .contains("EAN " + invoice.path("buyer").path("ean").asText())
                    .contains(danishDate(invoice.path("dueDate").asText()))
                    .contains(danishDate(invoice.path("issueDate").asText()))
                    .contains("NemHandel/Peppol")
                    .doesNotContain("null");
            for (JsonNode line : invoice.path("lines")) {
                assertThat(text)
                        .as("line %s", line)
                        .contains(normalised(line.path("description").asText()))
                        .contains(kroner(line.path("amount").asText()));
            }
            assertThat(text)
                    .contains("I alt uden moms "
                            + kroner(invoice.path("lineTotal").asText()))
                    .contains(kroner(invoice.path("vat").asText()))
                    .contains("I alt at betale " + kroner(invoice.path("total").asText()));
            if (invoice.path("buyer").hasNonNull("orderReference")) {
                assertThat(text)
                        .contains(normalised(
                                invoice.path("buyer").path("orderReference").asText()));
            }
        }
        HttpResponse<byte[]> english = bytes(member, API + "/payments/invoices/" + id + ".pdf?lang=en");
        assertThat(english.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(english.body())) {
            assertThat(document.getDocumentCatalog().getLanguage()).startsWith("en");
            String text = text(document);
            BigDecimal total = new BigDecimal(invoice.path("total").asText());
            assertThat(text)
                    .contains("Invoice no. " + invoice.path("number").asLong())
                    .contains("Total to pay DKK "
                            + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(total));
        }
    }

    @Test
    void aCreditNotesPdfNamesTheInvoiceItCredits() throws Exception {
        JsonNode invoices = JSON.readTree(
                secretariat.get(API + "/payments/invoices?year=" + YEAR).body());
        JsonNode toCredit = null;
        for (JsonNode i : invoices) {
            if ("INVOICE".equals(i.path("kind").asText())
                    && !i.hasNonNull("creditNoteId")
                    && i.path("organisationId").asLong() != ownOrganisation) {
                toCredit = i;
                break;
            }
        }
        assertThat(toCredit).as("an invoice to credit").isNotNull();
        HttpResponse<String> credited = secretariat.send(
                "POST",
                API + "/payments/invoices/" + toCredit.path("id").asLong() + "/credit-note",
                "{\"reason\":\"Forkert størrelse (test)\",\"reissue\":false}",
                "X-CSRF-Token",
                secretariat.csrfToken());
        assertThat(credited.statusCode()).as(credited.body()).isEqualTo(201);
        JsonNode note = JSON.readTree(credited.body());
        HttpResponse<byte[]> pdf =
                bytes(secretariat, API + "/payments/invoices/" + note.path("id").asLong() + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = text(document);
            assertThat(text)
                    .contains("Kreditnota nr. " + note.path("number").asLong())
                    .contains(
                            "Krediterer faktura nr. " + toCredit.path("number").asLong())
                    .contains("Forkert størrelse (test)")
                    .contains("I alt krediteret " + kroner(note.path("total").asText()));
        }
    }

    @Test
    void thePdfIsRefusedAsTheInvoiceIs() throws Exception {
        long own = ownInvoice().path("id").asLong();
        long other = -1;
        for (JsonNode i : JSON.readTree(
                secretariat.get(API + "/payments/invoices?year=" + YEAR).body())) {
            if (i.path("organisationId").asLong() != ownOrganisation) {
                other = i.path("id").asLong();
                break;
            }
        }
        assertThat(other).isPositive();
        // someone else's invoice answers as if it did not exist, as its XML does
        assertThat(bytes(member, API + "/payments/invoices/" + other + ".pdf").statusCode())
                .isEqualTo(404);
        assertThat(member.get(API + "/payments/invoices/" + other + "/xml").statusCode())
                .isEqualTo(404);
        assertThat(bytes(member, API + "/payments/invoices/999999.pdf").statusCode())
                .isEqualTo(404);
        HttpSession viewer = new HttpSession(platform.base);
        viewer.loginWhenReady("demo-viewer", Distribution.DEMO_PASSWORD);
        assertThat(bytes(viewer, API + "/payments/invoices/" + own + ".pdf").statusCode())
                .isEqualTo(403);
        assertThat(bytes(new HttpSession(platform.base), API + "/payments/invoices/" + own + ".pdf")
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> badLanguage = member.get(API + "/payments/invoices/" + own + ".pdf?lang=xx");
        assertThat(badLanguage.statusCode()).isEqualTo(400);
        assertThat(badLanguage.body()).contains("\"lang\"");
        // the secretariat reads every organisation's
        assertThat(bytes(secretariat, API + "/payments/invoices/" + own + ".pdf")
                        .statusCode())
                .isEqualTo(200);
    }

    private JsonNode ownInvoice() throws Exception {
        HttpResponse<String> answer = member.get(API + "/payments/organisations/" + ownOrganisation + "/invoices");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        for (JsonNode i : JSON.readTree(answer.body())) {
            if ("INVOICE".equals(i.path("kind").asText()) && i.path("lines").size() > 0) {
                return i;
            }
        }
        throw new AssertionError("the demo member has no invoice: " + answer.body());
    }

    private HttpResponse<byte[]> bytes(HttpSession session, String path) throws Exception {
        return session.client()
                .send(
                        HttpRequest.newBuilder(URI.create(platform.base + path))
                                .timeout(Duration.ofSeconds(30))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The PDF's text with every run of white space (line and cell breaks) as one space. */
    private static String text(PDDocument document) throws Exception {
        return normalised(new PDFTextStripper().getText(document));
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** @return e.g. {@code 25.625,00 kr.} for {@code "25625.00"}, as a Danish invoice writes it */
    private static String kroner(String amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(DA)).format(new BigDecimal(amount))
                + " kr.";
    }

    private static String danishDate(String iso) {
        return LocalDate.parse(iso).format(DateTimeFormatter.ofPattern("d. MMMM yyyy", DA));
    }
}
