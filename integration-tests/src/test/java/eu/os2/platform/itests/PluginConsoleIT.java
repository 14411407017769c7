package eu.os2.platform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Partner plugins in the console, against the booted platform (trust mode warn, as in
 * development): an administrator uploads the example partner bundle through {@code
 * /api/v1/partner-plugins}, sees it in the list and working (menu entry, page module, REST
 * endpoint), stops, starts and uninstalls it, and rolls a working update back to the last good
 * version; every signed-in user reads the catalogue; a body that is not a jar or is larger than the
 * platform takes, a plugin built for another core-api, an upload by a non-administrator and an
 * unknown plugin are refused with problem+json.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginConsoleIT {

    private static final String BASE = Distribution.base();
    private static final String API = "/api/v1/partner-plugins";
    private static final String HELLO = "eu.example.partner.hello";
    private static final String GREETING = "/api/v1/plugins/hello/greeting";

    @Inject
    BundleContext context;

    @Configuration
    public Option[] configuration() {
        String partnerBundle = new File(System.getProperty("os2.partner.bundle", "target/bundles/partner-hello.jar"))
                .getAbsolutePath();
        return Distribution.withDemoData(
                "plugin-console",
                systemProperty("os2.partner.bundle").value(partnerBundle),
                // the example bundle is not signed: warn, as in development
                editConfigurationFilePut("etc/eu.os2.platform.plugins.cfg", "trust.mode", "warn"),
                // a working jar is kept as the last good one after 3 s instead of 10
                editConfigurationFilePut("etc/eu.os2.platform.plugins.cfg", "rollback.settleSeconds", "3"));
    }

    @Before
    public void platformIsUp() throws Exception {
        Distribution.awaitHealthy(90);
    }

    @Test
    public void anAdministratorUploadsStopsStartsAndUninstallsAPartnerPlugin() throws Exception {
        HttpSession admin = signedIn("demo-admin");
        HttpSession viewer = signedIn("demo-viewer");
        assertEquals(admin.lastProblem(), 200, admin.awaitOk(API, 60));
        assertFalse(admin.get(API).body().contains(HELLO));

        long start = System.nanoTime();
        HttpResponse<String> uploaded = upload(admin, "partner-hello.jar", partnerJar(), "da");
        assertEquals(uploaded.body(), 201, uploaded.statusCode());
        assertTrue(
                uploaded.headers().firstValue("Location").orElse(""),
                uploaded.headers().firstValue("Location").orElse("").endsWith(API + "/" + HELLO));
        assertTrue(uploaded.body(), uploaded.body().contains("\"symbolicName\":\"" + HELLO + "\""));
        assertTrue("the jar is in deploy/", Files.isRegularFile(deployed()));

        // live: the plugin's menu entry, page module and REST endpoint, and the list says it works
        assertEquals(viewer.lastProblem(), 200, viewer.awaitOk(GREETING, 60));
        System.out.printf("plugin console: upload to live %.2f s%n", (System.nanoTime() - start) / 1e9);
        assertTrue("menu entry did not appear", awaitMenu(viewer, true));
        assertEquals(200, viewer.awaitOk("/console/plugins/hello/page.js", 10));
        String entry = awaitEntry(admin, "\"working\":true");
        assertTrue(entry, entry.contains("\"pluginId\":\"hello\""));
        assertTrue(entry, entry.contains("\"state\":\"ACTIVE\""));
        assertTrue(entry, entry.contains("\"compatible\":true"));
        assertTrue(entry, entry.contains("\"trust\":\"unverified\""));
        assertTrue(entry, entry.contains("\"coreApiRange\":\""));
        assertTrue("its page is for every signed-in user: " + entry, entry.contains("\"pageRoles\":[\"signed-in\"]"));
        HttpResponse<String> one = admin.get(API + "/" + HELLO);
        assertEquals(one.body(), 200, one.statusCode());

        // the catalogue, for someone who is not an administrator
        HttpResponse<String> catalogue = viewer.get(API + "/catalogue");
        assertEquals(catalogue.body(), 200, catalogue.statusCode());
        assertTrue(catalogue.body(), catalogue.body().contains("\"pluginId\":\"hello\""));
        assertTrue(catalogue.body(), catalogue.body().contains("\"working\":true"));
        assertFalse(
                "no administrator detail: " + catalogue.body(), catalogue.body().contains("symbolicName"));
        assertFalse(
                "no administrator detail: " + catalogue.body(), catalogue.body().contains("trustDetail"));
        assertFalse(
                "no administrator detail: " + catalogue.body(), catalogue.body().contains("problems"));

        // stop and start
        HttpResponse<String> stopped = post(admin, API + "/" + HELLO + "/stop");
        assertEquals(stopped.body(), 200, stopped.statusCode());
        assertTrue(stopped.body(), stopped.body().contains("\"state\":\"RESOLVED\""));
        assertTrue(stopped.body(), stopped.body().contains("\"working\":false"));
        assertTrue("menu entry did not go away", awaitMenu(viewer, false));
        assertEquals(404, awaitStatus(viewer, GREETING, 404, 30));
        assertTrue(
                viewer.get(API + "/catalogue").body(),
                viewer.get(API + "/catalogue").body().contains("\"working\":false"));

        HttpResponse<String> started = post(admin, API + "/" + HELLO + "/start");
        assertEquals(started.body(), 200, started.statusCode());
        assertTrue(started.body(), started.body().contains("\"state\":\"ACTIVE\""));
        assertEquals(viewer.lastProblem(), 200, viewer.awaitOk(GREETING, 30));
        assertTrue("menu entry did not come back", awaitMenu(viewer, true));

        // one version only: nothing earlier to roll back to
        HttpResponse<String> rollBack = post(admin, API + "/" + HELLO + "/rollback");
        assertEquals(rollBack.body(), 409, rollBack.statusCode());
        assertProblem(rollBack);

        // uninstall: gone from deploy/, the platform, the list and the menu
        HttpResponse<String> removed = send(admin, "DELETE", API + "/" + HELLO, "da");
        assertEquals(removed.body(), 204, removed.statusCode());
        assertFalse("the jar is gone from deploy/", Files.exists(deployed()));
        assertFalse(
                "the bundle is uninstalled",
                Arrays.stream(context.getBundles()).anyMatch(b -> HELLO.equals(b.getSymbolicName())));
        assertFalse(admin.get(API).body().contains(HELLO));
        assertTrue("menu entry did not go away", awaitMenu(viewer, false));
        assertEquals(404, admin.get(API + "/" + HELLO).statusCode());
    }

    @Test
    public void anAdministratorRollsBackAWorkingUpdateToTheLastGoodVersion() throws Exception {
        HttpSession admin = signedIn("demo-admin");
        HttpResponse<String> first = upload(admin, "partner-hello.jar", partnerJar(), "en");
        assertEquals(first.body(), 201, first.statusCode());
        String kept = awaitEntry(admin, "\"lastGoodVersion\":\"0.1.0.SNAPSHOT\"");
        assertTrue(kept, kept.contains("\"version\":\"0.1.0.SNAPSHOT\""));
        try {
            HttpResponse<String> update =
                    upload(admin, "partner-hello.jar", PluginJars.withVersion(partnerJar(), "0.1.1"), "en");
            assertEquals(update.body(), 201, update.statusCode());
            String updated = awaitEntry(admin, "\"version\":\"0.1.1\"");
            assertTrue(updated, updated.contains("\"lastGoodVersion\":\""));

            HttpResponse<String> back = post(admin, API + "/" + HELLO + "/rollback");
            assertEquals(back.body(), 200, back.statusCode());
            assertTrue(back.body(), back.body().contains("\"version\":\"0.1.0.SNAPSHOT\""));
            String after = awaitEntry(admin, "\"working\":true");
            assertTrue(after, after.contains("\"version\":\"0.1.0.SNAPSHOT\""));
            HttpSession viewer = signedIn("demo-viewer");
            assertEquals(viewer.lastProblem(), 200, viewer.awaitOk(GREETING, 30));

            // it runs its last good version now: nothing more to go back to
            HttpResponse<String> again = post(admin, API + "/" + HELLO + "/rollback");
            assertEquals(again.body(), 409, again.statusCode());
            assertProblem(again);
        } finally {
            HttpResponse<String> removed = send(admin, "DELETE", API + "/" + HELLO, "da");
            assertEquals(removed.body(), 204, removed.statusCode());
        }
    }

    @Test
    public void everySignedInUserReadsTheCatalogueAndOnlyAdministratorsTheList() throws Exception {
        for (String user : new String[] {"demo-viewer", "demo-member", "demo-partner", "demo-secretariat"}) {
            HttpSession session = signedIn(user);
            HttpResponse<String> catalogue = session.get(API + "/catalogue");
            assertEquals(user + ": " + catalogue.body(), 200, catalogue.statusCode());
            assertTrue(catalogue.body(), catalogue.body().startsWith("["));
            HttpResponse<String> list = session.get(API);
            assertEquals(user + ": " + list.body(), 403, list.statusCode());
            assertProblem(list);
        }
        HttpResponse<String> anonymous = new HttpSession(BASE).get(API + "/catalogue");
        assertEquals(401, anonymous.statusCode());
        HttpResponse<String> list = signedIn("demo-admin").get(API);
        assertEquals(list.body(), 200, list.statusCode());
        assertTrue(list.body(), list.body().startsWith("["));
    }

    @Test
    public void whatIsNotAPartnerPluginOrNotTheAdministratorsToUploadIsRefused() throws Exception {
        HttpSession admin = signedIn("demo-admin");
        int bundlesBefore = context.getBundles().length;
        List<Path> deployBefore = deployFolder();

        HttpResponse<String> garbage =
                upload(admin, "garbage.jar", "not a jar at all".getBytes(StandardCharsets.UTF_8), "en");
        assertEquals(garbage.body(), 400, garbage.statusCode());
        assertProblem(garbage);
        assertTrue(garbage.body(), garbage.body().contains("not a jar"));

        // larger than the platform takes in one request (request.maxBodyKilobytes, 4 MiB)
        HttpResponse<String> tooLarge = upload(admin, "large.jar", new byte[5 * 1024 * 1024], "en");
        assertEquals(tooLarge.body(), 413, tooLarge.statusCode());
        assertProblem(tooLarge);

        HttpResponse<String> badName = upload(admin, "../etc/evil.jar", partnerJar(), "en");
        assertEquals(badName.body(), 400, badName.statusCode());
        assertTrue(badName.body(), badName.body().contains("\"errors\":{\"name\":\"invalid\"}"));

        HttpResponse<String> wrongType = send(admin, "POST", API + "?name=x.jar", "en", "text/plain", partnerJar());
        assertEquals(wrongType.body(), 415, wrongType.statusCode());

        // built for a core-api this platform does not provide: refused before it is installed, saying why
        HttpResponse<String> future = upload(
                admin, "future-1.0.0.jar", PluginJars.bundle("eu.example.partner.future", "future", "[2.0,3.0)"), "en");
        assertEquals(future.body(), 422, future.statusCode());
        assertProblem(future);
        assertTrue(future.body(), future.body().contains("[2.0,3.0)"));
        HttpResponse<String> futureDa = upload(
                admin, "future-1.0.0.jar", PluginJars.bundle("eu.example.partner.future", "future", "[2.0,3.0)"), "da");
        assertEquals(futureDa.body(), 422, futureDa.statusCode());
        assertFalse("Danish, not English: " + futureDa.body(), futureDa.body().equals(future.body()));

        // a jar without OS2-Plugin is not a partner plugin
        HttpResponse<String> plain =
                upload(admin, "plain-1.0.0.jar", PluginJars.bundle("eu.example.plain", null, null), "en");
        assertEquals(plain.body(), 422, plain.statusCode());
        assertProblem(plain);

        for (String user : new String[] {"demo-secretariat", "demo-viewer"}) {
            HttpResponse<String> refused = upload(signedIn(user), "partner-hello.jar", partnerJar(), "en");
            assertEquals(user + ": " + refused.body(), 403, refused.statusCode());
            assertProblem(refused);
        }
        HttpResponse<String> noCsrf = admin.client()
                .send(
                        HttpRequest.newBuilder(URI.create(BASE + API + "?name=partner-hello.jar"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/java-archive")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(partnerJar()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(noCsrf.body(), 403, noCsrf.statusCode());

        assertEquals("nothing refused was written into deploy/", deployBefore, deployFolder());
        assertEquals("nothing refused was installed", bundlesBefore, context.getBundles().length);
        for (Bundle bundle : context.getBundles()) {
            assertFalse(bundle.getSymbolicName(), "eu.example.partner.future".equals(bundle.getSymbolicName()));
        }
    }

    @Test
    public void anUnknownPluginIs404ProblemForEveryAction() throws Exception {
        HttpSession admin = signedIn("demo-admin");
        String unknown = API + "/eu.example.partner.nobody";
        for (String action : new String[] {"/start", "/stop", "/rollback"}) {
            HttpResponse<String> response = post(admin, unknown + action);
            assertEquals(action + ": " + response.body(), 404, response.statusCode());
            assertProblem(response);
            assertTrue(response.body(), response.body().contains("eu.example.partner.nobody"));
        }
        HttpResponse<String> delete = send(admin, "DELETE", unknown, "en");
        assertEquals(delete.body(), 404, delete.statusCode());
        assertProblem(delete);
        assertEquals(404, admin.get(unknown).statusCode());
        HttpResponse<String> viewer = post(signedIn("demo-viewer"), unknown + "/start");
        assertEquals("the access rule before the lookup", 403, viewer.statusCode());
    }

    // ---- helpers

    private static HttpSession signedIn(String username) throws Exception {
        HttpSession session = new HttpSession(BASE);
        HttpResponse<String> login = session.loginWhenReady(username, Distribution.DEMO_PASSWORD);
        assertEquals(login.body(), 200, login.statusCode());
        return session;
    }

    private static byte[] partnerJar() throws IOException {
        return Files.readAllBytes(Path.of(System.getProperty("os2.partner.bundle")));
    }

    private static Path deployed() {
        return Path.of(System.getProperty("karaf.base")).resolve("deploy").resolve("partner-hello.jar");
    }

    private static List<Path> deployFolder() throws IOException {
        try (Stream<Path> files = Files.list(deployed().getParent())) {
            return files.sorted().toList();
        }
    }

    private static HttpResponse<String> upload(HttpSession session, String name, byte[] jar, String language)
            throws Exception {
        return send(
                session,
                "POST",
                API + "?name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8),
                language,
                "application/java-archive",
                jar);
    }

    private static HttpResponse<String> post(HttpSession session, String path) throws Exception {
        return send(session, "POST", path, "da");
    }

    private static HttpResponse<String> send(HttpSession session, String method, String path, String language)
            throws Exception {
        return send(session, method, path, language, null, null);
    }

    /** A request with the session's CSRF token, a language and, when given, a body of that type. */
    private static HttpResponse<String> send(
            HttpSession session, String method, String path, String language, String type, byte[] body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .timeout(Duration.ofSeconds(30))
                .header("X-CSRF-Token", session.csrfToken())
                .header("Accept-Language", language)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return session.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertEquals(
                response.body(),
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body(), response.body().contains("\"type\":\"https://os2.eu/platform/problems/"));
        assertFalse(response.body(), response.body().contains("Exception"));
    }

    /** @return the plugin's entry in the administrator's list once it contains {@code expected} (at most 30 s) */
    private static String awaitEntry(HttpSession admin, String expected) throws Exception {
        String entry = "";
        for (int i = 0; i < 150; i++) {
            String body = admin.get(API).body();
            Matcher at = Pattern.compile(
                            "\"symbolicName\":\"" + Pattern.quote(HELLO) + "\".*?\"pageRoles\":\\[[^\\]]*\\]")
                    .matcher(body);
            entry = at.find() ? at.group() : body;
            if (entry.contains(expected)) {
                return entry;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the plugin never showed " + expected + ": " + entry);
    }

    private static boolean awaitMenu(HttpSession session, boolean present) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (session.get("/api/v1/console/menu").body().contains("\"id\":\"hello\"") == present) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** @return {@code expected} once the path answers it, else the last status */
    private static int awaitStatus(HttpSession session, String path, int expected, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int status = -1;
        while (System.nanoTime() < end) {
            status = session.get(path).statusCode();
            if (status == expected) {
                return status;
            }
            Thread.sleep(100);
        }
        return status;
    }
}
