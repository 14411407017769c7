package eu.os2.platform.payments.internal.standing;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.event.EventTopics;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.payment.PaymentStanding;
import eu.os2.platform.api.payment.PaymentStandingService;
import eu.os2.platform.api.payment.StandingRecord;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.payments.internal.store.LedgerStore;
import eu.os2.platform.payments.internal.store.PaymentTables;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The plugin's implementation of {@link PaymentStandingService}: recorded standings, audited and published. */
@Component(service = {StandingService.class, PaymentStandingService.class})
public class StandingServiceImpl implements StandingService {

    private final PaymentTables tables;
    private final LedgerStore store;
    private final MemberService members;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final EventAdmin events;

    @Activate
    public StandingServiceImpl(
            @Reference PaymentTables tables,
            @Reference MemberService members,
            @Reference AuditLog audit,
            @Reference PlatformClock clock,
            @Reference EventAdmin events) {
        this.tables = tables;
        this.store = tables.ledger();
        this.members = members;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public Optional<StandingRecord> current(long organisationId) {
        return store.standings(organisationId).stream().findFirst();
    }

    @Override
    public List<StandingRecord> history(long organisationId) {
        return store.standings(organisationId);
    }

    @Override
    public Map<Long, StandingRecord> currentStandings() {
        return store.currentStandings();
    }

    @Override
    public Set<Long> treatedAsWithdrawn() {
        return store.currentStandings().values().stream()
                .filter(r -> r.standing().treatedAsWithdrawn())
                .map(StandingRecord::organisationId)
                .collect(Collectors.toSet());
    }

    @Override
    public StandingRecord record(long organisationId, PaymentStanding standing, String note, PlatformUser actor) {
        members.get(organisationId).orElseThrow(() -> new NoSuchElementException("no organisation " + organisationId));
        Map<String, String> errors = new LinkedHashMap<>();
        if (standing == null) {
            errors.put("standing", "required");
        }
        if (note == null || note.isBlank()) {
            errors.put("note", "required");
        } else if (note.length() > 1000) {
            errors.put("note", "too-long");
        }
        ValidationException.throwIfAny(errors);
        StandingRecord record =
                new StandingRecord(organisationId, standing, note.strip(), actor.username(), clock.now());
        Optional<StandingRecord> before = tables.transaction(() -> {
            Optional<StandingRecord> previous = current(organisationId);
            store.insertStanding(record);
            audit.appendChange(
                    actor.username(),
                    "payments.standing.record",
                    "organisation",
                    Long.toString(organisationId),
                    previous.orElse(null),
                    record);
            return previous;
        });
        Map<String, Object> props = new HashMap<>(Map.of(
                EventTopics.PROPERTY_ID,
                organisationId,
                EventTopics.PROPERTY_ACTOR,
                actor.username(),
                "standing",
                standing.name()));
        before.ifPresent(b -> props.put("previousStanding", b.standing().name()));
        events.postEvent(new Event(PaymentStandingService.TOPIC_STANDING_CHANGED, props));
        return record;
    }
}
