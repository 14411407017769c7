package eu.os2.platform.initiatives.internal;

import eu.os2.platform.api.audit.AuditEntry;
import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.audit.AuditVerification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** What the service hands to the platform's audit log and EventAdmin, kept for assertions. */
final class Recorders {

    private Recorders() {}

    static final class Audit implements AuditLog {
        final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

        @Override
        public AuditEntry append(String actor, String action, String entityType, String entityId, String before, String after) {
            AuditEntry entry = new AuditEntry(entries.size() + 1, Instant.EPOCH, actor, action, entityType, entityId, before, after, "", "");
            entries.add(entry);
            return entry;
        }

        @Override
        public AuditEntry appendChange(String actor, String action, String entityType, String entityId, Object before, Object after) {
            return append(actor, action, entityType, entityId, before == null ? null : before.toString(), after == null ? null : after.toString());
        }

        @Override
        public List<AuditEntry> recent(String entityType, String entityId, int limit) {
            List<AuditEntry> result = new ArrayList<>(entries.stream()
                    .filter(e -> e.entityType().equals(entityType) && e.entityId().equals(entityId)).toList());
            result.sort(Comparator.comparingLong(AuditEntry::sequence).reversed());
            return result.subList(0, Math.min(limit, result.size()));
        }

        @Override
        public AuditVerification verify() {
            throw new UnsupportedOperationException("the chain is core's; its own tests verify it");
        }
    }

    static final class Events implements EventAdmin {
        final List<Event> posted = new CopyOnWriteArrayList<>();

        @Override
        public void postEvent(Event event) {
            posted.add(event);
        }

        @Override
        public void sendEvent(Event event) {
            posted.add(event);
        }

        List<String> topics() {
            return posted.stream().map(Event::getTopic).toList();
        }
    }
}
