package eu.os2.platform.core.internal.message;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.message.Message;
import eu.os2.platform.api.message.MessageContent;
import eu.os2.platform.api.message.MessageKind;
import eu.os2.platform.api.message.Outbox;
import eu.os2.platform.api.message.OutboxAdmin;
import eu.os2.platform.api.message.OutboxEntry;
import eu.os2.platform.api.message.OutboxState;
import eu.os2.platform.api.message.Recipients;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * The outbox: a change's messages are written in the change's transaction, one per recipient in
 * their language; the secretariat follows and resends them.
 */
@Component(
        service = {Outbox.class, OutboxAdmin.class},
        configurationPid = MailConfig.PID)
public class OutboxService implements Outbox, OutboxAdmin {

    /** The most messages a list returns. */
    static final int MAX_LIST = 500;

    private final OutboxStore store;
    private final PreferenceStore preferences;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final MessageKindRegistry kinds;
    private volatile MailSettings settings;

    @Activate
    public OutboxService(
            @Reference PlatformStorage storage,
            @Reference AuditLog audit,
            @Reference PlatformClock clock,
            @Reference MessageKindRegistry kinds,
            MailConfig config) {
        this(storage.dataSource(), audit, clock, kinds, MailSettings.of(config));
    }

    OutboxService(
            DataSource dataSource,
            AuditLog audit,
            PlatformClock clock,
            MessageKindRegistry kinds,
            MailSettings settings) {
        this.store = new OutboxStore(dataSource);
        this.preferences = new PreferenceStore(dataSource);
        this.audit = audit;
        this.clock = clock;
        this.kinds = kinds;
        this.settings = settings;
    }

    /** @return an outbox over a database, for tests and tools outside OSGi */
    public static OutboxService over(
            DataSource dataSource,
            AuditLog audit,
            PlatformClock clock,
            MessageKindRegistry kinds,
            MailSettings settings) {
        return new OutboxService(dataSource, audit, clock, kinds, settings);
    }

    /** A changed {@code etc/eu.os2.platform.mail.cfg} applies at once. */
    @Modified
    void modified(MailConfig config) {
        settings = MailSettings.of(config);
    }

    @Override
    public int enqueue(Message message) {
        Objects.requireNonNull(message, "message");
        MessageKind kind = kinds.kind(message.kind())
                .orElseThrow(() -> new IllegalArgumentException("unregistered message kind " + message.kind()));
        return store.inTransaction(() -> {
            List<OutboxStore.Recipient> recipients = resolve(message.recipients());
            if (!kind.required()) {
                Set<Long> off = preferences.optedOut(kind.code());
                recipients = recipients.stream()
                        .filter(r -> !off.contains(r.userId()))
                        .toList();
            }
            Map<Language, MessageContent> rendered = new EnumMap<>(Language.class);
            List<OutboxStore.NewMessage> rows = new ArrayList<>();
            String domain = settings.messageIdDomain();
            for (OutboxStore.Recipient recipient : recipients) {
                String onceKey = message.onceKey() == null
                        ? null
                        : OutboxStore.cut(kind.code() + "|" + message.onceKey() + "|" + recipient.userId(), 300);
                if (onceKey != null && store.onceKeyUsed(onceKey)) {
                    continue;
                }
                MessageContent content = rendered.computeIfAbsent(
                        recipient.language(),
                        language -> Objects.requireNonNull(
                                message.content().apply(language), "a message's content for " + language));
                rows.add(new OutboxStore.NewMessage(
                        kind.code(),
                        recipient,
                        content.subject(),
                        content.text(),
                        message.reference(),
                        onceKey,
                        messageId(domain),
                        content.attachments()));
            }
            return rows.isEmpty() ? 0 : store.insert(rows, clock.now());
        });
    }

    private List<OutboxStore.Recipient> resolve(Recipients recipients) {
        Map<Long, OutboxStore.Recipient> once = new LinkedHashMap<>();
        store.usersById(recipients.userIds()).forEach(r -> once.putIfAbsent(r.userId(), r));
        store.usersOfOrganisations(recipients.organisationIds()).forEach(r -> once.putIfAbsent(r.userId(), r));
        store.usersWithRoles(recipients.roles()).forEach(r -> once.putIfAbsent(r.userId(), r));
        return List.copyOf(once.values());
    }

    static String messageId(String domain) {
        return "<" + UUID.randomUUID() + "@" + domain + ">";
    }

    @Override
    public String consoleUrl() {
        return settings.consoleUrl();
    }

    @Override
    public Map<OutboxState, Long> counts() {
        return store.counts();
    }

    @Override
    public List<OutboxEntry> list(OutboxState state, String search, int limit) {
        return store.list(state, search, Math.min(Math.max(limit, 1), MAX_LIST));
    }

    @Override
    public OutboxEntry entry(long id) {
        return store.entry(id).orElseThrow(() -> new NoSuchElementException("no message " + id));
    }

    @Override
    public OutboxEntry resend(long id, PlatformUser actor) {
        return store.inTransaction(() -> {
            OutboxEntry before = entry(id);
            Instant now = clock.now();
            long waiting;
            switch (before.state()) {
                case FAILED -> {
                    if (!store.retryFailed(id, now)) {
                        throw new ValidationException(Map.of("state", "not-finished"));
                    }
                    waiting = id;
                }
                case SENT -> waiting = store.copy(id, messageId(settings.messageIdDomain()), now);
                default -> throw new ValidationException(Map.of("state", "not-finished"));
            }
            OutboxEntry after = entry(waiting);
            audit.appendChange(
                    actor.username(), "outbox.resend", "outbox", String.valueOf(id), snapshot(before), snapshot(after));
            return after;
        });
    }

    private static Map<String, Object> snapshot(OutboxEntry e) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", e.id());
        s.put("kind", e.kind());
        s.put("recipient", e.recipientAddress());
        s.put("state", e.state().name());
        s.put("attempts", e.attempts());
        return s;
    }

    @Override
    public boolean sending() {
        return settings.sending();
    }
}
