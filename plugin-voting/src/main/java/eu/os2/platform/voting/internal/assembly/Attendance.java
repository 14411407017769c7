package eu.os2.platform.voting.internal.assembly;

import static eu.os2.platform.voting.internal.Actors.requireActsFor;
import static eu.os2.platform.voting.internal.Actors.trim;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.voting.internal.Electorate;
import eu.os2.platform.voting.internal.model.Registration;
import eu.os2.platform.voting.internal.model.RuleSet;
import eu.os2.platform.voting.internal.model.Statute;
import eu.os2.platform.voting.internal.store.AttendanceStore;
import eu.os2.platform.voting.internal.store.VotingDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who takes part in an assembly, for {@link AssembliesImpl}: registrations, check-in and check-out
 * (present means present now) and proxies; each change with its audit entry in one transaction.
 */
final class Attendance {

    /** The longest representative or substitute (the column's length). */
    static final int NAME_LENGTH = 200;

    private final VotingDatabase database;
    private final AttendanceStore store;
    private final Electorate electorate;
    private final AuditLog audit;
    private final PlatformClock clock;

    Attendance(VotingDatabase database, Electorate electorate, AuditLog audit, PlatformClock clock) {
        this.database = database;
        this.store = database.attendance();
        this.electorate = electorate;
        this.audit = audit;
        this.clock = clock;
    }

    List<Registration> registrations(long assemblyId) {
        return store.registrations(assemblyId);
    }

    Registration register(
            long assemblyId, long organisationId, String representative, String substitute, PlatformUser actor) {
        requireActsFor(actor, organisationId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!electorate.eligible().contains(organisationId)) {
            errors.put("organisation", Statute.ONE_VOTE.code());
        }
        if (representative == null || representative.isBlank()) {
            errors.put("representative", "required");
        } else if (representative.strip().length() > NAME_LENGTH) {
            errors.put("representative", "too-long");
        }
        if (substitute != null && substitute.strip().length() > NAME_LENGTH) {
            errors.put("substitute", "too-long");
        }
        ValidationException.throwIfAny(errors);
        return database.transaction(() -> {
            Registration before = store.registration(assemblyId, organisationId).orElse(null);
            Registration r = new Registration(
                    assemblyId,
                    organisationId,
                    representative.strip(),
                    trim(substitute),
                    before == null ? null : before.presentSince(),
                    before == null ? null : before.proxyFor(),
                    before == null ? null : before.checkedOutAt());
            store.putRegistration(r);
            audit.appendChange(actor.username(), "voting.register", "assembly", Long.toString(assemblyId), before, r);
            return r;
        });
    }

    void checkIn(long assemblyId, long organisationId, PlatformUser actor) {
        requireActsFor(actor, organisationId);
        if (!electorate.eligible().contains(organisationId)) {
            throw new ValidationException(Map.of("organisation", Statute.ONE_VOTE.code()));
        }
        database.transaction(() -> {
            if (store.checkIn(assemblyId, organisationId, actor.username(), clock.now())) {
                audit.appendChange(
                        actor.username(),
                        "voting.attendance.check-in",
                        "assembly",
                        Long.toString(assemblyId),
                        null,
                        Map.of("organisation", organisationId));
            }
            return null;
        });
    }

    void checkOut(long assemblyId, long organisationId, PlatformUser actor) {
        requireActsFor(actor, organisationId);
        database.transaction(() -> {
            if (!store.checkOut(assemblyId, organisationId, clock.now())) {
                throw new ValidationException(Map.of("organisation", "not-checked-in"));
            }
            return audit.appendChange(
                    actor.username(),
                    "voting.attendance.check-out",
                    "assembly",
                    Long.toString(assemblyId),
                    Map.of("organisation", organisationId),
                    null);
        });
    }

    void giveProxy(Assembly a, long giver, long holder, PlatformUser actor) {
        long assemblyId = a.id();
        requireActsFor(actor, giver);
        RuleSet rules = electorate.ruleSet(a);
        if (rules.proxyLimit() == 0) {
            throw new ValidationException(Map.of("proxy", Statute.PROXIES.code()));
        }
        Set<Long> eligible = electorate.eligible();
        if (!eligible.contains(giver) || !eligible.contains(holder) || giver == holder) {
            throw new ValidationException(Map.of("proxy", Statute.ONE_VOTE.code()));
        }
        database.transaction(() -> {
            if (store.proxiesHeld(assemblyId, holder) >= rules.proxyLimit()) {
                throw new ValidationException(Map.of("proxy", "proxy-limit"));
            }
            store.putRegistration(
                    new Registration(assemblyId, giver, "proxy:" + holder, null, clock.now(), holder, null));
            return audit.appendChange(
                    actor.username(),
                    "voting.proxy",
                    "assembly",
                    Long.toString(assemblyId),
                    null,
                    Map.of("giver", giver, "holder", holder));
        });
    }
}
