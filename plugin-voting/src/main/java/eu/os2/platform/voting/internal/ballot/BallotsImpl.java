package eu.os2.platform.voting.internal.ballot;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.event.EventTopics;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.api.voting.VotingService;
import eu.os2.platform.voting.internal.Actors;
import eu.os2.platform.voting.internal.BallotChange;
import eu.os2.platform.voting.internal.Ballots;
import eu.os2.platform.voting.internal.Electorate;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.BallotKind;
import eu.os2.platform.voting.internal.model.BoardEntry;
import eu.os2.platform.voting.internal.model.CastReceipt;
import eu.os2.platform.voting.internal.model.Choices;
import eu.os2.platform.voting.internal.model.CloseSnapshot;
import eu.os2.platform.voting.internal.model.FrozenResult;
import eu.os2.platform.voting.internal.model.Option;
import eu.os2.platform.voting.internal.model.Participation;
import eu.os2.platform.voting.internal.model.ProcedureRule;
import eu.os2.platform.voting.internal.model.Receipts;
import eu.os2.platform.voting.internal.model.RuleSet;
import eu.os2.platform.voting.internal.model.Tally;
import eu.os2.platform.voting.internal.model.Turnout;
import eu.os2.platform.voting.internal.model.Verification;
import eu.os2.platform.voting.internal.notices.VotingNotices;
import eu.os2.platform.voting.internal.store.AssemblyStore;
import eu.os2.platform.voting.internal.store.AttendanceStore;
import eu.os2.platform.voting.internal.store.BallotStore;
import eu.os2.platform.voting.internal.store.VotingDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Ballots: create, open, close (by the chair, or by the platform at the closing time), cast with one
 * counted vote per organisation, the public bulletin board, turnout and verification. Reads never
 * write: a ballot past its closing time is closed by {@link #closeDue()}, which a scheduled component
 * calls, or by the next vote for it.
 */
@Component(service = Ballots.class)
public class BallotsImpl implements Ballots {

    private final VotingDatabase database;
    private final BallotStore store;
    private final AssemblyStore assemblies;
    private final AttendanceStore attendance;
    private final Counting counting;
    private final Electorate electorate;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final EventAdmin events;
    private final VotingNotices notices;

    @Activate
    public BallotsImpl(
            @Reference VotingDatabase database,
            @Reference Electorate electorate,
            @Reference AuditLog audit,
            @Reference PlatformClock clock,
            @Reference EventAdmin events,
            @Reference VotingNotices notices) {
        this.database = database;
        this.store = database.ballots();
        this.assemblies = database.assemblies();
        this.attendance = database.attendance();
        this.counting = new Counting(database, electorate);
        this.electorate = electorate;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.notices = notices;
    }

    @Override
    public List<Ballot> ballots(long assemblyId) {
        assemblyOrThrow(assemblyId);
        return store.ballots(assemblyId);
    }

    @Override
    public Optional<Ballot> ballot(long id) {
        return store.ballot(id);
    }

    @Override
    public Ballot create(long assemblyId, BallotChange c, PlatformUser actor) {
        Assembly a = assemblyOrThrow(assemblyId);
        ValidationException.throwIfAny(BallotRules.check(a, assemblies.agenda(assemblyId), c));
        boolean secret = c.secret() != null
                ? c.secret()
                : electorate.ruleSet(a).rule(c.decisionType()).secretByDefault();
        List<Option> options = c.kind() == BallotKind.YES_NO
                ? List.of()
                : BallotRules.options(c).stream()
                        .map(o -> new Option(o.id(), o.label().strip(), o.organisationId()))
                        .toList();
        return database.transaction(() -> {
            long id = store.insertBallot(new Ballot(
                    0,
                    assemblyId,
                    c.itemId(),
                    c.kind(),
                    c.decisionType(),
                    c.title().strip(),
                    secret,
                    c.kind() == BallotKind.ELECTION ? c.seats() : 0,
                    options,
                    c.closesAt(),
                    Ballot.DRAFT,
                    null,
                    null,
                    null,
                    null,
                    null,
                    1));
            Ballot created = store.ballot(id).orElseThrow();
            audit.appendChange(actor.username(), "voting.ballot.create", "ballot", Long.toString(id), null, created);
            return created;
        });
    }

    @Override
    public Ballot open(long ballotId, PlatformUser actor) {
        Ballot b = ballotOrThrow(ballotId);
        Ballot opened = database.transaction(() -> {
            if (!store.open(ballotId, clock.now())) {
                throw new ValidationException(
                        Map.of("state", b.state().equals(Ballot.OPEN) ? "already-open" : "closed"));
            }
            audit.appendChange(
                    actor.username(), "voting.ballot.open", "ballot", Long.toString(ballotId), b.state(), Ballot.OPEN);
            Ballot now = store.ballot(ballotId).orElseThrow();
            notices.ballotOpened(now);
            return now;
        });
        post(
                VotingService.TOPIC_BALLOT_OPENED,
                Map.of(
                        EventTopics.PROPERTY_ID,
                        ballotId,
                        "assemblyId",
                        b.assemblyId(),
                        EventTopics.PROPERTY_ACTOR,
                        actor.username()));
        return opened;
    }

    @Override
    public Ballot close(long ballotId, PlatformUser actor) {
        Ballot b = ballotOrThrow(ballotId);
        Tally.Result counted = database.transaction(() -> {
            CloseSnapshot snapshot = store.close(ballotId, clock.now(), () -> counting.decide(b))
                    // the state now, not as read before the lock: another close (the chair's on another
                    // node, the schedule's) may have come first
                    .orElseThrow(() -> new ValidationException(Map.of(
                            "state",
                            Ballot.CLOSED.equals(ballotOrThrow(ballotId).state()) ? "closed" : "not-open")));
            audit.appendChange(
                    actor.username(),
                    "voting.ballot.close",
                    "ballot",
                    Long.toString(ballotId),
                    null,
                    snapshot.result().digest() + ";rule=" + snapshot.rule() + ";chainHead=" + snapshot.chainHead());
            notices.ballotClosed(b, snapshot);
            return snapshot.result();
        });
        post(
                VotingService.TOPIC_BALLOT_CLOSED,
                Map.of(
                        EventTopics.PROPERTY_ID,
                        ballotId,
                        "assemblyId",
                        b.assemblyId(),
                        EventTopics.PROPERTY_ACTOR,
                        actor.username(),
                        "passed",
                        counted.passed(),
                        "summary",
                        counted.summary()));
        return store.ballot(ballotId).orElseThrow();
    }

    @Override
    public int closeDue() {
        int closed = 0;
        for (long id : store.due(clock.now())) {
            if (closeAsPlatform(id)) {
                closed++;
            }
        }
        return closed;
    }

    /** @return whether this call closed it (another node, the chair or a vote may have been first) */
    private boolean closeAsPlatform(long ballotId) {
        try {
            close(ballotId, Actors.SYSTEM);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    private boolean due(Ballot b) {
        return Ballot.OPEN.equals(b.state())
                && b.closesAt() != null
                && !clock.now().isBefore(b.closesAt());
    }

    @Override
    public Tally.Result count(Ballot b) {
        if (Ballot.CLOSED.equals(b.state())) {
            return counting.frozen(b).result();
        }
        Assembly a = assemblies.assembly(b.assemblyId()).orElseThrow();
        return counting.tally(
                b,
                electorate.ruleSet(a),
                counting.presentVoters(a.id()).size(),
                electorate.eligible().size());
    }

    @Override
    public CastReceipt cast(
            long ballotId, long organisationId, List<String> chosen, String changeToken, PlatformUser actor) {
        Ballot b = ballotOrThrow(ballotId);
        if (due(b)) {
            // a vote after the closing time closes the ballot if the scheduled close has not yet
            closeAsPlatform(ballotId);
            b = ballotOrThrow(ballotId);
        }
        Assembly a = assemblies.assembly(b.assemblyId()).orElseThrow();
        Actors.requireMayVoteFor(actor, attendance.registration(a.id(), organisationId), organisationId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!Ballot.OPEN.equals(b.state())) {
            errors.put("ballot", Ballot.CLOSED.equals(b.state()) ? "closed" : "not-open");
        }
        electorate.refusal(organisationId).ifPresent(code -> errors.put("organisation", code));
        Optional<String> choice = Choices.canonical(b.kind(), b.options(), b.seats(), chosen);
        if (choice.isEmpty()) {
            errors.put("choice", "invalid-choice");
        }
        ValidationException.throwIfAny(errors);
        String nonce = Receipts.nonce();
        String receipt = Receipts.receipt(ballotId, choice.get(), nonce);
        Instant now = clock.now();
        String token = b.secret() ? Receipts.nonce() + Receipts.nonce() : null;
        String changeHash = b.secret() && changeToken != null && !changeToken.isBlank()
                ? Receipts.tokenHash(changeToken.strip())
                : null;
        BallotStore.CastResult result = store.cast(new BallotStore.CastRequest(
                ballotId,
                a.id(),
                b.secret(),
                organisationId,
                choice.get(),
                nonce,
                receipt,
                token == null ? null : Receipts.tokenHash(token),
                changeHash,
                actor.username(),
                now));
        if (result.refusal() != null) {
            throw new ValidationException(
                    switch (result.refusal()) {
                        case CLOSED -> Map.of("ballot", "closed");
                        case ALREADY_VOTED -> Map.of("organisation", "already-voted");
                        case UNKNOWN_TOKEN -> Map.of("changeToken", "unknown-token");
                        case NOT_PRESENT -> Map.of("organisation", ProcedureRule.CHECK_IN_BEFORE_VOTE.code());
                    });
        }
        return new CastReceipt(ballotId, receipt, nonce, choice.get(), result.revision(), token);
    }

    @Override
    public List<Participation> participation(long assemblyId, long organisationId) {
        return store.participation(assemblyId, organisationId);
    }

    @Override
    public List<BoardEntry> board(long ballotId) {
        Ballot b = ballotOrThrow(ballotId);
        List<BoardEntry> entries = new ArrayList<>();
        if (!Ballot.CLOSED.equals(b.state())) {
            return entries; // nothing of the votes while the ballot is open, not even how many
        }
        // in receipt order, as read
        store.countedBallots(ballotId, b.secret()).forEach(v -> entries.add(new BoardEntry(v.receipt(), v.choice())));
        return entries;
    }

    @Override
    public Optional<String> chainHead(long ballotId) {
        Ballot b = ballotOrThrow(ballotId);
        return Ballot.CLOSED.equals(b.state())
                ? Optional.ofNullable(counting.frozen(b).chainHead())
                : Optional.empty();
    }

    @Override
    public Turnout turnout(long ballotId) {
        Ballot b = ballotOrThrow(ballotId);
        if (Ballot.CLOSED.equals(b.state())) {
            Tally.Result r = counting.frozen(b).result();
            return new Turnout((int) r.cast(), r.present(), (int) r.eligible(), b.state());
        }
        return new Turnout(
                store.participantOrganisations(ballotId).size(),
                counting.presentVoters(b.assemblyId()).size(),
                electorate.eligible().size(),
                b.state());
    }

    @Override
    public Verification verify(long ballotId) {
        Ballot b = ballotOrThrow(ballotId);
        if (!Ballot.CLOSED.equals(b.state())) {
            return new Verification(ballotId, false, 0, 0, null, null, List.of("the ballot is not closed"));
        }
        FrozenResult frozen = counting.frozen(b);
        Assembly a = assemblies.assembly(b.assemblyId()).orElseThrow();
        RuleSet rules = electorate.ruleSet(a);
        // the verifier counts the votes it reads again: they are read once
        return Verifier.verify(
                store,
                b,
                choices -> Counting.count(
                        b,
                        rules,
                        choices,
                        frozen.result().present(),
                        frozen.result().eligible()),
                frozen);
    }

    private Assembly assemblyOrThrow(long id) {
        return assemblies.assembly(id).orElseThrow(() -> new NoSuchElementException("no assembly " + id));
    }

    private Ballot ballotOrThrow(long id) {
        return store.ballot(id).orElseThrow(() -> new NoSuchElementException("no ballot " + id));
    }

    private void post(String topic, Map<String, ?> properties) {
        events.postEvent(new Event(topic, properties));
    }
}
