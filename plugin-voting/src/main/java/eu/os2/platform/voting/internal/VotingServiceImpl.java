package eu.os2.platform.voting.internal;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.event.EventTopics;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.payment.PaymentStandingService;
import eu.os2.platform.api.ref.PlatformRef;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.AccessDeniedException;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.api.voting.AssemblyKind;
import eu.os2.platform.api.voting.Decision;
import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.api.voting.VotingService;
import eu.os2.platform.voting.internal.model.Agenda;
import eu.os2.platform.voting.internal.model.AgendaItem;
import eu.os2.platform.voting.internal.model.AssemblyRules;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.BallotKind;
import eu.os2.platform.voting.internal.model.CastReceipt;
import eu.os2.platform.voting.internal.model.Choices;
import eu.os2.platform.voting.internal.model.Option;
import eu.os2.platform.voting.internal.model.Receipts;
import eu.os2.platform.voting.internal.model.Registration;
import eu.os2.platform.voting.internal.model.RuleSet;
import eu.os2.platform.voting.internal.model.RuleSets;
import eu.os2.platform.voting.internal.model.Statute;
import eu.os2.platform.voting.internal.model.Tally;
import eu.os2.platform.voting.internal.model.Verification;
import eu.os2.platform.voting.internal.store.VotingStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;

/**
 * General assemblies by the statutes: the plugin's implementation of {@link VotingService} and
 * the operations its REST API, console and shell use. Who may vote is read live from the member
 * directory and, when the payments plugin runs, the payment standing.
 */
@Component(service = {VotingService.class, VotingServiceImpl.class}, configurationPid = VotingConfig.PID)
@Designate(ocd = VotingConfig.class)
public class VotingServiceImpl implements VotingService {

