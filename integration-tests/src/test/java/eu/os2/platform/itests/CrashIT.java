package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.audit.AuditVerification;
import eu.os2.platform.core.internal.audit.AuditLogImpl;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Writes of several kinds (progress updates, strategy periods, invitations) from three clients
 * while the platform's JVM is killed with SIGKILL, three times. After each restart every write that
 * was acknowledged is there; at the end, read from the database itself, every change that was
 * committed (acknowledged or not) has its audit entry and the audit chain verifies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashIT {

    private static final String API = "/api/v1";
    private static final int ROUNDS = 3;
    private static final int WRITERS = 3;

    private RunningDistribution platform;
    private Map<String, String> ids;

    /** What the platform acknowledged, per kind: the texts, names and addresses it confirmed. */
    private final Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();

    private final AtomicInteger counter = new AtomicInteger();

    @BeforeAll
    void start() throws Exception {
        platform = RunningDistribution.start(RunningDistribution.copyOfDistribution(Path.of("target/crash")), Map.of());
        HttpSession admin = signedIn();
        ids = DemoIds.read(admin);
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    private HttpSession signedIn() throws Exception {
        HttpSession session = new HttpSession(platform.base);
        HttpResponse<String> login = session.loginWhenReady("demo-admin", Distribution.DEMO_PASSWORD);
        assertThat(login.statusCode()).as("login: %s", login.body()).isEqualTo(200);
        return session;
    }

    @Test
    void acknowledgedWritesSurviveKillNineWithTheirAuditEntries() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                HttpSession session = signedIn();
                int kind = w;
                writers.add(pool.submit(() -> write(session, kind, running)));
            }
            Thread.sleep(2500 + round * 500L);
            platform.killAndRestart(); // while the writers are sending
            running.set(false);
            for (Future<?> writer : writers) {
                writer.get();
            }
            pool.shutdown();
            assertAllAcknowledgedAreThere(signedIn(), round);
        }
        platform.close();
        int total = acknowledged.values().stream().mapToInt(List::size).sum();
        assertThat(total).as("acknowledged writes").isGreaterThan(30);
        Map<String, Integer> unaudited = unauditedChanges();
        AuditVerification chain = chain();
        System.out.printf(
                "Crash suite: %d rounds of kill -9, %d writes acknowledged (%s), 0 lost, committed changes without an"
                        + " audit entry: %s, audit chain %s with %d entries%n",
                ROUNDS,
                total,
                acknowledgedCounts(),
                unaudited,
                chain.valid() ? "intact" : "BROKEN",
                chain.entriesChecked());
        assertThat(unaudited.values()).allMatch(n -> n == 0);
        assertThat(chain.valid()).as("audit chain: %s", chain).isTrue();
    }

    private String acknowledgedCounts() {
        StringBuilder text = new StringBuilder();
        acknowledged.forEach((kind, list) -> text.append(text.length() == 0 ? "" : ", ")
                .append(list.size())
                .append(' ')
                .append(kind));
        return text.toString();
    }

    /** Writes one kind until stopped or the platform is gone; keeps what was acknowledged. */
    private Void write(HttpSession session, int kind, AtomicBoolean running) {
        while (running.get()) {
            int n = counter.incrementAndGet();
            try {
                switch (kind) {
                    case 0 -> {
                        String text = "Crash update " + n;
                        HttpResponse<String> r = session.send(
                                "POST",
                                API + "/initiatives/" + ids.get("initiative") + "/updates",
                                "{\"text\":\"" + text + "\"}",
                                "X-CSRF-Token",
                                session.csrfToken());
                        acknowledge("progress updates", r, 201, text);
                    }
                    case 1 -> {
                        String name = "Crash period " + n;
                        int year = 3000 + n % 6000;
                        HttpResponse<String> r = session.send(
                                "POST",
                                API + "/initiatives/periods",
                                "{\"name\":\"" + name + "\",\"from\":\"" + year + "-01-01\",\"to\":\"" + year
                                        + "-12-31\",\"approvedBy\":\"Generalforsamlingen\",\"approvedOn\":\"2026-04-25\"}",
                                "X-CSRF-Token",
                                session.csrfToken());
                        acknowledge("strategy periods", r, 201, name);
                    }
                    default -> {
                        String email = "crash-" + n + "@example.dk";
                        HttpResponse<String> r = session.send(
                                "POST",
                                API + "/users",
                                "{\"email\":\"" + email + "\",\"displayName\":\"Crash " + n
                                        + "\",\"roles\":[\"viewer\"]}",
                                "X-CSRF-Token",
                                session.csrfToken());
                        acknowledge("invitations", r, 201, email);
                    }
                }
            } catch (IOException e) {
                // the platform is gone: nothing was acknowledged for this request
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private void acknowledge(String kind, HttpResponse<String> response, int expected, String what) {
        if (response.statusCode() == expected) {
            acknowledged
                    .computeIfAbsent(kind, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(what);
        } else if (response.statusCode() < 500 && response.statusCode() != 404 && response.statusCode() != 401) {
            throw new AssertionError(kind + " refused: " + response.statusCode() + " " + response.body());
        } else {
            sleep(); // starting or stopping
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void assertAllAcknowledgedAreThere(HttpSession admin, int round) throws Exception {
        String updates = admin.get(API + "/initiatives/" + ids.get("initiative") + "/updates")
                .body();
        assertThat(acknowledged.getOrDefault("progress updates", List.of()))
                .as("progress updates after round %d", round)
                .allSatisfy(text -> assertThat(updates).contains("\"" + text + "\""));
        String periods = admin.get(API + "/initiatives/periods").body();
        assertThat(acknowledged.getOrDefault("strategy periods", List.of()))
                .as("strategy periods after round %d", round)
                .allSatisfy(name -> assertThat(periods).contains("\"" + name + "\""));
        String users = admin.get(API + "/users?q=crash-").body();
        assertThat(acknowledged.getOrDefault("invitations", List.of()))
                .as("invited people after round %d", round)
                .allSatisfy(email -> assertThat(users).contains("\"" + email + "\""));
    }

    private JdbcDataSource database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:" + platform.home().resolve("data/os2/platform").toAbsolutePath());
        h2.setUser("os2");
        h2.setPassword("");
        return h2;
    }

    /** @return per kind, the committed changes of this test that have no audit entry */
    private Map<String, Integer> unauditedChanges() throws Exception {
        Map<String, String> checks = Map.of(
                "progress updates",
                "SELECT COUNT(*) FROM initiatives_update u WHERE u.text LIKE 'Crash update %' AND NOT EXISTS"
                        + " (SELECT 1 FROM core_audit a WHERE a.action = 'initiatives.update.post'"
                        + " AND a.after_json LIKE '%\"' || u.text || '\"%')",
                "strategy periods",
                "SELECT COUNT(*) FROM initiatives_period p WHERE p.name LIKE 'Crash period %' AND NOT EXISTS"
                        + " (SELECT 1 FROM core_audit a WHERE a.action = 'initiatives.period.create'"
                        + " AND a.entity_id = CAST(p.id AS VARCHAR))",
                "invitations",
                "SELECT COUNT(*) FROM core_user u WHERE u.email LIKE 'crash-%' AND NOT EXISTS"
                        + " (SELECT 1 FROM core_audit a WHERE a.action = 'user.invite'"
                        + " AND a.entity_id = CAST(u.id AS VARCHAR))");
        Map<String, Integer> unaudited = new java.util.TreeMap<>();
        try (Connection connection = database().getConnection();
                Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> check : checks.entrySet()) {
                try (ResultSet rows = statement.executeQuery(check.getValue())) {
                    rows.next();
                    unaudited.put(check.getKey(), rows.getInt(1));
                }
            }
        }
        return unaudited;
    }

    private AuditVerification chain() {
        return AuditLogImpl.over(database(), Clock::systemUTC).verify();
    }
}
