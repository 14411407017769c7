package eu.os2.platform.core.internal.member;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.event.EventTopics;
import eu.os2.platform.api.member.MemberPage;
import eu.os2.platform.api.member.MemberQuery;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.MemberValidationException;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.member.OrganisationChange;
import eu.os2.platform.api.storage.ConcurrentChangeException;
import eu.os2.platform.api.storage.DuplicateKeyException;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.api.storage.Transactions;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The member directory. */
@Component(service = MemberService.class)
public class MemberServiceImpl implements MemberService {

    private final DataSource dataSource;
    private final JdbcMemberStore store;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final EventAdmin events;

    @Activate
    public MemberServiceImpl(
            @Reference PlatformStorage storage,
            @Reference AuditLog audit,
            @Reference PlatformClock clock,
            @Reference EventAdmin events) {
        this.dataSource = Transactions.joining(storage.dataSource());
        this.store = new JdbcMemberStore(dataSource);
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public Optional<Organisation> get(long id) {
        return store.get(id);
    }

    @Override
    public Optional<Organisation> findByCvr(String cvr) {
        return store.findByCvr(cvr);
    }

    @Override
    public MemberPage search(MemberQuery query) {
        return store.search(query);
    }

    @Override
    public List<Organisation> votingMembers() {
        return store.votingMembers();
    }

    @Override
    public Organisation create(OrganisationChange change, PlatformUser actor) {
        OrganisationChange normalised = validate(change);
        Organisation created = Transactions.run(dataSource, () -> {
            Organisation stored;
            try {
                stored = store.insert(normalised);
            } catch (SQLException e) {
                throw translate(e);
            }
            audit.appendChange(
                    actor.username(), "member.create", "organisation", Long.toString(stored.id()), null, stored);
            return stored;
        });
        post(EventTopics.MEMBER_CREATED, created, actor);
        return created;
    }

    @Override
    public Organisation update(long id, long expectedVersion, OrganisationChange change, PlatformUser actor) {
        OrganisationChange normalised = validate(change);
        Organisation after = Transactions.run(dataSource, () -> {
            Organisation before = store.get(id).orElseThrow(() -> new NoSuchElementException("no organisation " + id));
            try {
                if (!store.update(id, expectedVersion, normalised)) {
                    throw new ConcurrentChangeException(
                            "organisation " + id + " was changed by someone else", before.version());
                }
            } catch (SQLException e) {
                throw translate(e);
            }
            Organisation stored = store.get(id).orElseThrow();
            audit.appendChange(actor.username(), "member.update", "organisation", Long.toString(id), before, stored);
            return stored;
        });
        post(EventTopics.MEMBER_UPDATED, after, actor);
        return after;
    }

    private OrganisationChange validate(OrganisationChange change) {
        OrganisationChange normalised = OrganisationRules.normalise(change);
        Map<String, String> errors = OrganisationRules.check(normalised, clock.today());
        if (!errors.isEmpty()) {
            throw new MemberValidationException(errors);
        }
        return normalised;
    }

    private static RuntimeException translate(SQLException e) {
        if (DuplicateKeyException.isDuplicateKey(e)) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            String field = message.contains("uq_core_organisation_municipality") ? "municipalityCode" : "cvr";
            return new MemberValidationException(Map.of(field, "taken"));
        }
        return new StorageException("cannot store organisation", e);
    }

    private void post(String topic, Organisation organisation, PlatformUser actor) {
        events.postEvent(new Event(
                topic,
                Map.of(
                        EventTopics.PROPERTY_ID, organisation.id(),
                        EventTopics.PROPERTY_ACTOR, actor.username())));
    }
}
