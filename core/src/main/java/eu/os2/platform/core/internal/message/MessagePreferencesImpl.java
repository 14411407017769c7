package eu.os2.platform.core.internal.message;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.message.MessageKind;
import eu.os2.platform.api.message.MessagePreferences;
import eu.os2.platform.api.message.MessageSettings;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Each person's language and the kinds of message they switched off; required kinds stay on. */
@Component(service = MessagePreferences.class)
public class MessagePreferencesImpl implements MessagePreferences {

    private final PreferenceStore store;
    private final AuditLog audit;
    private final MessageKindRegistry kinds;

    @Activate
    public MessagePreferencesImpl(
            @Reference PlatformStorage storage, @Reference AuditLog audit, @Reference MessageKindRegistry kinds) {
        this(storage.dataSource(), audit, kinds);
    }

    private MessagePreferencesImpl(DataSource dataSource, AuditLog audit, MessageKindRegistry kinds) {
        this.store = new PreferenceStore(dataSource);
        this.audit = audit;
        this.kinds = kinds;
    }

    /** @return the preferences over a database, for tests and tools outside OSGi */
    public static MessagePreferencesImpl over(DataSource dataSource, AuditLog audit, MessageKindRegistry kinds) {
        return new MessagePreferencesImpl(dataSource, audit, kinds);
    }

    @Override
    public List<MessageKind> kinds() {
        return kinds.all();
    }

    @Override
    public MessageSettings settings(long userId) {
        Language language = store.language(userId).orElseThrow(() -> new NoSuchElementException("no user " + userId));
        // a kind that became required since, or whose bundle is gone, is not shown as switched off
        Map<String, MessageKind> known = known();
        Set<String> off = store.switchedOff(userId).stream()
                .filter(code -> known.containsKey(code) && !known.get(code).required())
                .collect(Collectors.toSet());
        return new MessageSettings(language, off);
    }

    @Override
    public MessageSettings change(PlatformUser user, MessageSettings settings) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(settings, "settings");
        Map<String, MessageKind> known = known();
        for (String code : new TreeSet<>(settings.switchedOff())) {
            MessageKind kind = known.get(code);
            if (kind == null) {
                throw new ValidationException(Map.of("switchedOff", "unknown"));
            }
            if (kind.required()) {
                throw new ValidationException(Map.of("switchedOff", "required"));
            }
        }
        return store.inTransaction(() -> {
            MessageSettings before = settings(user.id());
            store.saveSettings(user.id(), settings.language(), settings.switchedOff());
            MessageSettings after = settings(user.id());
            audit.appendChange(
                    user.username(),
                    "user.message-settings",
                    "user",
                    String.valueOf(user.id()),
                    snapshot(before),
                    snapshot(after));
            return after;
        });
    }

    private Map<String, MessageKind> known() {
        return kinds.all().stream().collect(Collectors.toMap(MessageKind::code, Function.identity()));
    }

    private static Map<String, Object> snapshot(MessageSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("language", s.language().code());
        m.put("switchedOff", String.join(",", new TreeSet<>(s.switchedOff())));
        return m;
    }
}
