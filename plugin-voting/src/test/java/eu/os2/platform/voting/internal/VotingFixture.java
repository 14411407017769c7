package eu.os2.platform.voting.internal;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.message.Outbox;
import eu.os2.platform.api.payment.PaymentStandingService;
import eu.os2.platform.api.ref.PlatformRef;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.api.voting.Decision;
import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.testing.RecordingOutbox;
import eu.os2.platform.voting.internal.assembly.AssembliesImpl;
import eu.os2.platform.voting.internal.ballot.BallotsImpl;
import eu.os2.platform.voting.internal.electorate.ElectorateImpl;
import eu.os2.platform.voting.internal.minutes.MinutesImpl;
import eu.os2.platform.voting.internal.model.Agenda;
import eu.os2.platform.voting.internal.model.AgendaItem;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.BoardEntry;
import eu.os2.platform.voting.internal.model.CastReceipt;
import eu.os2.platform.voting.internal.model.Registration;
import eu.os2.platform.voting.internal.model.RequestState;
import eu.os2.platform.voting.internal.model.RuleSets;
import eu.os2.platform.voting.internal.model.Verification;
import eu.os2.platform.voting.internal.notices.TextCalendars;
import eu.os2.platform.voting.internal.notices.VotingMessageKinds;
import eu.os2.platform.voting.internal.notices.VotingNotices;
import eu.os2.platform.voting.internal.notices.VotingNoticesImpl;
import eu.os2.platform.voting.internal.store.VotingDatabase;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.osgi.service.event.EventAdmin;

/**
 * The plugin's components wired as DS wires them, on a database whose tables exist; the tests call them
 * through this. The database's connections join {@code Transactions.run} as the platform's do.
 */
public final class VotingFixture {

    public final VotingServiceImpl service;
    public final Electorate electorate;
    public final Assemblies assemblies;
    public final Ballots ballots;
    public final Minutes minutes;
    public final VotingNotices notices;
    public final Outbox outbox;

    public VotingFixture(
            DataSource db,
            MemberService members,
            PaymentStandingService standing,
            AuditLog audit,
            PlatformClock clock,
            EventAdmin events,
            RuleSets ruleSets) {
        this(
                db,
                members,
                standing,
                audit,
                clock,
                events,
                ruleSets,
                RecordingOutbox.inTransactionsOf(db).accepting(new VotingMessageKinds()));
    }

    /** The components writing their messages to {@code outbox}. */
    public VotingFixture(
            DataSource db,
            MemberService members,
            PaymentStandingService standing,
            AuditLog audit,
            PlatformClock clock,
            EventAdmin events,
            RuleSets ruleSets,
            Outbox outbox) {
        VotingDatabase database = VotingDatabase.over(db);
        this.outbox = outbox;
        service = new VotingServiceImpl(database);
        electorate = new ElectorateImpl(members, standing, ruleSets);
        notices = new VotingNoticesImpl(outbox, new TextCalendars(), electorate, database, clock);
        assemblies = new AssembliesImpl(database, electorate, audit, clock, events, notices);
        ballots = new BallotsImpl(database, electorate, audit, clock, events, notices);
        minutes = new MinutesImpl(database, electorate, audit, clock, events, notices);
    }

    public Assembly call(AssemblyChange c, PlatformUser actor) {
        return assemblies.call(c, actor);
    }

    public List<AgendaItem> agenda(long assemblyId) {
        return assemblies.agenda(assemblyId);
    }

    public AgendaItem addItem(
            long assemblyId, String title, String description, DecisionType type, PlatformUser actor) {
        return assemblies.addItem(assemblyId, title, description, type, null, actor);
    }

    /** @return the assembly's first agenda item of the kind */
    public AgendaItem item(long assemblyId, Agenda.ItemKind kind) {
        return agenda(assemblyId).stream()
                .filter(i -> i.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    public void checkIn(long assemblyId, long organisationId, PlatformUser actor) {
        assemblies.checkIn(assemblyId, organisationId, actor);
    }

    public void checkOut(long assemblyId, long organisationId, PlatformUser actor) {
        assemblies.checkOut(assemblyId, organisationId, actor);
    }

    public AgendaItem propose(
            long assemblyId, long organisationId, String title, String description, PlatformUser actor) {
        return assemblies.propose(assemblyId, organisationId, title, description, actor);
    }

    public RequestState requestExtraordinary(long organisationId, String reason, PlatformUser actor) {
        return assemblies.requestExtraordinary(organisationId, reason, actor);
    }

    public RequestState requestState() {
        return assemblies.requestState();
    }

    public Registration register(
            long assemblyId, long organisationId, String representative, String substitute, PlatformUser actor) {
        return assemblies.register(assemblyId, organisationId, representative, substitute, actor);
    }

    public void giveProxy(long assemblyId, long giver, long holder, PlatformUser actor) {
        assemblies.giveProxy(assemblyId, giver, holder, actor);
    }

    public Set<Long> eligible() {
        return electorate.eligible();
    }

    /** @return every member organisation with a vote, paid up or not */
    public Set<Long> members() {
        return electorate.members();
    }

    public Ballot createBallot(long assemblyId, BallotChange c, PlatformUser actor) {
        return ballots.create(assemblyId, c, actor);
    }

    public Optional<Ballot> ballot(long id) {
        return ballots.ballot(id);
    }

    public Ballot open(long ballotId, PlatformUser actor) {
        return ballots.open(ballotId, actor);
    }

    public Ballot close(long ballotId, PlatformUser actor) {
        return ballots.close(ballotId, actor);
    }

    public CastReceipt cast(
            long ballotId, long organisationId, List<String> chosen, String changeToken, PlatformUser actor) {
        return ballots.cast(ballotId, organisationId, chosen, changeToken, actor);
    }

    public List<BoardEntry> board(long ballotId) {
        return ballots.board(ballotId);
    }

    public Verification verify(long ballotId) {
        return ballots.verify(ballotId);
    }

    public Optional<Decision> decision(PlatformRef ref) {
        return service.decision(ref);
    }

    public String draftMinutes(long assemblyId) {
        return minutes.draftMinutes(assemblyId);
    }

    public Assembly saveMinutes(
            long assemblyId, long expectedVersion, String text, boolean publish, PlatformUser actor) {
        return minutes.saveMinutes(assemblyId, expectedVersion, text, publish, actor);
    }
}
