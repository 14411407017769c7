package eu.os2.platform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * Deploying and removing a partner bundle interrupts no one: while the example partner bundle is
 * copied into {@code deploy/} and deleted from it again 20 times ({@code -Dos2.it.deployCycles} for
 * more), signed-in users keep reading the
 * platform's own endpoints, and not one of their requests fails. The partner's resources live in
 * the plugin's own application at {@code /api/v1/plugins/hello}, with the platform's login, access
 * rules, JSON and problem+json, so {@code /api/v1} is never rebuilt.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DeployCyclesIT {

    private static final String BASE = Distribution.base();
    /** The system property with the number of cycles (20 unless given, e.g. {@code -Dos2.it.deployCycles=100}). */
    private static final String CYCLES_PROPERTY = "os2.it.deployCycles";

    private static final String PARTNER = "eu.example.partner.hello";
    private static final String GREETING = "/api/v1/plugins/hello/greeting";

    /**
     * The platform's reads a signed-in secretariat user makes all day, none of them the partner's:
     * the REST application at {@code /api/v1} and the console in the HTTP server's default context.
     */
    private static final List<String> PLATFORM_ENDPOINTS = List.of(
            "/api/v1/health",
            "/api/v1/auth/me",
            "/api/v1/console/menu",
            "/api/v1/console/bundles",
            "/api/v1/members?limit=20",
            "/api/v1/members?q=ballerup",
            "/api/v1/initiatives",
            "/api/v1/initiatives/periods",
            "/api/v1/payments/tariffs",
            "/api/v1/payments/products",
            "/api/v1/voting/statutes",
            "/api/v1/voting/assemblies",
            "/api/v1/openapi.json",
            "/console/",
            "/console/app.js");

    @Inject
    BundleContext context;

    @Configuration
    public Option[] configuration() {
        String partnerBundle = new File(System.getProperty("os2.partner.bundle", "target/bundles/partner-hello.jar"))
                .getAbsolutePath();
        return Distribution.withDemoData(
                "deploy-cycles",
                systemProperty("os2.partner.bundle").value(partnerBundle),
                systemProperty(CYCLES_PROPERTY).value(System.getProperty(CYCLES_PROPERTY, "20")),
                // the example bundle is not signed: warn, as in development
                editConfigurationFilePut("etc/eu.os2.platform.plugins.cfg", "trust.mode", "warn"));
    }

    @Before
    public void platformIsUp() throws Exception {
        Distribution.awaitHealthy(90);
    }

    @Test
    public void aPartnerApplicationHasThePlatformsLoginAccessRulesJsonAndProblems() throws Exception {
        HttpSession secretariat = signedIn("demo-secretariat");
        HttpSession viewer = signedIn("demo-viewer");
        Path deployed = deploy();
        try {
            assertEquals(secretariat.lastProblem(), 200, secretariat.awaitOk(GREETING, 60));

            HttpResponse<String> anonymous = new HttpSession(BASE).get(GREETING);
            assertEquals(anonymous.body(), 401, anonymous.statusCode());
            assertProblem(anonymous, "unauthenticated");

            HttpResponse<String> greeting = viewer.get(GREETING);
            assertEquals(greeting.body(), 200, greeting.statusCode());
            assertEquals(
                    "application/json",
                    greeting.headers().firstValue("Content-Type").orElse(""));
            assertTrue(greeting.body(), greeting.body().contains("\"greeting\":\"Hej Demo"));
            // the platform's security headers, in the context the whiteboard gives the plugin's application
            assertTrue(greeting.headers()
                    .firstValue("Content-Security-Policy")
                    .orElse("")
                    .contains("frame-ancestors 'none'"));
            assertTrue(greeting.headers().firstValue("Cache-Control").orElse("").contains("no-store"));

            HttpResponse<String> refused = viewer.get(GREETING + "/voting-members");
            assertEquals(refused.body(), 403, refused.statusCode());
            assertProblem(refused, "forbidden");
            HttpResponse<String> allowed = secretariat.get(GREETING + "/voting-members");
            assertEquals(allowed.body(), 200, allowed.statusCode());
            assertTrue(allowed.body(), allowed.body().contains("\"votingMembers\":[\""));

            HttpResponse<String> missing = viewer.get("/api/v1/plugins/hello/no-such-thing");
            assertEquals(missing.body(), 404, missing.statusCode());
            assertProblem(missing, "not-found");
        } finally {
            remove(deployed);
        }
        assertEquals(404, secretariat.get(GREETING).statusCode());
    }

    @Test
    public void deployingAndRemovingAPartnerBundleFailsNoPlatformRequest() throws Exception {
        int cycles = Integer.getInteger(CYCLES_PROPERTY, 20);
        HttpSession checker = signedIn("demo-viewer");
        Poller poller = new Poller(signedIn("demo-secretariat"), signedIn("demo-secretariat"));
        for (String endpoint : PLATFORM_ENDPOINTS) {
            assertEquals(
                    endpoint + ": " + poller.sessions[0].lastProblem(), 200, poller.sessions[0].awaitOk(endpoint, 60));
        }
        List<Double> live = new ArrayList<>();
        List<Double> gone = new ArrayList<>();
        poller.start();
        try {
            for (int cycle = 1; cycle <= cycles; cycle++) {
                long start = System.nanoTime();
                Path deployed = deploy();
                assertEquals(
                        "cycle " + cycle + ": " + checker.lastProblem(), 200, awaitStatus(checker, GREETING, 200, 60));
                live.add((System.nanoTime() - start) / 1e9);
                HttpResponse<String> greeting = checker.get(GREETING);
                assertTrue(greeting.body(), greeting.body().contains("Hej Demo"));

                start = System.nanoTime();
                remove(deployed);
                assertEquals("cycle " + cycle + " removal", 404, awaitStatus(checker, GREETING, 404, 60));
                gone.add((System.nanoTime() - start) / 1e9);
            }
        } finally {
            poller.stop();
        }
        List<Double> sorted = live.stream().sorted().toList();
        System.out.printf(
                Locale.ROOT,
                "deploy cycles: %d, platform requests: %d, failed: %d, deploy-to-live median/max seconds: %.2f/%.2f,"
                        + " removal max seconds: %.2f%n",
                cycles,
                poller.requests.get(),
                poller.failures.size(),
                sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1),
                gone.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        assertTrue(
                "the poller made too few requests to tell: " + poller.requests.get(),
                poller.requests.get() >= cycles * PLATFORM_ENDPOINTS.size());
        assertTrue(
                poller.failures.size() + " platform requests failed during the deploy cycles, e.g. "
                        + poller.failures.stream().limit(10).toList() + "\nwhat the platform logged:\n"
                        + failuresInLog(),
                poller.failures.isEmpty());
    }

    private HttpSession signedIn(String username) throws Exception {
        HttpSession session = new HttpSession(BASE);
        HttpResponse<String> login = session.loginWhenReady(username, Distribution.DEMO_PASSWORD);
        assertEquals(login.body(), 200, login.statusCode());
        return session;
    }

    /** Copies the partner jar into {@code deploy/} as an admin does: whole, under its final name at once. */
    private Path deploy() throws IOException {
        Path deploy = Path.of(System.getProperty("karaf.base")).resolve("deploy");
        Path staged = Files.createTempFile("partner-hello", ".part");
        Files.copy(Path.of(System.getProperty("os2.partner.bundle")), staged, StandardCopyOption.REPLACE_EXISTING);
        Path target = deploy.resolve("partner-hello.jar");
        Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Deletes the jar from {@code deploy/} and waits until the bundle is uninstalled. */
    private void remove(Path deployed) throws Exception {
        Files.deleteIfExists(deployed);
        long end = System.nanoTime() + 60_000_000_000L;
        while (partnerInstalled()) {
            assertTrue("the partner bundle was not uninstalled", System.nanoTime() < end);
            Thread.sleep(50);
        }
    }

    private boolean partnerInstalled() {
        return Arrays.stream(context.getBundles()).anyMatch(b -> PARTNER.equals(b.getSymbolicName()));
    }

    /** @return {@code expected} once the path answers it (polling every 50 ms), else the last status */
    private static int awaitStatus(HttpSession session, String path, int expected, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int status = -1;
        while (System.nanoTime() < end) {
            status = session.get(path).statusCode();
            if (status == expected) {
                return status;
            }
            Thread.sleep(50);
        }
        return status;
    }

    /** @return the platform log's errors and warnings with their stack traces (the last 80 lines), for a failure */
    private static String failuresInLog() {
        Path log = Path.of(System.getProperty("karaf.data", "data"), "log", "karaf.log");
        List<String> lines = new ArrayList<>();
        try {
            boolean inEntry = false;
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                boolean entry = line.matches("^\\d{4}-\\d\\d-\\d\\dT.*");
                if (entry) {
                    // expected: the whiteboard's note that a partner application has no resources yet,
                    // and the plugin gate's warnings about the unsigned example bundle
                    inEntry = (line.contains("| WARN ") || line.contains("| ERROR"))
                            && !line.contains("Can't find the request for")
                            && !line.contains("eu.os2.platform.plugin-host")
                            && !line.contains("org.apache.felix.fileinstall");
                }
                if (inEntry) {
                    lines.add(line.length() > 400 ? line.substring(0, 400) + "…" : line);
                }
            }
        } catch (IOException | RuntimeException e) {
            return "(log not readable: " + e + ")";
        }
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }

    private static void assertProblem(HttpResponse<String> response, String type) {
        assertEquals(
                response.body(),
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(
                response.body(),
                response.body().contains("\"type\":\"https://os2.eu/platform/problems/" + type + "\""));
    }

    /** Signed-in users reading the platform's endpoints in turn, without pause, until stopped. */
    private static final class Poller {
        final HttpSession[] sessions;
        final AtomicLong requests = new AtomicLong();
        final Queue<String> failures = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean();
        private final List<Thread> threads = new ArrayList<>();
        private final long started = System.nanoTime();

        Poller(HttpSession... sessions) {
            this.sessions = sessions;
        }

        void start() {
            running.set(true);
            for (int i = 0; i < sessions.length; i++) {
                HttpSession session = sessions[i];
                int offset = i * PLATFORM_ENDPOINTS.size() / sessions.length;
                Thread thread = new Thread(() -> poll(session, offset), "platform-poller-" + i);
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(30_000);
            }
        }

        private void poll(HttpSession session, int offset) {
            for (int i = offset; running.get(); i++) {
                String endpoint = PLATFORM_ENDPOINTS.get(i % PLATFORM_ENDPOINTS.size());
                String at = String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - started) / 1e9);
                try {
                    HttpResponse<String> response = session.get(endpoint);
                    requests.incrementAndGet();
                    if (response.statusCode() != 200) {
                        String body = response.body();
                        failures.add(at + " GET " + endpoint + " -> " + response.statusCode() + " "
                                + (body.length() > 200 ? body.substring(0, 200) : body));
                    }
                } catch (IOException e) {
                    requests.incrementAndGet();
                    failures.add(at + " GET " + endpoint + " -> " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
