package eu.example.partner.meetings.internal;

import eu.example.partner.meetings.Entry;
import eu.example.partner.meetings.EntryService;
import eu.example.partner.meetings.NewEntry;
import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.storage.Transactions;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.validation.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The plugin's service. It owns the table {@code meetings_entry}: its changelog is applied
 * before the service is registered, so a failed migration keeps the plugin from starting.
 */
@Component(service = EntryService.class)
public class EntryServiceImpl implements EntryService {

    /** The changelog inside this bundle; the path is unique across the platform. */
    public static final String CHANGELOG = "db/meetings/changelog.yaml";

    private final DataSource dataSource;
    private final EntryStore store;
    private final AuditLog audit;
    private final PlatformClock clock;

    @Activate
    public EntryServiceImpl(
            @Reference PlatformStorage storage, @Reference AuditLog audit, @Reference PlatformClock clock) {
        this(migrated(storage), audit, clock);
    }

    /** For tests: the service on a database whose tables already exist. */
    EntryServiceImpl(DataSource dataSource, AuditLog audit, PlatformClock clock) {
        this.dataSource = Transactions.joining(dataSource);
        this.store = new EntryStore(this.dataSource);
        this.audit = audit;
        this.clock = clock;
    }

    private static DataSource migrated(PlatformStorage storage) {
        storage.migrate(FrameworkUtil.getBundle(EntryServiceImpl.class), CHANGELOG);
        return storage.dataSource();
    }

    @Override
    public List<Entry> entries() {
        return store.entries();
    }

    @Override
    public Optional<Entry> entry(long id) {
        return store.entry(id);
    }

    @Override
    public Entry create(NewEntry entry, String actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        requireText(errors, "title", entry.title());
        if (entry.date() == null) {
            errors.put("date", "required");
        }
        requireText(errors, "place", entry.place());
        requireText(errors, "host", entry.host());
        if (entry.description() != null && entry.description().length() > MAX_DESCRIPTION) {
            errors.put("description", "too-long");
        }
        ValidationException.throwIfAny(errors);
        NewEntry clean = new NewEntry(
                entry.title().strip(),
                entry.date(),
                entry.place().strip(),
                entry.host().strip(),
                entry.description() == null ? "" : entry.description());
        return Transactions.run(dataSource, () -> {
            long id = store.insert(clean, clock.now());
            Entry stored = store.entry(id).orElseThrow();
            audit.appendChange(actor, "meetings.meeting.create", "meetings-meeting", Long.toString(id), null, stored);
            return stored;
        });
    }

    private static void requireText(Map<String, String> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.put(field, "required");
        } else if (value.strip().length() > MAX_TITLE) {
            errors.put(field, "too-long");
        }
    }
}
