package eu.os2.platform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.io.FileOutputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
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
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.startlevel.BundleStartLevel;

/**
 * Boots the built distribution once (demo mode on) and checks it from inside: bundles, health,
 * login, and a partner bundle installed and stopped at runtime.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT {

    private static final String BASE = Distribution.base();

    @Inject
    BundleContext context;

    @Configuration
    public Option[] configuration() {
        String partnerBundle = new File(System.getProperty("os2.partner.bundle", "target/bundles/partner-hello.jar"))
                .getAbsolutePath();
        return Distribution.withDemoData(
                "exam", systemProperty("os2.partner.bundle").value(partnerBundle));
    }

    @Before
    public void platformIsUp() throws Exception {
        Distribution.awaitHealthy(90);
    }

    @Test
    public void everyPlatformBundleIsActive() {
        List<Bundle> platform = Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith("eu.os2.platform."))
                .collect(Collectors.toList());
        List<String> names =
                platform.stream().map(Bundle::getSymbolicName).sorted().collect(Collectors.toList());
        assertEquals(
                List.of(
                        "eu.os2.platform.core",
                        "eu.os2.platform.core-api",
                        "eu.os2.platform.initiatives",
                        "eu.os2.platform.onboarding",
                        "eu.os2.platform.payments",
                        "eu.os2.platform.plugin-host",
                        "eu.os2.platform.startgate",
                        "eu.os2.platform.voting",
                        "eu.os2.platform.web-console"),
                names);
        for (Bundle bundle : platform) {
            assertEquals(bundle.getSymbolicName(), Bundle.ACTIVE, bundle.getState());
        }
    }

    @Test
    public void karafsFeaturesServiceSettledBeforeThePlatformStarted() {
        // while the features service restarts it has no resolver hooks, and a bundle resolved then fails:
        // the start gate (start level 25) holds every bundle of level 30 and up until it has settled, so
        // none of their services is older than the features service's last registration
        ServiceReference<?> features = context.getServiceReference("org.apache.karaf.features.FeaturesService");
        assertNotNull(features);
        long settled = (Long) features.getProperty(Constants.SERVICE_ID);
        List<String> older = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            ServiceReference<?>[] services = bundle.getRegisteredServices();
            if (bundle.adapt(BundleStartLevel.class).getStartLevel() < 30 || services == null) {
                continue;
            }
            for (ServiceReference<?> service : services) {
                long id = (Long) service.getProperty(Constants.SERVICE_ID);
                if (id < settled) {
                    older.add(bundle.getSymbolicName() + " #" + id);
                }
            }
        }
        assertTrue("registered before the features service's #" + settled + ": " + older, older.isEmpty());
    }

    @Test
    public void healthReportsEveryPlatformBundleUp() throws Exception {
        HttpResponse<String> health = new HttpSession(BASE).get("/api/v1/health");
        assertEquals(200, health.statusCode());
        assertTrue(health.body(), health.body().startsWith("{\"status\":\"UP\""));
        // every bundle of the platform's feature is there and active: none still to come
        assertTrue(health.body(), health.body().contains("\"platform\":{\"status\":\"UP\",\"expected\":8}"));
        for (String name : new String[] {
            "eu.os2.platform.core",
            "eu.os2.platform.core-api",
            "eu.os2.platform.initiatives",
            "eu.os2.platform.onboarding",
            "eu.os2.platform.payments",
            "eu.os2.platform.plugin-host",
            "eu.os2.platform.voting",
            "eu.os2.platform.web-console"
        }) {
            assertTrue(
                    name,
                    health.body()
                            .contains("\"symbolicName\":\"" + name
                                    + "\",\"version\":\"0.1.0.SNAPSHOT\",\"state\":\"ACTIVE\",\"status\":\"UP\""));
        }
        assertFalse(health.body(), health.body().contains("\"status\":\"DOWN\""));
    }

    @Test
    public void anApiCallWithoutLoginIs401ProblemJson() throws Exception {
        HttpResponse<String> response = new HttpSession(BASE).get("/api/v1/members");
        assertEquals(401, response.statusCode());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(
                response.body(),
                response.body().contains("\"type\":\"https://os2.eu/platform/problems/unauthenticated\""));
        assertFalse(response.body().contains("Exception"));
        assertTrue(response.headers()
                .firstValue("Content-Security-Policy")
                .orElse("")
                .contains("frame-ancestors 'none'"));
    }

    @Test
    public void loginThenProtectedCallsWithCsrf() throws Exception {
        HttpSession session = new HttpSession(BASE);
        assertEquals(
                401, session.login("demo-secretariat", "wrong-password-000").statusCode());
        HttpResponse<String> login = session.login("demo-secretariat", Distribution.DEMO_PASSWORD);
        assertEquals(login.body(), 200, login.statusCode());
        String cookie = login.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie, cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));

        HttpResponse<String> members = session.get("/api/v1/members?q=ballerup");
        assertEquals(200, members.statusCode());
        assertTrue(members.body(), members.body().contains("\"name\":\"Ballerup Kommune\""));
        assertTrue(session.get("/api/v1/members?limit=1").body().contains("\"total\":111"));

        HttpResponse<String> noCsrf = session.send("PUT", "/api/v1/members/1", "{}");
        assertEquals(403, noCsrf.statusCode());
        HttpResponse<String> badBody = session.send(
                "PUT",
                "/api/v1/members/1",
                "{\"nme\":\"x\"}",
                "X-CSRF-Token",
                session.csrfToken(),
                "If-Match",
                "\"0\"");
        assertEquals(badBody.body(), 400, badBody.statusCode());
        assertTrue(badBody.body(), badBody.body().contains("nme"));
    }

    @Test
    public void aBundleInstalledAtRuntimeAddsAMenuEntryAndStoppingItRemovesIt() throws Exception {
        HttpSession session = new HttpSession(BASE);
        assertEquals(
                200, session.login("demo-viewer", Distribution.DEMO_PASSWORD).statusCode());
        assertFalse(session.get("/api/v1/console/menu").body().contains("\"id\":\"hello\""));

        Bundle partner = context.installBundle("file:" + System.getProperty("os2.partner.bundle"));
        try {
            partner.start();
            assertTrue("menu entry did not appear", awaitMenu(session, true));
            assertEquals(200, session.awaitOk("/console/plugins/hello/page.js", 10));
            // the plugin's own application, which the platform adds for the bundle's OS2-Plugin header
            assertEquals(session.lastProblem(), 200, session.awaitOk("/api/v1/plugins/hello/greeting", 10));
            HttpResponse<String> hello = session.get("/api/v1/plugins/hello/greeting");
            assertEquals(hello.body(), 200, hello.statusCode());
            assertTrue(hello.body(), hello.body().contains("Hej Demo"));

            partner.stop();
            assertTrue("menu entry did not go away", awaitMenu(session, false));
        } finally {
            partner.uninstall();
        }
        assertNotNull(session.get("/api/v1/console/menu").body());
    }

    @Test
    public void thePluginsPageNamesWhyABundleDidNotStart() throws Exception {
        File jar = File.createTempFile("broken-partner", ".jar");
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "eu.example.partner.broken");
        main.putValue("Bundle-Version", "1.2.3");
        main.putValue("OS2-Plugin", "broken");
        main.putValue("Import-Package", "eu.example.nowhere.to.be.found");
        try (JarOutputStream out = new JarOutputStream(new FileOutputStream(jar), manifest)) {
            out.flush();
        }
        Bundle broken = context.installBundle("file:" + jar.getAbsolutePath());
        try {
            try {
                broken.start();
            } catch (BundleException expected) {
                // the point of this bundle
            }
            HttpSession viewer = new HttpSession(BASE);
            viewer.login("demo-viewer", Distribution.DEMO_PASSWORD);
            assertEquals(403, viewer.get("/api/v1/console/bundles").statusCode());

            HttpSession secretariat = new HttpSession(BASE);
            secretariat.login("demo-secretariat", Distribution.DEMO_PASSWORD);
            HttpResponse<String> bundles = secretariat.get("/api/v1/console/bundles");
            assertEquals(200, bundles.statusCode());
            String body = bundles.body();
            int at = body.indexOf("\"symbolicName\":\"eu.example.partner.broken\"");
            assertTrue(body, at >= 0);
            String entry = body.substring(at, body.indexOf('}', at));
            assertTrue(entry, entry.contains("\"state\":\"INSTALLED\""));
            assertTrue(entry, entry.contains("eu.example.nowhere.to.be.found"));
            assertTrue(
                    "partner problems do not take the platform down",
                    new HttpSession(BASE).get("/api/v1/health").statusCode() == 200);
        } finally {
            broken.uninstall();
            // health answers what it worked out within the last second: the next test must not
            // read an answer that still names this bundle
            assertTrue("health still names the uninstalled bundle", awaitHealthWithout("eu.example.partner.broken"));
        }
    }

    private static boolean awaitHealthWithout(String symbolicName) throws Exception {
        return eventually(
                () -> !new HttpSession(BASE).get("/api/v1/health").body().contains("\"" + symbolicName + "\""), 100);
    }

    private static boolean awaitMenu(HttpSession session, boolean present) throws Exception {
        return eventually(
                () -> session.get("/api/v1/console/menu").body().contains("\"id\":\"hello\"") == present, 200);
    }

    /** A check that asks the platform over HTTP. */
    private interface Check {
        boolean holds() throws Exception;
    }

    /** @return whether the check held within 50 tries, {@code pauseMillis} apart */
    private static boolean eventually(Check check, long pauseMillis) throws Exception {
        for (int i = 0; i < 50; i++) {
            if (check.holds()) {
                return true;
            }
            Thread.sleep(pauseMillis);
        }
        return false;
    }
}
