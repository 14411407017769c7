package eu.os2.platform.voting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.audit.AuditEntry;
import eu.os2.platform.api.document.Block;
import eu.os2.platform.api.document.Document;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.message.Recipients;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.testing.RecordingOutbox;
import eu.os2.platform.voting.internal.documents.AgendaDocuments;
import eu.os2.platform.voting.internal.documents.AgendaDocumentsImpl;
import eu.os2.platform.voting.internal.documents.DocumentInfo;
import eu.os2.platform.voting.internal.documents.DocumentsConfig;
import eu.os2.platform.voting.internal.documents.FileTypes;
import eu.os2.platform.voting.internal.documents.MinutesDocument;
import eu.os2.platform.voting.internal.documents.MinutesDocumentImpl;
import eu.os2.platform.voting.internal.documents.StoredFile;
import eu.os2.platform.voting.internal.documents.VotingDocumentKinds;
import eu.os2.platform.voting.internal.model.Agenda;
import eu.os2.platform.voting.internal.model.AgendaItem;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.BallotKind;
import eu.os2.platform.voting.internal.store.VotingDatabase;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Agenda documents, the material's message and the minutes as a document, on a real database: the
 * documents store owns its rows, every change is audited in its own transaction and the message is
 * written in the same one.
 */
abstract class VotingDocumentsContract extends VotingContractBase {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    RecordingOutbox outbox;
    AgendaDocuments documents;
    MinutesDocument minutesDocument;
    AgendaItem accounts;

    static DocumentsConfig limit(int kilobytes) {
        return new DocumentsConfig() {
            @Override
            public int documents_maxKilobytes() {
                return kilobytes;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return DocumentsConfig.class;
            }
        };
    }

    @BeforeEach
    void documents() {
        outbox = RecordingOutbox.inTransactionsOf(db).accepting(new VotingDocumentKinds());
        VotingDatabase database = VotingDatabase.over(db);
        documents = new AgendaDocumentsImpl(database, service.electorate, audit, clock, outbox, limit(4));
        minutesDocument = new MinutesDocumentImpl(database, service.electorate, service.minutes);
        accounts = service.item(assembly.id(), Agenda.ItemKind.ACCOUNTS);
    }

