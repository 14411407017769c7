package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The assemblies' documents in the running distribution with demo data (documents at most 64 KiB
 * here): the secretariat uploads a PDF to an agenda item, a member representative lists and downloads
 * it as it was, a supplier partner is refused; a file of another type and a file past the limit are
 * refused at the file field and nothing is stored; the material is published; the minutes PDF of the
 * demo's 2025 assembly parses and holds its decisions, in Danish and in English.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VotingDocumentsIT {

    private static final String API = "/api/v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);

    private RunningDistribution platform;
    private HttpSession secretariat;
    private HttpSession member;
    private HttpSession partner;
    private long held;
    private long upcoming;
    private long item;

    @BeforeAll
    void startWithDemoAssemblies() throws Exception {
        platform = RunningDistribution.start(
                RunningDistribution.copyOfDistribution(Path.of("target/voting-documents")),
                Map.of("eu.os2.platform.voting.cfg", Map.of("documents.maxKilobytes", "64")));
        secretariat = login("demo-secretariat");
        for (int i = 0; i < 240 && (held == 0 || upcoming == 0); i++) {
            HttpResponse<String> r = secretariat.get(API + "/voting/assemblies");
            if (r.statusCode() == 200) {
                for (JsonNode a : JSON.readTree(r.body())) {
                    String title = a.path("title").asText();
                    if (title.equals("Ordinær generalforsamling 2025") && a.hasNonNull("minutesPublishedOn")) {
                        held = a.path("id").asLong();
                    } else if (title.startsWith("Ordinær generalforsamling ") && !title.endsWith("2025")) {
                        upcoming = a.path("id").asLong();
                    }
                }
            }
            if (held == 0 || upcoming == 0) {
                Thread.sleep(500);
            }
        }
        assertThat(held).as("the demo's held assembly").isPositive();
        assertThat(upcoming).as("the demo's next assembly").isPositive();
        HttpResponse<String> detail = secretariat.get(API + "/voting/assemblies/" + upcoming);
        assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
        JsonNode agenda = JSON.readTree(detail.body()).path("agenda");
        assertThat(agenda.size()).as(detail.body()).isPositive();
        item = agenda.get(0).path("id").asLong();
        member = login("demo-member");
        partner = login("demo-partner");
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    private HttpSession login(String user) throws Exception {
        HttpSession s = new HttpSession(platform.base);
        assertThat(s.loginWhenReady(user, Distribution.DEMO_PASSWORD).statusCode())
                .isEqualTo(200);
        return s;
    }

    private HttpResponse<String> upload(String name, String type, byte[] body) throws Exception {
        return secretariat
                .client()
                .send(
                        HttpRequest.newBuilder(URI.create(platform.base + API + "/voting/assemblies/" + upcoming
                                        + "/agenda/" + item + "/documents?filename="
                                        + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .header("Content-Type", type)
                                .header("Accept", "application/json")
                                .header("X-CSRF-Token", secretariat.csrfToken())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
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

    private int documentCount() throws Exception {
        HttpResponse<String> list = secretariat.get(API + "/voting/assemblies/" + upcoming + "/documents");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return JSON.readTree(list.body()).path("documents").size();
    }

    @Test
    void anUploadedDocumentIsReadByAMemberAsItWasAndRefusedToAPartner() throws Exception {
        HttpResponse<String> created = upload("Årsregnskab 2026.pdf", "application/pdf", PDF);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode doc = JSON.readTree(created.body());
        assertThat(doc.path("fileName").asText()).isEqualTo("Årsregnskab 2026.pdf");
        assertThat(doc.path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(doc.path("size").asLong()).isEqualTo(PDF.length);
        long id = doc.path("id").asLong();

        HttpResponse<String> list = member.get(API + "/voting/assemblies/" + upcoming + "/documents");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Årsregnskab 2026.pdf").contains("\"maxBytes\":65536");
        String path = API + "/voting/assemblies/" + upcoming + "/documents/" + id;
        HttpResponse<byte[]> download = bytes(member, path);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        d -> assertThat(d).startsWith("attachment; filename=").contains("UTF-8''%C3%85rsregnskab"));

        assertThat(partner.get(API + "/voting/assemblies/" + upcoming + "/documents")
                        .statusCode())
                .isEqualTo(403);
        assertThat(bytes(partner, path).statusCode()).isEqualTo(403);
        assertThat(bytes(member, API + "/voting/assemblies/" + held + "/documents/" + id)
                        .statusCode())
                .as("a document is read through its own assembly only")
                .isEqualTo(404);

        HttpResponse<String> material = secretariat.send(
                "POST",
                API + "/voting/assemblies/" + upcoming + "/material",
                "",
                "X-CSRF-Token",
                secretariat.csrfToken());
        assertThat(material.statusCode()).as(material.body()).isEqualTo(200);
        assertThat(JSON.readTree(material.body()).path("documents").asInt()).isPositive();
        assertThat(member.send(
                                "POST",
                                API + "/voting/assemblies/" + upcoming + "/material",
                                "",
                                "X-CSRF-Token",
                                member.csrfToken())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aRefusedTypeAndATooLargeFileAreRefusedAtTheFileFieldAndNothingIsStored() throws Exception {
        int before = documentCount();
        HttpResponse<String> exe = upload("program.pdf", "application/pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3});
        assertThat(exe.statusCode()).as(exe.body()).isEqualTo(422);
        assertThat(exe.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(exe.body()).path("errors").path("file").asText())
                .isEqualTo("type");

        byte[] big = new byte[64 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        HttpResponse<String> tooLarge = upload("stor.pdf", "application/pdf", big);
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(422);
        assertThat(JSON.readTree(tooLarge.body()).path("errors").path("file").asText())
                .isEqualTo("too-large");

        assertThat(documentCount()).isEqualTo(before);
    }

    @Test
    void theHeldAssemblysMinutesPdfHoldsItsDecisions() throws Exception {
        HttpResponse<byte[]> pdf = bytes(member, API + "/voting/assemblies/" + held + "/minutes.pdf?lang=da");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"referat-2025-04-24.pdf\"");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains("Referat af Ordinær generalforsamling 2025")
                .contains("Godkendelse af regnskab 2024")
                .contains("Vedtaget")
                .contains("Valg af 3 bestyrelsesmedlemmer")
                .doesNotContain("null");
        JsonNode decisions = JSON.readTree(member.get(API + "/voting/decisions").body());
        for (JsonNode d : decisions) {
            if (d.path("assemblyId").asLong() == held) {
                assertThat(text).contains(d.path("title").asText().replaceAll("\\s+", " "));
            }
        }
        HttpResponse<byte[]> english = bytes(member, API + "/voting/assemblies/" + held + "/minutes.pdf?lang=en");
        try (PDDocument document = Loader.loadPDF(english.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Minutes of \u201cOrdinær generalforsamling 2025\u201d")
                    .contains("Adopted");
        }
        HttpResponse<String> view = member.get(API + "/voting/assemblies/" + held + "/minutes/document");
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body()).contains("\"type\":\"table\"");
        assertThat(texts(JSON.readTree(view.body()), new StringBuilder()).toString())
                .contains("Godkendelse af regnskab 2024")
                .doesNotContain("null");
        assertThat(member.get(API + "/voting/assemblies/" + held + "/minutes").statusCode())
                .as("the minutes' own address answers beside the documents'")
                .isEqualTo(200);
    }

    /** @return every text value in the JSON, one per line (a JSON null is no text) */
    private static StringBuilder texts(JsonNode node, StringBuilder out) {
        if (node.isTextual()) {
            out.append(node.asText()).append('\n');
        }
        node.elements().forEachRemaining(child -> texts(child, out));
        return out;
    }
}
