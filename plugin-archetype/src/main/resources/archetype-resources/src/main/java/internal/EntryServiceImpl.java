package ${package}.internal;

import ${package}.Entry;
import ${package}.EntryService;
import ${package}.NewEntry;
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
 * The plugin's service. It owns the table {@code ${pluginId}_entry}: its changelog is applied
 * before the service is registered, so a failed migration keeps the plugin from starting.
 */
@Component(service = EntryService.class)
public class EntryServiceImpl implements EntryService {

    /** The changelog inside this bundle; the path is unique across the platform. */
    public static final String CHANGELOG = "db/${pluginId}/changelog.yaml";

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
        if (entry.title() == null || entry.title().isBlank()) {
            errors.put("title", "required");
        } else if (entry.title().strip().length() > MAX_TITLE) {
            errors.put("title", "too-long");
        }
        if (entry.date() == null) {
            errors.put("date", "required");
        }
        if (entry.description() != null && entry.description().length() > MAX_DESCRIPTION) {
            errors.put("description", "too-long");
        }
        ValidationException.throwIfAny(errors);
        NewEntry clean = new NewEntry(
                entry.title().strip(), entry.date(), entry.description() == null ? "" : entry.description());
        return Transactions.run(dataSource, () -> {
            long id = store.insert(clean, clock.now());
            Entry stored = store.entry(id).orElseThrow();
            audit.appendChange(actor, "${pluginId}.entry.create", "${pluginId}-entry", Long.toString(id), null, stored);
            return stored;
        });
    }
}