    int storedRows() throws Exception {
        try (Connection con = db.getConnection();
                Statement st = con.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM voting_document")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    List<AuditEntry> audited(String action) {
        return audit.entries().stream().filter(e -> e.action().equals(action)).toList();
    }

    @Test
    void anUploadedDocumentIsStoredWithItsHashAuditedAndDownloadedAsItWas() throws Exception {
        DocumentInfo d = documents.upload(
                assembly.id(), accounts.id(), "Årsregnskab 2025.pdf", "application/pdf", PDF, SECRETARIAT);

        assertThat(d.fileName()).isEqualTo("Årsregnskab 2025.pdf");
        assertThat(d.mediaType()).isEqualTo(FileTypes.PDF);
        assertThat(d.size()).isEqualTo(PDF.length);
        assertThat(d.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(d.uploadedBy()).isEqualTo(SECRETARIAT.username());
        assertThat(d.uploadedAt()).isEqualTo(clock.now);
        assertThat(documents.documents(assembly.id())).containsExactly(d);
        StoredFile file = documents.file(assembly.id(), d.id()).orElseThrow();
        assertThat(file.content()).isEqualTo(PDF);
        assertThat(file.info()).isEqualTo(d);
        assertThat(documents.file(assembly.id() + 1, d.id()))
                .as("a document is read through its own assembly only")
                .isEmpty();
        assertThat(audited("voting.document.upload"))
                .singleElement()
                .satisfies(e -> assertThat(e.after()).contains(d.sha256()).contains("Årsregnskab 2025.pdf"));
    }

    @Test
    void aPathInTheNameIsDroppedAndAFolderOnlyNameIsRefused() {
        DocumentInfo d = documents.upload(
                assembly.id(),
                accounts.id(),
                "C:\\Users\\x\\budget.txt",
                "text/plain; charset=UTF-8",
                "Budget 2026\n".getBytes(StandardCharsets.UTF_8),
                SECRETARIAT);
        assertThat(d.fileName()).isEqualTo("budget.txt");
        assertThat(d.mediaType()).isEqualTo(FileTypes.TEXT);
        assertThatThrownBy(
                        () -> documents.upload(assembly.id(), accounts.id(), "x/", "application/pdf", PDF, SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("filename", "invalid"));
        assertThatThrownBy(
                        () -> documents.upload(assembly.id(), accounts.id(), " ", "application/pdf", PDF, SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("filename", "required"));
    }

    @Test
    void aRefusedTypeStoresNothingAndAuditsNothing() throws Exception {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        for (String stated : new String[] {"application/pdf", "application/octet-stream", "text/plain"}) {
            assertThatThrownBy(
                            () -> documents.upload(assembly.id(), accounts.id(), "virus.pdf", stated, exe, SECRETARIAT))
                    .as(stated)
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("file", "type"));
        }
        assertThatThrownBy(() ->
                        documents.upload(assembly.id(), accounts.id(), "billede.png", "image/png", PDF, SECRETARIAT))
                .as("a PDF that says it is a PNG")
                .isInstanceOf(ValidationException.class);
        assertThat(storedRows()).isZero();
        assertThat(audited("voting.document.upload")).isEmpty();
    }

    @Test
    void aDocumentLargerThanTheLimitStoresNothing() throws Exception {
        byte[] big = new byte[4 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThat(documents.maxBytes()).isEqualTo(4096);
        assertThatThrownBy(() ->
                        documents.upload(assembly.id(), accounts.id(), "stor.pdf", "application/pdf", big, SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", "too-large"));
        byte[] exactly = java.util.Arrays.copyOf(big, 4096);
        assertThat(documents
                        .upload(assembly.id(), accounts.id(), "netop.pdf", "application/pdf", exactly, SECRETARIAT)
                        .size())
                .isEqualTo(4096);
        assertThat(storedRows()).isOne();
        assertThatThrownBy(() -> documents.upload(
                        assembly.id(), accounts.id(), "tom.pdf", "application/pdf", new byte[0], SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", "required"));
    }

    @Test
    void aDocumentGoesOnAnItemOfItsOwnAssemblyOnly() {
        assertThatThrownBy(() -> documents.upload(
                        assembly.id() + 100, accounts.id(), "a.pdf", "application/pdf", PDF, SECRETARIAT))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> documents.upload(
                        assembly.id(), accounts.id() + 10_000, "a.pdf", "application/pdf", PDF, SECRETARIAT))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void deletingIsAuditedAndFailsForAnotherAssemblysDocument() throws Exception {
        DocumentInfo d = documents.upload(assembly.id(), accounts.id(), "a.pdf", "application/pdf", PDF, SECRETARIAT);
        assertThatThrownBy(() -> documents.delete(assembly.id() + 1, d.id(), SECRETARIAT))
                .isInstanceOf(NoSuchElementException.class);
        documents.delete(assembly.id(), d.id(), SECRETARIAT);
        assertThat(documents.documents(assembly.id())).isEmpty();
        assertThat(storedRows()).isZero();
        assertThat(audited("voting.document.delete"))
                .singleElement()
                .satisfies(e -> assertThat(e.before()).contains("a.pdf"));
        assertThatThrownBy(() -> documents.delete(assembly.id(), d.id(), SECRETARIAT))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void publishingTheMaterialWritesTheMessageToEveryMemberInTheSameTransaction() {
        documents.upload(assembly.id(), accounts.id(), "Årsregnskab 2025.pdf", "application/pdf", PDF, SECRETARIAT);
        var state = documents.publishMaterial(assembly.id(), SECRETARIAT);

        assertThat(state.documents()).isEqualTo(1);
        assertThat(state.publishedAt()).isEqualTo(clock.now);
        assertThat(documents.material(assembly.id())).contains(state);
        assertThat(audited("voting.material.publish")).hasSize(1);
        assertThat(outbox.written(VotingDocumentKinds.MATERIAL_PUBLISHED))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.message().recipients()).isEqualTo(Recipients.organisations(service.members()));
                    assertThat(w.message().recipients().organisationIds())
                            .hasSize(ORGANISATIONS)
                            .contains(UNPAID);
                    assertThat(w.da().subject()).isEqualTo("Materiale til Ordinær generalforsamling 2026");
                    assertThat(w.da().text())
                            .contains("23. april 2026")
                            .contains(accounts.position() + ". " + accounts.title())
                            .contains("Årsregnskab 2025.pdf (PDF, ")
                            .contains("#/voting/assembly/" + assembly.id())
                            .doesNotContain("null");
                    assertThat(w.en().subject()).isEqualTo("Material for Ordinær generalforsamling 2026");
                    assertThat(w.en().text()).contains("23 April 2026").contains("Årsregnskab 2025.pdf");
                });
    }

    @Test
    void whenTheMessageCannotBeWrittenNothingIsRecorded() {
        RecordingOutbox refusing = RecordingOutbox.inTransactionsOf(db).accepting(List::of);
        AgendaDocuments strict =
                new AgendaDocumentsImpl(VotingDatabase.over(db), service.electorate, audit, clock, refusing, limit(4));
        assertThatThrownBy(() -> strict.publishMaterial(assembly.id(), SECRETARIAT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(strict.material(assembly.id()))
                .as("the record of the publication rolls back with the message")
                .isEmpty();
    }

    @Test
    void theMinutesDocumentHoldsTheDecisionsAndResultsInBothLanguagesAndNeverNull() {
        Ballot b = service.createBallot(
                assembly.id(),
                new BallotChange(
                        accounts.id(),
                        BallotKind.YES_NO,
                        DecisionType.ORDINARY,
                        "Godkendelse af regnskab 2025",
                        false,
                        0,
                        List.of(),
                        null),
                SECRETARIAT);
        service.open(b.id(), SECRETARIAT);
        checkIn(1, 5);
        service.cast(b.id(), 1, List.of("YES"), null, rep(1));
        service.cast(b.id(), 2, List.of("YES"), null, rep(2));
        service.cast(b.id(), 3, List.of("NO"), null, rep(3));
        service.close(b.id(), SECRETARIAT);

        Document da = minutesDocument.document(assembly.id(), Language.DA);
        assertThat(da.title()).isEqualTo("Referat af Ordinær generalforsamling 2026");
        assertThat(da.language()).isEqualTo(Language.DA);
        String daText = text(da);
        assertThat(daText)
                .contains("Dato: 23. april 2026")
                .contains("Sted: Aarhus Rådhus")
                .contains("Kommune 2")
                .contains(accounts.position() + ". " + accounts.title())
                .contains("Afstemning: Godkendelse af regnskab 2025")
                .contains("Beslutning: Vedtaget: 2 for, 1 imod")
                .contains("For | 2")
                .contains("Imod | 1")
                .contains("Ingen afstemning.")
                .doesNotContain("null");
        Document en = minutesDocument.document(assembly.id(), Language.EN);
        assertThat(en.title()).isEqualTo("Minutes of \u201cOrdinær generalforsamling 2026\u201d");
        assertThat(text(en))
                .contains("Date: 23 April 2026")
                .contains("Decision: Adopted: 2 for, 1 against")
                .contains("Against | 1")
                .contains("No vote.")
                .doesNotContain("null");
    }

    @Test
    void theSecretariatsOwnTextFollowsWhenItSaysMoreThanTheDraft() {
        assertThat(text(minutesDocument.document(assembly.id(), Language.DA))).doesNotContain("Referatets tekst");
        service.saveMinutes(
                assembly.id(),
                assembly.version(),
                service.draftMinutes(assembly.id()) + "\n\nDirigent: Anna Andersen\n\nReferent: Bo Berg",
                false,
                SECRETARIAT);
        assertThat(text(minutesDocument.document(assembly.id(), Language.DA)))
                .contains("Referatets tekst")
                .contains("Dirigent: Anna Andersen")
                .contains("Referent: Bo Berg");
    }

    /** @return the document's text, one line per heading, paragraph, fact ("label: value") and table row ("a | b") */
    static String text(Document d) {
        StringBuilder s = new StringBuilder(d.title()).append('\n');
        for (Block b : d.blocks()) {
            if (b instanceof Block.Heading h) {
                s.append(h.text()).append('\n');
            } else if (b instanceof Block.Paragraph p) {
                s.append(p.text()).append('\n');
            } else if (b instanceof Block.Facts f) {
                f.facts()
                        .forEach(x -> s.append(x.label())
                                .append(": ")
                                .append(x.value())
                                .append('\n'));
            } else if (b instanceof Block.Table t) {
                Stream.concat(Stream.of(t.header()), t.rows().stream())
                        .forEach(r -> s.append(String.join(" | ", r)).append('\n'));
            }
        }
        return s.toString();
    }
}
