package eu.os2.platform.voting.internal.bench;

import eu.os2.platform.api.member.MemberPage;
import eu.os2.platform.api.member.MemberQuery;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.Membership;
import eu.os2.platform.api.member.MembershipStatus;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.member.OrganisationChange;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.voting.AssemblyKind;
import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.testing.TestDatabases;
import eu.os2.platform.voting.internal.AssemblyChange;
import eu.os2.platform.voting.internal.BallotChange;
import eu.os2.platform.voting.internal.BenchAccess;
import eu.os2.platform.voting.internal.VotingFixture;
import eu.os2.platform.voting.internal.model.Agenda;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.BallotKind;
import eu.os2.platform.voting.internal.model.Receipts;
import eu.os2.platform.voting.internal.model.Verification;
import eu.os2.platform.voting.internal.store.VotingDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Tally and verify for 100, 10,000 and 100,000 ballots (written with their receipts and hash chain
 * as the service writes them), and cast throughput through the service with 16 concurrent voters,
 * on an H2 file database with the plugin's changelog. Run it with {@code bench/voting-benchmark.sh};
 * it prints its figures and is not a test.
 */
public final class VotingBenchmark {

    static final PlatformUser CHAIR = new PlatformUser(1, "bench", "Bench", Set.of(Role.ADMIN), null);

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0
                ? new int[] {100, 10_000, 100_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf("%-10s %-12s %-12s %-14s%n", "ballots", "tally (ms)", "verify (ms)", "verify ok");
        for (int n : sizes) {
            tallyAndVerify(n);
        }
        castThroughput(10_000, 16);
    }

