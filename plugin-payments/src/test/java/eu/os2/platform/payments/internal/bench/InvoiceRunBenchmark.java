package eu.os2.platform.payments.internal.bench;

import eu.os2.platform.api.member.MemberPage;
import eu.os2.platform.api.member.MemberQuery;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.Membership;
import eu.os2.platform.api.member.MembershipStatus;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.member.OrganisationChange;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.ProductTariff;
import eu.os2.platform.api.payment.TariffChange;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.payments.internal.BenchAccess;
import eu.os2.platform.payments.internal.Payments;
import eu.os2.platform.payments.internal.model.Fixtures;
import eu.os2.platform.payments.internal.model.Municipalities;
import eu.os2.platform.payments.internal.model.Reports;
import eu.os2.platform.payments.internal.store.PaymentTables;
import eu.os2.platform.testing.TestDatabases;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The invoice run for 100, 10,000 and 100,000 synthetic members, each subscribed to 30 products,
 * through the real service with the plugin's changelog, on an H2 file database and, when
 * {@value TestDatabases#POSTGRES_URL} names a PostgreSQL server, on a fresh schema there: time,
 * invoices per second and the heap the run needed, the two databases side by side. Run it with
 * {@code bench/invoice-run-benchmark.sh}; it prints its figures and is not a test.
 */
public final class InvoiceRunBenchmark {

    static final int PRODUCTS = 30;
    static final PlatformUser ACTOR = new PlatformUser(1, "bench", "Bench", Set.of(Role.ADMIN), null);

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0
                ? new int[] {100, 10_000, 100_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        boolean postgres = System.getenv(TestDatabases.POSTGRES_URL) != null
                && !System.getenv(TestDatabases.POSTGRES_URL).isBlank();
        System.out.printf(
                "%-11s %-10s %-9s %-9s %-11s %-9s %-12s %-16s %-14s%n",
                "database",
                "members",
                "products",
                "invoices",
                "lines",
                "run (s)",
                "invoices/s",
                "live heap (MB)",
                "peak heap (MB)");
        for (int n : sizes) {
            run("H2", h2(), n);
            if (postgres) {
                run("PostgreSQL", TestDatabases.postgres(PaymentTables.CHANGELOG), n);
            }
        }
        if (!postgres) {
            System.out.println("PostgreSQL: not measured (set " + TestDatabases.POSTGRES_URL + " to a JDBC URL)");
        }
    }

    /**
     * A file database as the distribution's: every commit written before it is acknowledged, and
     * reached through a pool, so that it stays open between transactions as it does behind the
     * distribution's pool (an H2 file database whose last connection closes is closed and compacted).
     */
    static DataSource h2() throws Exception {
        Path dir = Files.createTempDirectory("os2-invoice-bench");
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:" + dir.resolve("db") + ";WRITE_DELAY=0;LOCK_TIMEOUT=600000");
        JdbcConnectionPool pool = JdbcConnectionPool.create(h2);
        pool.setMaxConnections(16);
        return TestDatabases.migrate(pool, PaymentTables.CHANGELOG);
    }

    static void run(String database, DataSource db, int members) throws Exception {
        List<Organisation> organisations = new ArrayList<>(members);
        List<Integer> codes = List.copyOf(Municipalities.get().all().keySet());
        for (int i = 1; i <= members; i++) {
            organisations.add(new Organisation(
                    i,
                    "29188386",
                    "5798000000155",
                    "Kommune " + i,
                    OrganisationKind.MUNICIPALITY,
                    codes.get(i % codes.size()),
                    null,
                    null,
                    null,
                    new Membership(LocalDate.of(2015, 1, 1), MembershipStatus.ACTIVE),
                    1));
        }
        Payments service = BenchAccess.service(db, new Directory(organisations));
        List<ProductTariff> products = new ArrayList<>();
        for (int p = 0; p < PRODUCTS; p++) {
            ProductTariff v = Fixtures.valghalla();
            products.add(new ProductTariff("Produkt " + p, v.prices(), 1, 3, v.contributionRate()));
        }
        TariffVersion draft = service.createDraft(
                new TariffChange(
                        "Bench",
                        LocalDate.of(2023, 1, 1),
                        null,
                        null,
                        Money.kroner(25_000),
                        null,
                        Money.ZERO,
                        products),
                ACTOR);
        service.adopt(draft.id(), draft.version(), "decision:bench", ACTOR);
        service.importPopulation(
                new String(
                        InvoiceRunBenchmark.class
                                .getResourceAsStream(Municipalities.RESOURCE)
                                .readAllBytes(),
                        StandardCharsets.UTF_8),
                "bench",
                ACTOR);
        try (Connection con = db.getConnection()) {
            con.setAutoCommit(false);
            try (PreparedStatement billing = con.prepareStatement(
                            "INSERT INTO payments_billing (organisation_id, order_reference,"
                                    + " person_reference, street, postcode, city, version) VALUES (?, 'PO-1', 'Økonomi', 'Rådhusvej 1', '2750', 'By', 1)");
                    PreparedStatement sub = con.prepareStatement(
                            "INSERT INTO payments_subscription (organisation_id, product, starts, passive,"
                                    + " version) VALUES (?, ?, ?, ?, 1)")) {
                for (Organisation o : organisations) {
                    billing.setLong(1, o.id());
                    billing.addBatch();
                    for (int p = 0; p < PRODUCTS; p++) {
                        sub.setLong(1, o.id());
                        sub.setString(2, "Produkt " + p);
                        sub.setDate(3, Date.valueOf(p % 10 == 0 ? LocalDate.of(2026, 2, 1) : LocalDate.of(2020, 1, 1)));
                        sub.setBoolean(4, p % 7 == 0);
                        sub.addBatch();
                    }
                    if (o.id() % 1000 == 0) {
                        billing.executeBatch();
                        sub.executeBatch();
                    }
                }
                billing.executeBatch();
                sub.executeBatch();
            }
            con.commit();
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicLong live = new AtomicLong(baseline);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                // what was still reachable after the last collection: the run's real footprint
                live.accumulateAndGet(
                        ManagementFactory.getMemoryPoolMXBeans().stream()
                                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP
                                        && p.getCollectionUsage() != null)
                                .mapToLong(p -> p.getCollectionUsage().getUsed())
                                .sum(),
                        Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        Reports.RunStatus result = service.runNow(2026, ACTOR, done -> {});
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        if (result.state() != Reports.RunState.DONE || result.created() != members) {
            throw new IllegalStateException("run did not issue every invoice: " + result);
        }
        long lines;
        try (Connection con = db.getConnection();
                var rs = con.createStatement().executeQuery("SELECT COUNT(*) FROM payments_invoice_line")) {
            rs.next();
            lines = rs.getLong(1);
        }
        System.out.printf(
                "%-11s %-10d %-9d %-9d %-11d %-9.2f %-12.0f %-16.0f %-14.0f%n",
                database,
                members,
                PRODUCTS,
                result.created(),
                lines,
                seconds,
                result.created() / seconds,
                Math.max(0, live.get() - baseline) / 1024.0 / 1024.0,
                (peak.get() - baseline) / 1024.0 / 1024.0);
        try (Connection con = db.getConnection();
                var statement = con.createStatement()) {
            if ("H2".equals(database)) {
                statement.execute("SHUTDOWN");
            } else {
                // the fresh schema and its millions of rows go again
                statement.execute("DROP SCHEMA " + con.getSchema() + " CASCADE");
            }
        }
        if (db instanceof JdbcConnectionPool pool) {
            pool.dispose();
        }
    }

    /** The member directory as the run reads it: pages of organisations. */
    record Directory(List<Organisation> organisations) implements MemberService {
        @Override
        public Optional<Organisation> get(long id) {
            return id >= 1 && id <= organisations.size()
                    ? Optional.of(organisations.get((int) id - 1))
                    : Optional.empty();
        }

        @Override
        public Optional<Organisation> findByCvr(String cvr) {
            return Optional.empty();
        }

        @Override
        public MemberPage search(MemberQuery q) {
            int from = Math.min(q.offset(), organisations.size());
            return new MemberPage(
                    organisations.subList(from, Math.min(from + q.limit(), organisations.size())),
                    organisations.size(),
                    q.offset(),
                    q.limit());
        }

        @Override
        public List<Organisation> votingMembers() {
            return organisations;
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
