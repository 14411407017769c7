package eu.os2.platform.voting.internal;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.Membership;
import eu.os2.platform.api.member.MembershipStatus;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.payment.PaymentStandingService;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.api.voting.AssemblyKind;
import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.testing.RecordingAuditLog;
import eu.os2.platform.testing.RecordingEventAdmin;
import eu.os2.platform.voting.internal.model.Agenda;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.BallotKind;
import eu.os2.platform.voting.internal.model.RuleSets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;

/**
 * The service on a real database with the plugin's changelog, as the contracts use it: 200 member
 * organisations (one unpaid after a reminder) and a supplier partner, an audit log that refuses an
 * entry outside its change's transaction, a clock that the test moves, and the 2026 ordinary assembly.
 */
abstract class VotingContractBase {

    static final PlatformUser SECRETARIAT =
            new PlatformUser(2, "sekretariat", "Sekretariatet", Set.of(Role.SECRETARIAT), null);
    static final int ORGANISATIONS = 200;
    static final long PARTNER = 999;
    static final long UNPAID = 7;

    abstract DataSource database() throws Exception;

    DataSource db;
    RecordingEventAdmin events;
    RecordingAuditLog audit;
    MovableClock clock;
    List<Organisation> orgs;
    MemberService members;
    PaymentStandingService standing;
    VotingFixture service;
    Assembly assembly;

    static PlatformUser rep(long org) {
        return new PlatformUser(
                1000 + org, "rep-" + org, "Repræsentant " + org, Set.of(Role.MEMBER_REPRESENTATIVE), org);
    }

    @BeforeEach
    void setUp() throws Exception {
        orgs = new CopyOnWriteArrayList<>();
        for (long id = 1; id <= ORGANISATIONS; id++) {
            orgs.add(municipality(id));
        }
        Organisation partner = new Organisation(
                PARTNER,
                "12345674",
                null,
                "Leverandør ApS",
                OrganisationKind.SUPPLIER_PARTNER,
                null,
                null,
                null,
                null,
                new Membership(LocalDate.of(2015, 1, 1), MembershipStatus.ACTIVE),
                1);
        members = mock(MemberService.class);
        when(members.votingMembers()).thenReturn(orgs);
        when(members.get(anyLong())).thenAnswer(inv -> {
            long id = inv.getArgument(0);
            return id == PARTNER
                    ? Optional.of(partner)
                    : orgs.stream().filter(o -> o.id() == id).findFirst();
        });
        standing = mock(PaymentStandingService.class);
        when(standing.treatedAsWithdrawn(anyLong())).thenAnswer(inv -> (long) inv.getArgument(0) == UNPAID);
        when(standing.treatedAsWithdrawn()).thenReturn(Set.of(UNPAID));
        events = new RecordingEventAdmin();
        db = database();
        audit = RecordingAuditLog.inTransactionsOf(db);
        // the assembly is called in March (dates must lie ahead); the tests run on its day
        clock = new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));
        service = new VotingFixture(db, members, standing, audit, clock, events, RuleSets.configured("", 0, 0));
        assembly = service.call(
                new AssemblyChange(
                        AssemblyKind.ORDINARY,
                        "Ordinær generalforsamling 2026",
                        LocalDateTime.of(2026, 4, 23, 13, 0),
                        "Aarhus Rådhus",
                        LocalDate.of(2026, 3, 20),
                        LocalDate.of(2026, 4, 9),
                        LocalDate.of(2026, 4, 15)),
                SECRETARIAT);
        clock.now = Instant.parse("2026-04-23T11:30:00Z");
    }

    static Organisation municipality(long id) {
        return new Organisation(
                id,
                "29188386",
                null,
                "Kommune " + id,
                OrganisationKind.MUNICIPALITY,
                null,
                null,
                null,
                null,
                new Membership(LocalDate.of(2015, 1, 1), MembershipStatus.ACTIVE),
                1);
    }

    /** A clock the test sets. */
    static final class MovableClock implements PlatformClock {
        volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Clock clock() {
            return Clock.fixed(now, ZONE);
        }
    }

    /** @return a yes/no ballot on the accounts, opened */
    Ballot yesNo(String title, boolean secret) {
        return yesNo(title, secret, Agenda.ItemKind.ACCOUNTS);
    }

    Ballot yesNo(String title, boolean secret, Agenda.ItemKind on) {
        Ballot b = service.createBallot(
                assembly.id(),
                new BallotChange(
                        service.item(assembly.id(), on).id(),
                        BallotKind.YES_NO,
                        DecisionType.ORDINARY,
                        title,
                        secret,
                        0,
                        List.of(),
                        null),
                SECRETARIAT);
        return service.open(b.id(), SECRETARIAT);
    }

    /** Checks the organisations in, as their representatives do: a member votes only while checked in. */
    void checkIn(long from, long to) {
        for (long org = from; org <= to; org++) {
            if (org != UNPAID) {
                service.checkIn(assembly.id(), org, rep(org));
            }
        }
    }
}