    static DataSource database() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:" + Files.createTempDirectory("os2-voting-bench").resolve("db") + ";LOCK_TIMEOUT=60000");
        JdbcConnectionPool pool = JdbcConnectionPool.create(h2);
        pool.setMaxConnections(32);
        return TestDatabases.migrate(pool, VotingDatabase.CHANGELOG);
    }

    static Ballot openBallot(VotingFixture voting) {
        long assembly = voting.assemblies
                .enterHeld(
                        new AssemblyChange(
                                AssemblyKind.ORDINARY,
                                "Bench",
                                LocalDateTime.of(2026, 4, 29, 13, 0),
                                null,
                                LocalDate.of(2026, 3, 20),
                                LocalDate.of(2026, 4, 10),
                                LocalDate.of(2026, 4, 15)),
                        CHAIR)
                .id();
        Ballot b = voting.createBallot(
                assembly,
                new BallotChange(
                        voting.item(assembly, Agenda.ItemKind.ACCOUNTS).id(),
                        BallotKind.YES_NO,
                        DecisionType.ORDINARY,
                        "Bench",
                        false,
                        0,
                        List.of(),
                        null),
                CHAIR);
        return voting.open(b.id(), CHAIR);
    }

    static void tallyAndVerify(int n) throws Exception {
        DataSource db = database();
        VotingFixture voting = BenchAccess.service(db, new Directory(n));
        Ballot b = openBallot(voting);
        String[] choices = {"YES", "NO", "ABSTAIN"};
        try (Connection con = db.getConnection()) {
            con.setAutoCommit(false);
            try (PreparedStatement vote =
                            con.prepareStatement("INSERT INTO voting_vote (ballot_id, organisation_id, choice, nonce,"
                                    + " receipt, revision, cast_by, cast_at) VALUES (?, ?, ?, ?, ?, 1, 'bench', ?)");
                    PreparedStatement log =
                            con.prepareStatement("INSERT INTO voting_log (ballot_id, seq, action, receipt, replaces,"
                                    + " choice, prev_hash, hash) VALUES (?, ?, 'CAST', ?, NULL, ?, ?, ?)")) {
                String prev = Receipts.GENESIS;
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 1; i <= n; i++) {
                    String choice = choices[i % 3 == 0 ? 1 : i % 7 == 0 ? 2 : 0];
                    String nonce = Receipts.nonce();
                    String receipt = Receipts.receipt(b.id(), choice, nonce);
                    vote.setLong(1, b.id());
                    vote.setLong(2, i);
                    vote.setString(3, choice);
                    vote.setString(4, nonce);
                    vote.setString(5, receipt);
                    vote.setTimestamp(6, now);
                    vote.addBatch();
                    String hash = Receipts.chain(prev, i, b.id(), "CAST", receipt, null, choice);
                    log.setLong(1, b.id());
                    log.setLong(2, i);
                    log.setString(3, receipt);
                    log.setString(4, choice);
                    log.setString(5, prev);
                    log.setString(6, hash);
                    log.addBatch();
                    prev = hash;
                    if (i % 1000 == 0) {
                        vote.executeBatch();
                        log.executeBatch();
                    }
                }
                vote.executeBatch();
                log.executeBatch();
            }
            // the counts per choice each cast keeps beside its vote
            try (PreparedStatement counts = con.prepareStatement("INSERT INTO voting_choice_count (ballot_id, choice,"
                    + " votes) SELECT ballot_id, choice, COUNT(*) FROM voting_vote WHERE ballot_id = ? GROUP BY"
                    + " ballot_id, choice")) {
                counts.setLong(1, b.id());
                counts.executeUpdate();
            }
            con.commit();
        }
        long start = System.nanoTime();
        Ballot closed = voting.close(b.id(), CHAIR);
        double tallyMs = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        Verification v = voting.verify(b.id());
        double verifyMs = (System.nanoTime() - start) / 1e6;
        if (!v.ok() || v.ballots() != n) {
            throw new IllegalStateException("verification failed: " + v.problems() + " " + closed.summary());
        }
        System.out.printf("%-10d %-12.0f %-12.0f %-14s%n", n, tallyMs, verifyMs, v.ok());
    }

    static void castThroughput(int voters, int threads) throws Exception {
        DataSource db = database();
        VotingFixture voting = BenchAccess.service(db, new Directory(voters));
        Ballot b = openBallot(voting);
        for (long org = 1; org <= voters; org++) {
            // a member votes only while checked in, by the representative who checked in
            voting.checkIn(b.assemblyId(), org, representative(org));
        }
        // daemon threads: a failed cast ends the benchmark instead of leaving the pool waiting
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (long org = 1; org <= voters; org++) {
            long o = org;
            futures.add(pool.submit(
                    () -> voting.cast(b.id(), o, List.of(o % 3 == 0 ? "NO" : "YES"), null, representative(o))));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        voting.close(b.id(), CHAIR); // a ballot is verified once it is closed
        Verification v = voting.verify(b.id());
        System.out.printf(
                "cast: %d votes from %d concurrent voters in %.2f s = %.0f votes/s; verify ok: %s (ballots %d%s)%n",
                voters,
                threads,
                seconds,
                voters / seconds,
                v.ok() && v.ballots() == voters,
                v.ballots(),
                v.problems().isEmpty()
                        ? ""
                        : ", "
                                + v.problems()
                                        .subList(0, Math.min(3, v.problems().size())));
    }

    static PlatformUser representative(long organisation) {
        return new PlatformUser(
                organisation, "rep-" + organisation, "rep", Set.of(Role.MEMBER_REPRESENTATIVE), organisation);
    }

    /** A member directory of n municipalities, all with a vote. */
    record Directory(int n) implements MemberService {
        Organisation org(long id) {
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

        @Override
        public Optional<Organisation> get(long id) {
            return id >= 1 && id <= n ? Optional.of(org(id)) : Optional.empty();
        }

        @Override
        public Optional<Organisation> findByCvr(String cvr) {
            return Optional.empty();
        }

        @Override
        public MemberPage search(MemberQuery q) {
            return new MemberPage(List.of(), n, q.offset(), q.limit());
        }

        @Override
        public List<Organisation> votingMembers() {
            List<Organisation> all = new ArrayList<>(n);
            for (long i = 1; i <= n; i++) {
                all.add(org(i));
            }
            return all;
        }

        @Override
        public Organisation create(OrganisationChange change, PlatformUser actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Organisation update(long id, long expectedVersion, OrganisationChange change, PlatformUser actor) {
            throw new UnsupportedOperationException();
        }
    }
}
