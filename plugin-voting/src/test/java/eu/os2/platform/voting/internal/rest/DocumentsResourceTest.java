package eu.os2.platform.voting.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.os2.platform.api.document.Block;
import eu.os2.platform.api.document.Document;
import eu.os2.platform.api.document.PdfWriter;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.api.voting.VotingService;
import eu.os2.platform.voting.internal.documents.AgendaDocuments;
import eu.os2.platform.voting.internal.documents.MinutesDocument;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

/** The documents' REST answers: the minutes PDF's headers, the upload's limit, names and who may do what. */
class DocumentsResourceTest {

    /** A PDF writer that records the documents it is given. */
    static final class RecordingPdfWriter implements PdfWriter {
        final List<Document> written = new ArrayList<>();

        @Override
        public byte[] write(Document document) {
            written.add(document);
            return ("%PDF-fake " + document.title()).getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void theMinutesPdfIsTheMinutesDocumentAsAnAttachmentNamedByTheDay() {
        VotingService voting = mock(VotingService.class);
        when(voting.assembly(1)).thenReturn(Optional.of(VotingJsonContractTest.ASSEMBLY));
        MinutesDocument minutes = mock(MinutesDocument.class);
        Document en =
                new Document("Minutes of GF 2026", Language.EN, "OS2", List.of(new Block.Paragraph("Adopted: 2 for")));
        when(minutes.document(1, Language.EN)).thenReturn(en);
        RecordingPdfWriter pdf = new RecordingPdfWriter();
        DocumentsResource resource = new DocumentsResource(voting, mock(AgendaDocuments.class), minutes, pdf);

        byte[] bytes = resource.minutesPdfBytes(1, Language.EN);

        assertThat(pdf.written).containsExactly(en);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("%PDF-fake Minutes of GF 2026");
        assertThat(DocumentsResource.minutesFileName(VotingJsonContractTest.ASSEMBLY))
                .isEqualTo("referat-2026-04-23.pdf");
        assertThatThrownBy(() -> resource.minutesPdfBytes(2, Language.DA))
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void theLanguageIsAskedForOrTakenFromTheBrowser() {
        assertThat(DocumentsResource.language(null, null)).isEqualTo(Language.DA);
        assertThat(DocumentsResource.language(null, "en-GB,en;q=0.9")).isEqualTo(Language.EN);
        assertThat(DocumentsResource.language("da", "en")).isEqualTo(Language.DA);
        assertThatThrownBy(() -> DocumentsResource.language("xx", null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("lang", "invalid")));
    }

    @Test
    void aBodyPastTheLimitIsRefusedAtTheFileField() {
        assertThat(DocumentsResource.read(new ByteArrayInputStream(new byte[10]), 10))
                .hasSize(10);
        assertThatThrownBy(() -> DocumentsResource.read(new ByteArrayInputStream(new byte[11]), 10))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("file", "too-large")));
    }

    @Test
    void aDownloadNamesTheFileSafely() {
        assertThat(DocumentsResource.contentDisposition("Årsregnskab \"2025\".pdf"))
                .isEqualTo(
                        "attachment; filename=\"_rsregnskab _2025_.pdf\"; filename*=UTF-8''%C3%85rsregnskab%20%222025%22.pdf");
    }

    @Test
    void theSecretariatChangesDocumentsAndASupplierPartnerReadsNone() throws Exception {
        for (Method m : DocumentsResource.class.getDeclaredMethods()) {
            if (m.isSynthetic() || !java.lang.reflect.Modifier.isPublic(m.getModifiers())) {
                continue;
            }
            RolesAllowed roles = m.getAnnotation(RolesAllowed.class);
            assertThat(roles).as(m.getName()).isNotNull();
            List<String> allowed = Arrays.asList(roles.value());
            switch (m.getName()) {
                case "upload", "delete", "publishMaterial" ->
                    assertThat(allowed).containsExactly(Access.SECRETARIAT);
                case "documents", "download" ->
                    assertThat(allowed)
                            .contains(Access.BOARD, Access.MEMBER_REPRESENTATIVE, Access.SECRETARIAT)
                            .doesNotContain(Access.PARTNER, Access.SIGNED_IN);
                default -> assertThat(allowed).as("whoever reads the minutes").containsExactly(Access.SIGNED_IN);
            }
        }
    }
}
