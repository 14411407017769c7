package eu.os2.platform.voting.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.document.Block;
import eu.os2.platform.api.document.Document;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.voting.internal.documents.DocumentInfo;
import eu.os2.platform.voting.internal.documents.FileTypes;
import eu.os2.platform.voting.internal.documents.MaterialState;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pins the JSON of the documents' answers: the field names the console and the integration tests read. */
class DocumentsJsonContractTest {

    static final Instant AT = Instant.parse("2026-04-01T10:00:00Z");

    @Test
    void documentsAndMaterial() throws Exception {
        DocumentInfo d = new DocumentInfo(7, 1, 3, "Regnskab.pdf", FileTypes.PDF, 1234, "ab12", "sekretariat", AT);
        DocumentsDto answer = new DocumentsDto(
                List.of(DocumentDto.of(d)),
                MaterialDto.of(new MaterialState(1, AT, "sekretariat", 1)),
                4096,
                FileTypes.ACCEPTED);
        assertThat(VotingJsonContractTest.MAPPER.writeValueAsString(answer))
                .isEqualTo(
                        "{\"documents\":[{\"id\":7,\"itemId\":3,\"fileName\":\"Regnskab.pdf\",\"mediaType\":\"application/pdf\","
                                + "\"size\":1234,\"sha256\":\"ab12\",\"uploadedBy\":\"sekretariat\",\"uploadedAt\":\"2026-04-01T10:00:00Z\"}],"
                                + "\"material\":{\"publishedAt\":\"2026-04-01T10:00:00Z\",\"publishedBy\":\"sekretariat\",\"documents\":1},"
                                + "\"maxBytes\":4096,\"acceptedTypes\":"
                                + VotingJsonContractTest.MAPPER.writeValueAsString(FileTypes.ACCEPTED)
                                + "}");
    }

    @Test
    void theMinutesViewIsTheDocumentBlockByBlock() throws Exception {
        Document doc = new Document(
                "Referat af GF",
                Language.DA,
                "OS2",
                List.of(
                        new Block.Heading(2, "Dagsorden"),
                        new Block.Paragraph("Tekst"),
                        new Block.Facts(List.of(new Block.Fact("Dato", "23. april 2026"))),
                        new Block.Table(
                                "Resultat", List.of("Valg", "Stemmer"), List.of(List.of("For", "2")), Set.of(1))));
        String json = VotingJsonContractTest.MAPPER.writeValueAsString(MinutesViewDto.of(doc));
        assertThat(json)
                .startsWith("{\"title\":\"Referat af GF\",\"language\":\"da\",\"blocks\":[")
                .contains("{\"type\":\"heading\",\"level\":2,\"text\":\"Dagsorden\"")
                .contains("{\"type\":\"paragraph\",\"level\":null,\"text\":\"Tekst\"")
                .contains("\"facts\":[{\"label\":\"Dato\",\"value\":\"23. april 2026\"}]")
                .contains(
                        "\"caption\":\"Resultat\",\"header\":[\"Valg\",\"Stemmer\"],\"rows\":[[\"For\",\"2\"]],\"numericColumns\":[1]");
    }
}