    public static final String CHANGELOG = "db/voting/changelog.yaml";

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));

    private final VotingStore store;
    private final MemberService members;
    private final PaymentStandingService standing;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final EventAdmin events;
    private final RuleSets ruleSets;

    @Activate
    public VotingServiceImpl(@Reference PlatformStorage storage, @Reference MemberService members,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) PaymentStandingService standing, @Reference AuditLog audit,
            @Reference PlatformClock clock, @Reference EventAdmin events, VotingConfig config) {
        this(migrated(storage), members, standing, audit, clock, events,
                RuleSets.configured(config.ruleset_local_validFrom(), config.ruleset_local_quorumPercent(), config.ruleset_local_proxyLimit()));
    }

    private static DataSource migrated(PlatformStorage storage) {
        storage.migrate(FrameworkUtil.getBundle(VotingServiceImpl.class), CHANGELOG);
        return storage.dataSource();
    }

    /** For tests: the service on a database whose tables exist; {@code standing} may be null. */
    VotingServiceImpl(DataSource dataSource, MemberService members, PaymentStandingService standing, AuditLog audit, PlatformClock clock,
            EventAdmin events, RuleSets ruleSets) {
        this.store = new VotingStore(dataSource);
        this.members = members;
        this.standing = standing;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.ruleSets = ruleSets;
    }

    // ---- VotingService

    @Override
    public List<Assembly> assemblies() {
        return store.assemblies();
    }

    @Override
    public Optional<Assembly> assembly(long id) {
        return store.assembly(id);
    }

    @Override
    public List<Decision> decisions() {
        return store.closedBallots().stream().map(VotingServiceImpl::decision).toList();
    }

    @Override
    public Optional<Decision> decision(PlatformRef ref) {
        if (!PlatformRef.DECISION.equals(ref.type()) || !ref.id().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return store.ballot(Long.parseLong(ref.id())).filter(b -> Ballot.CLOSED.equals(b.state())).map(VotingServiceImpl::decision);
    }

    private static Decision decision(Ballot b) {
        return new Decision(b.id(), b.assemblyId(), b.title(), b.decisionType(), Boolean.TRUE.equals(b.passed()), b.summary(), b.closedAt());
    }

    // ---- rule sets and who may vote

    public RuleSets ruleSets() {
        return ruleSets;
    }

    public RuleSet ruleSet(Assembly a) {
        return ruleSets.byId(a.ruleSet());
    }

    /** @return the organisations that may vote now: members with a vote, minus those unpaid after a reminder */
    public Set<Long> eligible() {
        Set<Long> unpaid = standing == null ? Set.of() : standing.treatedAsWithdrawn();
        Set<Long> result = new HashSet<>();
        for (Organisation o : members.votingMembers()) {
            if (!unpaid.contains(o.id())) {
                result.add(o.id());
            }
        }
        return result;
    }

    // ---- assemblies

    public Assembly call(AssemblyChange c, PlatformUser actor) {
        ValidationException.throwIfAny(AssemblyRules.check(c.kind(), c.title(), c.heldAt(), c.calledOn(), c.proposalsDue(), c.materialDue()));
        RuleSet rules = ruleSets.forCall(c.calledOn());
        List<Agenda.Item> agenda = c.kind() == AssemblyKind.ORDINARY ? Agenda.ordinary(c.heldAt().getYear()) : List.of();
        long id;
        try {
            id = store.insertAssembly(new Assembly(0, c.kind(), c.title().strip(), c.heldAt(), trim(c.place()), c.calledOn(), c.proposalsDue(),
                    c.materialDue(), rules.id(), null, 1), agenda);
            if (c.kind() == AssemblyKind.EXTRAORDINARY) {
                store.clearRequests();
            }
        } catch (SQLException e) {
            throw new StorageException("cannot store assembly", e);
        }
        Assembly created = store.assembly(id).orElseThrow();
        audit.appendChange(actor.username(), "voting.assembly.call", "assembly", Long.toString(id), null, created);
        post(TOPIC_ASSEMBLY_CHANGED, Map.of(EventTopics.PROPERTY_ID, id, EventTopics.PROPERTY_ACTOR, actor.username()));
        return created;
    }

    public Assembly update(long id, long expectedVersion, AssemblyChange c, PlatformUser actor) {
        Assembly before = assemblyOrThrow(id);
        ValidationException.throwIfAny(AssemblyRules.check(before.kind(), c.title(), c.heldAt(), c.calledOn(), c.proposalsDue(), c.materialDue()));
        try {
            store.updateAssembly(new Assembly(id, before.kind(), c.title().strip(), c.heldAt(), trim(c.place()), c.calledOn(), c.proposalsDue(),
                    c.materialDue(), before.ruleSet(), before.minutesPublishedOn(), expectedVersion), expectedVersion);
        } catch (SQLException e) {
            throw new StorageException("cannot store assembly", e);
        }
        Assembly after = store.assembly(id).orElseThrow();
        audit.appendChange(actor.username(), "voting.assembly.update", "assembly", Long.toString(id), before, after);
        post(TOPIC_ASSEMBLY_CHANGED, Map.of(EventTopics.PROPERTY_ID, id, EventTopics.PROPERTY_ACTOR, actor.username()));
        return after;
    }

    public List<AgendaItem> agenda(long assemblyId) {
        assemblyOrThrow(assemblyId);
        return store.agenda(assemblyId);
    }

    /** The secretariat adds an item (e.g. a board proposal, a confirmation of an exclusion). */
    public AgendaItem addItem(long assemblyId, String title, String description, DecisionType type, PlatformUser actor) {
        assemblyOrThrow(assemblyId);
        ValidationException.throwIfAny(itemErrors(title, description));
        Agenda.ItemKind kind = type == DecisionType.EXCLUSION_CONFIRMATION ? Agenda.ItemKind.EXCLUSION : Agenda.ItemKind.OTHER;
        return added(assemblyId, kind, title, description, type, null, actor);
    }

    /** A member organisation's proposal; accepted until the statutes' deadline. */
    public AgendaItem propose(long assemblyId, long organisationId, String title, String description, PlatformUser actor) {
        Assembly a = assemblyOrThrow(assemblyId);
        Map<String, String> errors = itemErrors(title, description);
        if (clock.today().isAfter(a.proposalsDue())) {
            errors.put("proposalsDue", Statute.PROPOSALS_DUE.code());
        }
        if (!eligible().contains(organisationId)) {
            errors.put("organisation", Statute.ONE_VOTE.code());
        }
        ValidationException.throwIfAny(errors);
        return added(assemblyId, Agenda.ItemKind.PROPOSAL, title, description, DecisionType.ORDINARY, organisationId, actor);
    }

    private AgendaItem added(long assemblyId, Agenda.ItemKind kind, String title, String description, DecisionType type, Long proposedBy,
            PlatformUser actor) {
        long id;
        try {
            id = store.addItem(assemblyId, kind, title.strip(), trim(description), type, proposedBy);
        } catch (SQLException e) {
            throw new StorageException("cannot store agenda item", e);
        }
        AgendaItem item = store.agenda(assemblyId).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
        audit.appendChange(actor.username(), "voting.agenda.add", "assembly", Long.toString(assemblyId), null, item);
        return item;
    }

    private static Map<String, String> itemErrors(String title, String description) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title == null || title.isBlank()) {
            errors.put("title", "required");
        } else if (title.length() > 300) {
            errors.put("title", "too-long");
        }
        if (description != null && description.length() > 4000) {
            errors.put("description", "too-long");
        }
        return errors;
    }

    // ---- requests for an extraordinary assembly

    /** A member asks for an extraordinary assembly. @return how many members have asked and how many vote */
    public Map<String, Object> requestExtraordinary(long organisationId, String reason, PlatformUser actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<Long> eligible = eligible();
        if (!eligible.contains(organisationId)) {
            errors.put("organisation", Statute.ONE_VOTE.code());
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "required");
        } else if (reason.length() > 1000) {
            errors.put("reason", "too-long");
        }
        ValidationException.throwIfAny(errors);
        boolean added;
        try {
            added = store.insertRequest(organisationId, actor.username(), reason.strip(), clock.now());
        } catch (SQLException e) {
            throw new StorageException("cannot store request", e);
        }
        if (!added) {
            throw new ValidationException(Map.of("organisation", "already-requested"));
        }
        audit.appendChange(actor.username(), "voting.extraordinary.request", "organisation", Long.toString(organisationId), null, reason.strip());
        Map<String, Object> state = requestState();
        if ((boolean) state.get("boardMustCall")) {
            post(TOPIC_EXTRAORDINARY_REQUIRED, Map.of("requests", state.get("requests"), "votingMembers", state.get("votingMembers")));
        }
        return state;
    }

    /** @return requests, voting members, and whether a third has asked (the board must call an extraordinary assembly) */
    public Map<String, Object> requestState() {
        Set<Long> eligible = eligible();
        long requests = store.requests().stream().filter(eligible::contains).count();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("requests", requests);
        state.put("votingMembers", eligible.size());
        state.put("boardMustCall", !eligible.isEmpty() && 3 * requests >= eligible.size());
        state.put("statute", Statute.EXTRAORDINARY_REQUEST.danish());
        return state;
    }

    // ---- registration, attendance, proxies

    public List<Registration> registrations(long assemblyId) {
        assemblyOrThrow(assemblyId);
        return store.registrations(assemblyId);
    }

    /** Registers an organisation's representative and substitute (the secretariat, or the organisation's own representative). */
    public Registration register(long assemblyId, long organisationId, String representative, String substitute, PlatformUser actor) {
        assemblyOrThrow(assemblyId);
        requireActsFor(actor, organisationId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!eligible().contains(organisationId)) {
            errors.put("organisation", Statute.ONE_VOTE.code());
        }
        if (representative == null || representative.isBlank()) {
            errors.put("representative", "required");
        }
        ValidationException.throwIfAny(errors);
        Registration before = store.registration(assemblyId, organisationId).orElse(null);
        Registration r = new Registration(assemblyId, organisationId, representative.strip(), trim(substitute),
                before == null ? null : before.presentSince(), before == null ? null : before.proxyFor());
        try {
            store.putRegistration(r);
        } catch (SQLException e) {
            throw new StorageException("cannot store registration", e);
        }
        audit.appendChange(actor.username(), "voting.register", "assembly", Long.toString(assemblyId), before, r);
        return r;
    }

    /** Records an organisation present (its representative checks in, or the chair records it). */
    public void checkIn(long assemblyId, long organisationId, PlatformUser actor) {
        assemblyOrThrow(assemblyId);
        requireActsFor(actor, organisationId);
        if (!eligible().contains(organisationId)) {
            throw new ValidationException(Map.of("organisation", Statute.ONE_VOTE.code()));
        }
        inTransaction(con -> store.markPresent(con, assemblyId, organisationId, actor.username(), clock.now()));
    }

    /** One member lets another's representative vote for it, when the rule set allows proxies and within its limit. */
    public void giveProxy(long assemblyId, long giver, long holder, PlatformUser actor) {
        Assembly a = assemblyOrThrow(assemblyId);
        requireActsFor(actor, giver);
        RuleSet rules = ruleSet(a);
        if (rules.proxyLimit() == 0) {
            throw new ValidationException(Map.of("proxy", Statute.PROXIES.code()));
        }
        Set<Long> eligible = eligible();
        if (!eligible.contains(giver) || !eligible.contains(holder) || giver == holder) {
            throw new ValidationException(Map.of("proxy", Statute.ONE_VOTE.code()));
        }
        long held = store.proxiesHeld(assemblyId, holder);
        if (held >= rules.proxyLimit()) {
            throw new ValidationException(Map.of("proxy", "proxy-limit"));
        }
        inTransaction(con -> store.putRegistration(con, new Registration(assemblyId, giver, "proxy:" + holder, null, clock.now(), holder)));
        audit.appendChange(actor.username(), "voting.proxy", "assembly", Long.toString(assemblyId), null, Map.of("giver", giver, "holder", holder));
    }

    // ---- ballots

    public List<Ballot> ballots(long assemblyId) {
        assemblyOrThrow(assemblyId);
        return store.ballots(assemblyId).stream().map(this::closedIfDue).toList();
    }

    public Optional<Ballot> ballot(long id) {
        return store.ballot(id).map(this::closedIfDue);
    }

    public Ballot createBallot(long assemblyId, BallotChange c, PlatformUser actor) {
        Assembly a = assemblyOrThrow(assemblyId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.kind() == null) {
            errors.put("kind", "required");
        }
        if (c.decisionType() == null) {
            errors.put("decisionType", "required");
        }
        if (c.title() == null || c.title().isBlank()) {
            errors.put("title", "required");
        } else if (c.title().length() > 300) {
            errors.put("title", "too-long");
        }
        List<Option> options = c.options() == null ? List.of() : c.options();
        if (c.kind() != null && c.kind() != BallotKind.YES_NO) {
            Set<String> ids = new HashSet<>();
            for (Option o : options) {
                if (o == null || o.id() == null || !o.id().matches("[A-Za-z0-9-]{1,20}") || o.label() == null || o.label().isBlank()
                        || Choices.ABSTAIN.equals(o.id()) || !ids.add(o.id())) {
                    errors.put("options", "invalid-option");
                }
            }
            if (options.size() < 2 && c.kind() == BallotKind.SINGLE_CHOICE || options.isEmpty()) {
                errors.put("options", "too-few");
            }
            if (options.size() > 100) {
                errors.put("options", "too-many");
            }
        }
        if (c.kind() == BallotKind.ELECTION && (c.seats() < 1 || c.seats() > Math.max(1, options.size()))) {
            errors.put("seats", "out-of-range");
        }
        if (c.itemId() != null && store.agenda(assemblyId).stream().noneMatch(i -> i.id() == c.itemId())) {
            errors.put("itemId", "unknown");
        }
        if (c.itemId() != null && errors.isEmpty()) {
            AgendaItem item = store.agenda(assemblyId).stream().filter(i -> i.id() == c.itemId()).findFirst().orElseThrow();
            // the chair is elected in odd years only, one seat
            if (item.kind() == Agenda.ItemKind.BOARD_CHAIR && (a.heldAt().getYear() % 2 == 0 || c.seats() != 1)) {
                errors.put("itemId", Statute.CHAIR_ODD_YEARS.code());
            }
        }
        ValidationException.throwIfAny(errors);
        boolean secret = c.secret() != null ? c.secret() : ruleSet(a).rule(c.decisionType()).secretByDefault();
        long id;
        try {
            id = store.insertBallot(new Ballot(0, assemblyId, c.itemId(), c.kind(), c.decisionType(), c.title().strip(), secret,
                    c.kind() == BallotKind.ELECTION ? c.seats() : 0, c.kind() == BallotKind.YES_NO ? List.of() : options.stream()
                            .map(o -> new Option(o.id(), o.label().strip(), o.organisationId())).toList(),
                    c.closesAt(), Ballot.DRAFT, null, null, null, null, null, 1));
        } catch (SQLException e) {
            throw new StorageException("cannot store ballot", e);
        }
        Ballot created = store.ballot(id).orElseThrow();
        audit.appendChange(actor.username(), "voting.ballot.create", "ballot", Long.toString(id), null, created);
        return created;
    }

    public Ballot open(long ballotId, PlatformUser actor) {
        Ballot b = ballotOrThrow(ballotId);
        boolean opened;
        try {
            opened = store.open(ballotId, clock.now());
        } catch (SQLException e) {
            throw new StorageException("cannot open ballot", e);
        }
        if (!opened) {
            throw new ValidationException(Map.of("state", b.state().equals(Ballot.OPEN) ? "already-open" : "closed"));
        }
        audit.appendChange(actor.username(), "voting.ballot.open", "ballot", Long.toString(ballotId), b.state(), Ballot.OPEN);
        post(TOPIC_BALLOT_OPENED, Map.of(EventTopics.PROPERTY_ID, ballotId, "assemblyId", b.assemblyId(), EventTopics.PROPERTY_ACTOR, actor.username()));
        return store.ballot(ballotId).orElseThrow();
    }

    /** Closes an open ballot and counts it, in the transaction that holds the ballot's lock: no vote after this counts. */
    public Ballot close(long ballotId, PlatformUser actor) {
        Ballot b = ballotOrThrow(ballotId);
        Tally.Result[] counted = new Tally.Result[1];
        boolean[] closed = {false};
        inTransaction(con -> {
            if (!store.lockOpen(con, ballotId)) {
                return;
            }
            counted[0] = count(b);
            store.close(con, ballotId, clock.now(), counted[0].summary(), counted[0].passed(), counted[0].digest());
            closed[0] = true;
        });
        if (!closed[0]) {
            throw new ValidationException(Map.of("state", Ballot.CLOSED.equals(b.state()) ? "closed" : "not-open"));
        }
        audit.appendChange(actor.username(), "voting.ballot.close", "ballot", Long.toString(ballotId), null, counted[0].digest());
        post(TOPIC_BALLOT_CLOSED, Map.of(EventTopics.PROPERTY_ID, ballotId, "assemblyId", b.assemblyId(), EventTopics.PROPERTY_ACTOR,
                actor.username(), "passed", counted[0].passed(), "summary", counted[0].summary()));
        return store.ballot(ballotId).orElseThrow();
    }

    /** A ballot whose closing time has passed is closed (by the platform) the first time anyone looks at it. */
    private Ballot closedIfDue(Ballot b) {
        if (Ballot.OPEN.equals(b.state()) && b.closesAt() != null && !clock.now().isBefore(b.closesAt())) {
            try {
                return close(b.id(), new PlatformUser(0, "system", "System", Set.of(Role.ADMIN), null));
            } catch (ValidationException e) {
                return store.ballot(b.id()).orElse(b);
            }
        }
        return b;
    }

    /** @return the current count of a ballot (for a closed one, the same as at its close) */
    public Tally.Result count(Ballot b) {
        Assembly a = store.assembly(b.assemblyId()).orElseThrow();
        RuleSet rules = ruleSet(a);
        List<String> choices = b.secret() ? store.secretVotes(b.id()).stream().map(VotingStore.SecretVote::choice).toList()
                : store.votes(b.id()).stream().map(VotingStore.Vote::choice).toList();
        long present = store.presentCount(a.id());
        return Tally.count(b.kind(), rules.rule(b.decisionType()), rules, b.options(), b.seats(), choices, present, eligible().size());
    }

    /**
     * Casts or changes an organisation's vote.
     *
     * @param chosen the choice ({@code YES}/{@code NO}/{@code ABSTAIN}, an option id, or candidate ids)
     * @param changeToken for a secret ballot, the token from the earlier receipt to change that vote; else null
     */
    public CastReceipt cast(long ballotId, long organisationId, List<String> chosen, String changeToken, PlatformUser actor) {
        Ballot b = closedIfDue(ballotOrThrow(ballotId));
        Assembly a = store.assembly(b.assemblyId()).orElseThrow();
        requireMayVoteFor(actor, a, organisationId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!Ballot.OPEN.equals(b.state())) {
            errors.put("ballot", Ballot.CLOSED.equals(b.state()) ? "closed" : "not-open");
        }
        Organisation o = members.get(organisationId).orElseThrow(() -> new NoSuchElementException("no organisation " + organisationId));
        if (!o.hasVotingRight()) {
            errors.put("organisation", Statute.ONE_VOTE.code());
        } else if (standing != null && standing.treatedAsWithdrawn(organisationId)) {
            errors.put("organisation", Statute.UNPAID.code());
        }
        Optional<String> choice = Choices.canonical(b.kind(), b.options(), b.seats(), chosen);
        if (choice.isEmpty()) {
            errors.put("choice", "invalid-choice");
        }
        ValidationException.throwIfAny(errors);
        String nonce = Receipts.nonce();
        String receipt = Receipts.receipt(ballotId, choice.get(), nonce);
        Instant now = clock.now();
        CastReceipt[] result = new CastReceipt[1];
        inTransaction(con -> {
            if (!store.lockOpen(con, ballotId)) {
                throw new ValidationException(Map.of("ballot", "closed"));
            }
            store.markPresent(con, a.id(), organisationId, actor.username(), now);
            if (b.secret()) {
                result[0] = castSecret(con, b, organisationId, choice.get(), nonce, receipt, changeToken, actor);
            } else {
                Optional<VotingStore.Vote> old = store.vote(con, ballotId, organisationId);
                int revision = old.map(v -> v.revision() + 1).orElse(1);
                VotingStore.Vote vote = new VotingStore.Vote(organisationId, choice.get(), nonce, receipt, revision, actor.username(), now);
                if (old.isEmpty()) {
                    store.insertVote(con, ballotId, vote);
                    store.append(con, ballotId, "CAST", receipt, null, choice.get());
                } else {
                    store.replaceVote(con, ballotId, old.get(), vote);
                    store.append(con, ballotId, "REPLACE", receipt, old.get().receipt(), choice.get());
                }
                result[0] = new CastReceipt(ballotId, receipt, nonce, choice.get(), revision, null);
            }
        });
        return result[0];
    }

    private CastReceipt castSecret(Connection con, Ballot b, long organisationId, String choice, String nonce, String receipt, String changeToken,
            PlatformUser actor) throws SQLException {
        String token = Receipts.nonce() + Receipts.nonce();
        if (changeToken != null && !changeToken.isBlank()) {
            VotingStore.SecretVote old = store.secretVoteByToken(con, b.id(), Receipts.tokenHash(changeToken.strip()))
                    .orElseThrow(() -> new ValidationException(Map.of("changeToken", "unknown-token")));
            store.deleteSecretVote(con, old.receipt());
            store.insertSecretVote(con, b.id(), new VotingStore.SecretVote(receipt, choice, nonce, Receipts.tokenHash(token)));
            store.append(con, b.id(), "REPLACE", receipt, old.receipt(), choice);
            return new CastReceipt(b.id(), receipt, nonce, choice, 2, token);
        }
        if (!store.insertParticipation(con, b.id(), organisationId, actor.username())) {
            throw new ValidationException(Map.of("organisation", "already-voted"));
        }
        store.insertSecretVote(con, b.id(), new VotingStore.SecretVote(receipt, choice, nonce, Receipts.tokenHash(token)));
        store.append(con, b.id(), "CAST", receipt, null, choice);
        return new CastReceipt(b.id(), receipt, nonce, choice, 1, token);
    }

    /** @return the public bulletin board: every counted ballot's receipt and choice, no organisations */
    public List<Map<String, String>> board(long ballotId) {
        Ballot b = ballotOrThrow(ballotId);
        List<Map<String, String>> entries = new ArrayList<>();
        if (b.secret()) {
            store.secretVotes(ballotId).forEach(v -> entries.add(Map.of("receipt", v.receipt(), "choice", v.choice())));
        } else {
            store.votes(ballotId).forEach(v -> entries.add(Map.of("receipt", v.receipt(), "choice", v.choice())));
        }
        entries.sort((x, y) -> x.get("receipt").compareTo(y.get("receipt")));
        return entries;
    }

    /** @return how many of the voting members have voted and are present (the chair's turnout) */
    public Map<String, Object> turnout(long ballotId) {
        Ballot b = ballotOrThrow(ballotId);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("voted", store.participantOrganisations(ballotId).size());
        t.put("present", store.presentCount(b.assemblyId()));
        t.put("eligible", eligible().size());
        t.put("state", b.state());
        return t;
    }

    /**
     * Checks a ballot independently: every receipt recomputed from its stored choice and nonce, the
     * hash chain recomputed and replayed to the current votes, the tally recounted from the board
     * and compared with the result stored at the close.
     */
    public Verification verify(long ballotId) {
        Ballot b = ballotOrThrow(ballotId);
        List<String> problems = new ArrayList<>();
        Map<String, String> current = new HashMap<>();
        if (b.secret()) {
            for (VotingStore.SecretVote v : store.secretVotes(ballotId)) {
                current.put(v.receipt(), v.choice());
                if (!Receipts.receipt(ballotId, v.choice(), v.nonce()).equals(v.receipt())) {
                    problems.add("receipt " + v.receipt() + " does not match its stored choice");
                }
            }
            if (store.participants(ballotId) != current.size()) {
                problems.add(store.participants(ballotId) + " organisations took part but " + current.size() + " ballots are counted");
            }
        } else {
            for (VotingStore.Vote v : store.votes(ballotId)) {
                current.put(v.receipt(), v.choice());
                if (!Receipts.receipt(ballotId, v.choice(), v.nonce()).equals(v.receipt())) {
                    problems.add("receipt " + v.receipt() + " does not match its stored choice");
                }
            }
        }
        List<VotingStore.LogEntry> log = store.log(ballotId);
        String previous = Receipts.GENESIS;
        Map<String, String> replayed = new HashMap<>();
        long expectedSeq = 1;
        for (VotingStore.LogEntry e : log) {
            if (e.seq() != expectedSeq++ || !e.prevHash().equals(previous)
                    || !Receipts.chain(previous, e.seq(), ballotId, e.action(), e.receipt(), e.replaces(), e.choice()).equals(e.hash())) {
                problems.add("log entry " + e.seq() + " breaks the hash chain");
            }
            previous = e.hash();
            if (e.replaces() != null) {
                replayed.remove(e.replaces());
            }
            replayed.put(e.receipt(), e.choice());
        }
        if (!replayed.equals(current)) {
            problems.add("the counted ballots differ from the log: " + difference(replayed, current));
        }
        Tally.Result recount = count(b);
        if (b.resultDigest() != null && !b.resultDigest().equals(recount.digest())) {
            problems.add("the recount differs from the result published at the close");
        }
        return new Verification(ballotId, problems.isEmpty(), current.size(), log.size(), recount.digest(), b.resultDigest(), List.copyOf(problems));
    }

    private static String difference(Map<String, String> log, Map<String, String> rows) {
        Set<String> all = new HashSet<>(log.keySet());
        all.addAll(rows.keySet());
        return all.stream().filter(r -> !java.util.Objects.equals(log.get(r), rows.get(r))).limit(5)
                .map(r -> r.substring(0, 12) + "…").collect(Collectors.joining(", "));
    }

    // ---- minutes

    /** @return the stored minutes, or a draft from the agenda, attendance and results */
    public String minutes(long assemblyId) {
        return store.minutes(assemblyId).orElseGet(() -> draftMinutes(assemblyId));
    }

    public String draftMinutes(long assemblyId) {
        Assembly a = assemblyOrThrow(assemblyId);
        StringBuilder m = new StringBuilder();
        m.append("Referat af ").append(a.title()).append('\n');
        m.append("Afholdt ").append(a.heldAt().toLocalDate().format(DANISH_DATE)).append(" kl. ").append(a.heldAt().toLocalTime())
                .append(a.place() == null ? "" : ", " + a.place()).append(".\n\n");
        List<Registration> present = store.registrations(assemblyId).stream().filter(r -> r.presentSince() != null).toList();
        m.append("Fremmødte medlemmer (").append(present.size()).append(" af ").append(eligible().size()).append(" stemmeberettigede):\n");
        for (Registration r : present) {
            m.append("- ").append(members.get(r.organisationId()).map(Organisation::name).orElse("organisation " + r.organisationId()))
                    .append(r.proxyFor() == null ? "" : " (ved fuldmagt)").append('\n');
        }
        m.append('\n');
        List<Ballot> ballots = store.ballots(assemblyId);
        for (AgendaItem item : store.agenda(assemblyId)) {
            m.append(item.position()).append(". ").append(item.title()).append('\n');
            if (item.description() != null) {
                m.append("   ").append(item.description()).append('\n');
            }
            for (Ballot b : ballots) {
                if (b.itemId() != null && b.itemId() == item.id()) {
                    m.append("   Afstemning: ").append(b.title()).append(b.secret() ? " (skriftlig)" : "").append(". ")
                            .append(Ballot.CLOSED.equals(b.state()) ? b.summary() : "Ikke afsluttet.").append('\n');
                }
            }
        }
        m.append("\nReferatet offentliggøres senest ").append(a.heldAt().toLocalDate().plusWeeks(2).format(DANISH_DATE))
                .append(" (").append(Statute.MINUTES.danish()).append(")\n");
        return m.toString();
    }

    public Assembly saveMinutes(long assemblyId, long expectedVersion, String text, boolean publish, PlatformUser actor) {
        return saveMinutes(assemblyId, expectedVersion, text, publish ? clock.today() : null, actor);
    }

    /** Saves the minutes; a publication date publishes them (the demo enters a past assembly's). */
    public Assembly saveMinutes(long assemblyId, long expectedVersion, String text, LocalDate publishOn, PlatformUser actor) {
        boolean publish = publishOn != null;
        Assembly before = assemblyOrThrow(assemblyId);
        if (text == null || text.isBlank()) {
            throw new ValidationException(Map.of("minutes", "required"));
        }
        if (text.length() > 100_000) {
            throw new ValidationException(Map.of("minutes", "too-long"));
        }
        LocalDate published = publish ? publishOn : before.minutesPublishedOn();
        try {
            store.saveMinutes(assemblyId, expectedVersion, text, published);
        } catch (SQLException e) {
            throw new StorageException("cannot store minutes", e);
        }
        Assembly after = store.assembly(assemblyId).orElseThrow();
        audit.appendChange(actor.username(), publish ? "voting.minutes.publish" : "voting.minutes.save", "assembly", Long.toString(assemblyId),
                null, publish ? "published" : "saved");
        if (publish) {
            post(TOPIC_MINUTES_PUBLISHED, Map.of(EventTopics.PROPERTY_ID, assemblyId, EventTopics.PROPERTY_ACTOR, actor.username()));
        }
        return after;
    }

    /** @return whether the minutes were (or, unpublished, now are) later than the statutes' two weeks */
    public boolean minutesLate(Assembly a) {
        LocalDate due = a.heldAt().toLocalDate().plusWeeks(2);
        return (a.minutesPublishedOn() == null ? clock.today() : a.minutesPublishedOn()).isAfter(due);
    }

    // ---- access

    /** The secretariat acts for anyone; a member representative for its own organisation only. */
    private static void requireActsFor(PlatformUser actor, long organisationId) {
        if (!actor.mayActFor(organisationId)) {
            throw new AccessDeniedException("a member representative acts only for its own organisation");
        }
    }

    /** Who may cast for an organisation: its registered representative or substitute, or the holder of its proxy. */
    private void requireMayVoteFor(PlatformUser actor, Assembly a, long organisationId) {
        Optional<Registration> reg = store.registration(a.id(), organisationId);
        if (reg.isPresent() && reg.get().proxyFor() != null) {
            if (actor.organisationId() != null && actor.organisationId().equals(reg.get().proxyFor()) && actor.hasRole(Role.MEMBER_REPRESENTATIVE)) {
                return;
            }
            throw new AccessDeniedException("this member has given its proxy to another member's representative");
        }
        if (!actor.roles().contains(Role.MEMBER_REPRESENTATIVE) || actor.organisationId() == null || actor.organisationId() != organisationId) {
            throw new AccessDeniedException("only the organisation's own representative votes for it");
        }
        if (reg.isPresent() && !actor.username().equals(reg.get().representative()) && !actor.username().equals(reg.get().substitute())) {
            throw new ValidationException(Map.of("representative", "not-registered"));
        }
    }

    // ---- helpers

    private Assembly assemblyOrThrow(long id) {
        return store.assembly(id).orElseThrow(() -> new NoSuchElementException("no assembly " + id));
    }

    private Ballot ballotOrThrow(long id) {
        return store.ballot(id).orElseThrow(() -> new NoSuchElementException("no ballot " + id));
    }

    @FunctionalInterface
    interface Work {
        void run(Connection con) throws SQLException;
    }

    private void inTransaction(Work work) {
        try (Connection con = store.connection()) {
            con.setAutoCommit(false);
            try {
                work.run(con);
                con.commit();
            } catch (SQLException | RuntimeException e) {
                con.rollback();
                if (e instanceof SQLException s && "23505".equals(s.getSQLState())) {
                    throw new ValidationException(Map.of("organisation", "already-voted"));
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("voting storage failed: " + e.getMessage(), e);
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void post(String topic, Map<String, ?> properties) {
        events.postEvent(new Event(topic, properties));
    }
}
