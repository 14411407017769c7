package eu.os2.platform.voting.internal.documents;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.message.Message;
import eu.os2.platform.api.message.MessageContent;
import eu.os2.platform.api.message.MessageTemplates;
import eu.os2.platform.api.message.Outbox;
import eu.os2.platform.api.message.Recipients;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.voting.internal.Electorate;
import eu.os2.platform.voting.internal.model.AgendaItem;
import eu.os2.platform.voting.internal.notices.NoticeTexts;
import eu.os2.platform.voting.internal.store.AssemblyStore;
import eu.os2.platform.voting.internal.store.DocumentStore;
import eu.os2.platform.voting.internal.store.VotingDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/** Agenda documents in the plugin's own table, and the material's message to the members. */
@Component(service = AgendaDocuments.class, configurationPid = "eu.os2.platform.voting")
public class AgendaDocumentsImpl implements AgendaDocuments {

    static final int MAX_NAME = 255;
    private static final MessageTemplates TEMPLATES = new MessageTemplates(AgendaDocumentsImpl.class, "mail");

    private final VotingDatabase database;
    private final AssemblyStore assemblies;
    private final DocumentStore store;
    private final Electorate electorate;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final Outbox outbox;
    private volatile long maxBytes;

    @Activate
    public AgendaDocumentsImpl(
            @Reference VotingDatabase database,
            @Reference Electorate electorate,
            @Reference AuditLog audit,
            @Reference PlatformClock clock,
            @Reference Outbox outbox,
            DocumentsConfig config) {
        this.database = database;
        this.assemblies = database.assemblies();
        this.store = new DocumentStore(database.dataSource());
        this.electorate = electorate;
        this.audit = audit;
        this.clock = clock;
        this.outbox = outbox;
        modified(config);
    }

    @Modified
    void modified(DocumentsConfig config) {
        this.maxBytes = Math.max(1, config.documents_maxKilobytes()) * 1024L;
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public DocumentInfo upload(
            long assemblyId, long itemId, String fileName, String statedType, byte[] content, PlatformUser actor) {
        AgendaItem item = item(assemblyId, itemId);
        String name = fileName(fileName);
        if (content == null || content.length == 0) {
            throw new ValidationException(Map.of("file", "required"));
        }
        if (content.length > maxBytes) {
            throw new ValidationException(Map.of("file", "too-large"));
        }
        String type = FileTypes.recognise(content, statedType)
                .orElseThrow(() -> new ValidationException(Map.of("file", "type")));
        String sha256 = sha256(content);
        Instant now = clock.now();
        return database.transaction(() -> {
            long id = store.insert(assemblyId, item.id(), name, type, sha256, content, actor.username(), now);
            DocumentInfo stored = store.document(id).orElseThrow();
            audit.appendChange(
                    actor.username(), "voting.document.upload", "voting-document", Long.toString(id), null, stored);
            return stored;
        });
    }

    @Override
    public List<DocumentInfo> documents(long assemblyId) {
        assembly(assemblyId);
        return store.documents(assemblyId);
    }

    @Override
    public Optional<StoredFile> file(long assemblyId, long documentId) {
        return store.document(documentId)
                .filter(d -> d.assemblyId() == assemblyId)
                .flatMap(d -> store.content(documentId).map(bytes -> new StoredFile(d, bytes)));
    }

    @Override
    public void delete(long assemblyId, long documentId, PlatformUser actor) {
        DocumentInfo before = store.document(documentId)
                .filter(d -> d.assemblyId() == assemblyId)
                .orElseThrow(() -> new NoSuchElementException("no document " + documentId));
        database.transaction(() -> {
            if (!store.delete(documentId)) {
                throw new NoSuchElementException("no document " + documentId);
            }
            audit.appendChange(
                    actor.username(),
                    "voting.document.delete",
                    "voting-document",
                    Long.toString(documentId),
                    before,
                    null);
            return null;
        });
    }

    @Override
    public MaterialState publishMaterial(long assemblyId, PlatformUser actor) {
        Assembly a = assembly(assemblyId);
        Optional<MaterialState> before = store.material(assemblyId);
        return database.transaction(() -> {
            List<AgendaItem> agenda = assemblies.agenda(assemblyId);
            List<DocumentInfo> documents = store.documents(assemblyId);
            MaterialState state = new MaterialState(assemblyId, clock.now(), actor.username(), documents.size());
            store.materialPublished(state);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("publishedAt", state.publishedAt());
            after.put(
                    "documents", documents.stream().map(DocumentInfo::fileName).toList());
            audit.appendChange(
                    actor.username(),
                    "voting.material.publish",
                    "assembly",
                    Long.toString(assemblyId),
                    before.orElse(null),
                    after);
            outbox.enqueue(new Message(
                    VotingDocumentKinds.MATERIAL_PUBLISHED,
                    Recipients.organisations(electorate.members()),
                    "voting/assembly/" + assemblyId,
                    null,
                    language -> message(a, agenda, documents, language)));
            return state;
        });
    }

    @Override
    public Optional<MaterialState> material(long assemblyId) {
        return store.material(assemblyId);
    }

    private MessageContent message(Assembly a, List<AgendaItem> agenda, List<DocumentInfo> documents, Language l) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", a.title());
        values.put("date", NoticeTexts.date(a.heldAt().toLocalDate(), l));
        values.put("time", NoticeTexts.time(a.heldAt(), l));
        values.put("place", NoticeTexts.place(a.place(), l));
        values.put("documents", DocumentTexts.documentList(agenda, documents, l));
        values.put("link", outbox.consoleUrl() + NoticeTexts.assemblyRoute(a.id()));
        return TEMPLATES.render("material-published", l, values);
    }

    private Assembly assembly(long assemblyId) {
        return assemblies
                .assembly(assemblyId)
                .orElseThrow(() -> new NoSuchElementException("no assembly " + assemblyId));
    }

    private AgendaItem item(long assemblyId, long itemId) {
        assembly(assemblyId);
        return assemblies.agenda(assemblyId).stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no agenda item " + itemId));
    }

    /** @return the name without any folder, checked */
    static String fileName(String given) {
        if (given == null || given.isBlank()) {
            throw new ValidationException(Map.of("filename", "required"));
        }
        String name = given.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        boolean control = name.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
        if (name.isEmpty()
                || name.equals(".")
                || name.equals("..")
                || control
                || name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME) {
            throw new ValidationException(Map.of("filename", "invalid"));
        }
        return name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
