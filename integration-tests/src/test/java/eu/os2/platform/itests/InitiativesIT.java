package eu.os2.platform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * The initiatives plugin in the booted distribution with demo data: the public strategy, the
 * REST API with its roles, validation and optimistic locking, the events and the shell commands.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class InitiativesIT {

    private static final String BASE = Distribution.base();

    @Inject
    BundleContext context;

    @Inject
    SessionFactory shell;

    @Configuration
    public Option[] configuration() {
        return Distribution.withDemoData("exam-initiatives");
    }

    @Before
    public void platformIsUp() throws Exception {
        Distribution.awaitHealthy(90);
        assertEquals(
                "the demo strategy never appeared",
                200,
                new HttpSession(BASE).awaitOk("/api/v1/initiatives/public/strategy", 30));
    }

    @Test
    public void anyoneSeesTheDemoStrategyWithoutLoginButNoNames() throws Exception {
        HttpResponse<String> strategy = new HttpSession(BASE).get("/api/v1/initiatives/public/strategy");
        assertEquals(200, strategy.statusCode());
        String body = strategy.body();
        assertTrue(body, body.contains("\"approvedBy\":\"Generalforsamlingen 2022\""));
        assertTrue(body, body.contains("\"titleEn\":\"Stronger payment model\""));
        assertTrue(body, body.contains("\"titleEn\":\"Improve OS2’s offering\""));
        assertTrue(body, body.contains("\"titleEn\":\"Talent development of new products\""));
        assertTrue(body, body.contains("\"titleEn\":\"OS2’s position in the market\""));
        assertTrue(body, body.contains("\"status\":\"completed\",\"progress\":100.0"));
        assertTrue(body, body.matches("(?s).*\"period\":\\{[^}]*\"progress\":65\\.6.*"));
        assertFalse("the public page names no one", body.contains("responsible"));
        assertEquals(
                200,
                new HttpSession(BASE)
                        .get("/console/plugins/initiatives/public.html")
                        .statusCode());
        assertEquals(401, new HttpSession(BASE).get("/api/v1/initiatives").statusCode());
    }

    @Test
    public void theSecretariatCreatesAndEditsAndAStaleEditIs412() throws Exception {
        long period = number(
                new HttpSession(BASE).get("/api/v1/initiatives/public/strategy").body(), "\"period\":\\{\"id\":(\\d+)");
        String initiative = "{\"periodId\":" + period + ",\"titleDa\":\"Fælles login\",\"titleEn\":\"Shared login\","
                + "\"responsible\":\"Sekretariatet\",\"start\":\"2023-01-01\",\"end\":\"2024-12-31\",\"weight\":2,"
                + "\"missionPoints\":[\"exchange\"],\"status\":\"planned\",\"milestones\":[{\"title\":\"Analyse\","
                + "\"due\":\"2023-06-30\",\"weight\":1,\"status\":\"in-progress\",\"progress\":40}],"
                + "\"links\":[{\"type\":\"product\",\"id\":\"OS2forms\"}]}";

        HttpSession viewer = new HttpSession(BASE);
        viewer.login("demo-viewer", Distribution.DEMO_PASSWORD);
        assertEquals(200, viewer.get("/api/v1/initiatives?period=" + period).statusCode());
        assertEquals(
                403,
                viewer.send("POST", "/api/v1/initiatives", initiative, "X-CSRF-Token", viewer.csrfToken())
                        .statusCode());

        HttpSession secretariat = new HttpSession(BASE);
        secretariat.login("demo-secretariat", Distribution.DEMO_PASSWORD);
        String csrf = secretariat.csrfToken();
        HttpResponse<String> invalid = secretariat.send(
                "POST",
                "/api/v1/initiatives",
                initiative.replace("\"start\":\"2023-01-01\"", "\"start\":\"2019-01-01\""),
                "X-CSRF-Token",
                csrf);
        assertEquals(invalid.body(), 422, invalid.statusCode());
        assertTrue(invalid.body(), invalid.body().contains("\"start\":\"outside-period\""));
        assertEquals(
                "nothing stored",
                "4",
                String.valueOf(number(
                        secretariat.get("/api/v1/initiatives?period=" + period).body(), "\"total\":(\\d+)")));

        HttpResponse<String> created =
                secretariat.send("POST", "/api/v1/initiatives", initiative, "X-CSRF-Token", csrf);
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals("\"0\"", created.headers().firstValue("ETag").orElse(""));
        long id = number(created.body(), "^\\{\"id\":(\\d+)");
        assertTrue(created.body(), created.body().contains("\"progress\":40.0"));

        String edited = initiative
                .replace("Fælles login", "Fælles login (MitID Erhverv)")
                .replace(
                        "\"progress\":40",
                        "\"progress\":80,\"id\":" + number(created.body(), "\"milestones\":\\[\\{\"id\":(\\d+)"));
        HttpResponse<String> noIfMatch =
                secretariat.send("PUT", "/api/v1/initiatives/" + id, edited, "X-CSRF-Token", csrf);
        assertEquals(428, noIfMatch.statusCode());
        HttpResponse<String> updated =
                secretariat.send("PUT", "/api/v1/initiatives/" + id, edited, "X-CSRF-Token", csrf, "If-Match", "\"0\"");
        assertEquals(updated.body(), 200, updated.statusCode());
        assertEquals("\"1\"", updated.headers().firstValue("ETag").orElse(""));
        assertTrue(updated.body(), updated.body().contains("\"progress\":80.0"));
        HttpResponse<String> stale = secretariat.send(
                "PUT", "/api/v1/initiatives/" + id, initiative, "X-CSRF-Token", csrf, "If-Match", "\"0\"");
        assertEquals(stale.body(), 412, stale.statusCode());
        assertEquals(
                "application/problem+json",
                stale.headers().firstValue("Content-Type").orElse(""));
        assertTrue(secretariat.get("/api/v1/initiatives/" + id).body().contains("Fælles login (MitID Erhverv)"));

        HttpResponse<String> history = secretariat.get("/api/v1/initiatives/" + id + "/history");
        assertEquals(200, history.statusCode());
        assertTrue(
                history.body(),
                history.body().contains("\"action\":\"initiatives.update\"")
                        && history.body().contains("\"action\":\"initiatives.create\""));
        assertEquals(403, viewer.get("/api/v1/initiatives/" + id + "/history").statusCode());
    }

    @Test
    public void theSecretariatKeepsStrategyPeriods() throws Exception {
        HttpSession secretariat = new HttpSession(BASE);
        secretariat.login("demo-secretariat", Distribution.DEMO_PASSWORD);
        String csrf = secretariat.csrfToken();
        String period = "{\"name\":\"OS2’s strategi 2019–2022\",\"from\":\"2019-05-01\",\"to\":\"2022-04-30\","
                + "\"approvedBy\":\"Generalforsamlingen 2019\",\"approvedOn\":\"2019-04-25\"}";
        HttpResponse<String> backwards = secretariat.send(
                "POST",
                "/api/v1/initiatives/periods",
                period.replace("2022-04-30", "2018-05-31"),
                "X-CSRF-Token",
                csrf);
        assertEquals(backwards.body(), 422, backwards.statusCode());
        assertTrue(backwards.body(), backwards.body().contains("\"to\":\"before-start\""));

        HttpResponse<String> created =
                secretariat.send("POST", "/api/v1/initiatives/periods", period, "X-CSRF-Token", csrf);
        assertEquals(created.body(), 201, created.statusCode());
        long id = number(created.body(), "^\\{\"id\":(\\d+)");
        HttpResponse<String> taken =
                secretariat.send("POST", "/api/v1/initiatives/periods", period, "X-CSRF-Token", csrf);
        assertEquals(taken.body(), 422, taken.statusCode());
        assertTrue(taken.body(), taken.body().contains("\"name\":\"taken\""));

        String renamed = period.replace("2019–2022", "2019–22");
        assertEquals(
                200,
                secretariat
                        .send(
                                "PUT",
                                "/api/v1/initiatives/periods/" + id,
                                renamed,
                                "X-CSRF-Token",
                                csrf,
                                "If-Match",
                                "\"0\"")
                        .statusCode());
        assertEquals(
                412,
                secretariat
                        .send(
                                "PUT",
                                "/api/v1/initiatives/periods/" + id,
                                period,
                                "X-CSRF-Token",
                                csrf,
                                "If-Match",
                                "\"0\"")
                        .statusCode());
        assertTrue(secretariat.get("/api/v1/initiatives/periods").body().contains("OS2’s strategi 2019–22"));
        // an older period does not replace the latest one on the strategy page
        assertTrue(new HttpSession(BASE)
                .get("/api/v1/initiatives/public/strategy")
                .body()
                .contains("OS2’s strategi 2022–2025"));
    }

    @Test
    public void anUpdateWithAStatusChangeIsPublishedAsEvents() throws Exception {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Dictionary<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, "eu/os2/platform/initiatives/*");
        ServiceRegistration<EventHandler> handler = context.registerService(EventHandler.class, events::add, topics);
        try {
            HttpSession secretariat = new HttpSession(BASE);
            secretariat.login("demo-secretariat", Distribution.DEMO_PASSWORD);
            String strategy =
                    secretariat.get("/api/v1/initiatives/public/strategy").body();
            long id = number(strategy.substring(strategy.indexOf("OS2’s position i markedet") - 30), "\"id\":(\\d+)");
            HttpResponse<String> current = secretariat.get("/api/v1/initiatives/" + id);
            String etag = current.headers().firstValue("ETag").orElseThrow();

            HttpResponse<String> noVersion = secretariat.send(
                    "POST",
                    "/api/v1/initiatives/" + id + "/updates",
                    "{\"text\":\"Kampagne udskudt\",\"status\":\"at-risk\"}",
                    "X-CSRF-Token",
                    secretariat.csrfToken());
            assertEquals(428, noVersion.statusCode());
            HttpResponse<String> posted = secretariat.send(
                    "POST",
                    "/api/v1/initiatives/" + id + "/updates",
                    "{\"text\":\"Kampagne udskudt\",\"status\":\"paused\"}",
                    "X-CSRF-Token",
                    secretariat.csrfToken(),
                    "If-Match",
                    etag);
            assertEquals(posted.body(), 201, posted.statusCode());
            assertTrue(posted.body(), posted.body().contains("\"statusFrom\":\"in-progress\",\"statusTo\":\"paused\""));
            assertTrue(secretariat
                    .get("/api/v1/initiatives/" + id + "/updates")
                    .body()
                    .contains("Kampagne udskudt"));

            boolean statusChanged = false;
            boolean progressChanged = false;
            for (Event event;
                    (event = events.poll(10, TimeUnit.SECONDS)) != null && !(statusChanged && progressChanged); ) {
                if (event.getTopic().equals("eu/os2/platform/initiatives/STATUS_CHANGED")
                        && Long.valueOf(id).equals(event.getProperty("id"))) {
                    statusChanged = "paused".equals(event.getProperty("status"))
                            && "in-progress".equals(event.getProperty("previousStatus"));
                }
                if (event.getTopic().equals("eu/os2/platform/initiatives/PROGRESS_CHANGED")
                        && Long.valueOf(id).equals(event.getProperty("id"))) {
                    progressChanged = "0.0".equals(event.getProperty("progress"));
                }
            }
            assertTrue("STATUS_CHANGED", statusChanged);
            assertTrue("PROGRESS_CHANGED", progressChanged);
        } finally {
            handler.unregister();
        }
    }

    @Test
    public void theShellListsShowsAndChangesStatus() throws Exception {
        String list = run("os2:initiatives");
        assertTrue(list, list.contains("OS2’s strategi 2022–2025"));
        assertTrue(list, list.contains("Stærkere betalingsmodel") && list.contains("completed (GREEN)"));
        long id = number(list, "(\\d+)\\s*[│|]\\s*Talentudvikling af nye produkter");
        String detail = run("os2:initiative " + id);
        assertTrue(detail, detail.contains("OS2compliance i onboarding"));
        String changed = run("os2:initiative-status " + id + " at-risk Onboarding venter på finansiering");
        assertTrue(changed, changed.contains("in-progress (GREEN) -> at-risk (YELLOW)"));
        assertTrue(
                run("os2:initiative " + id), run("os2:initiative " + id).contains("Onboarding venter på finansiering"));
        String unknown = run("os2:initiative-status " + id + " finished Færdig");
        assertTrue(unknown, unknown.contains("Known statuses: completed, in-progress, planned, at-risk, paused"));
    }

    @Test
    public void initiativesAreFoundByNameAndTheHistoryNamesPeopleInTheirLanguage() throws Exception {
        HttpSession anonymous = new HttpSession(BASE);
        assertEquals(401, anonymous.get("/api/v1/initiatives/names?q=betaling").statusCode());

        HttpSession viewer = new HttpSession(BASE);
        viewer.login("demo-viewer", Distribution.DEMO_PASSWORD);
        HttpResponse<String> found = viewer.get("/api/v1/initiatives/names?q=BETALINGSMO");
        assertEquals(found.body(), 200, found.statusCode());
        assertTrue(found.body(), found.body().contains("\"titleDa\":\"Stærkere betalingsmodel\""));
        assertTrue(found.body(), found.body().contains("\"periodName\":\"OS2’s strategi 2022–2025\""));
        assertEquals(
                "[]",
                viewer.get("/api/v1/initiatives/names?q=findes-ikke-nogen-steder")
                        .body());
        HttpResponse<String> tooMany = viewer.get("/api/v1/initiatives/names?limit=51");
        assertEquals(400, tooMany.statusCode());
        assertTrue(tooMany.body(), tooMany.body().contains("\"limit\":\"range\""));

        HttpResponse<String> missingDa = viewer.get("/api/v1/initiatives/999999");
        assertEquals(404, missingDa.statusCode());
        assertTrue(missingDa.body(), missingDa.body().contains("Indsats 999999 findes ikke."));
        HttpResponse<String> missingEn = viewer.getWith("/api/v1/initiatives/999999/updates", "Accept-Language", "en");
        assertEquals(404, missingEn.statusCode());
        assertTrue(missingEn.body(), missingEn.body().contains("There is no initiative 999999."));

        HttpSession secretariat = new HttpSession(BASE);
        secretariat.login("demo-secretariat", Distribution.DEMO_PASSWORD);
        long id = number(found.body(), "\"id\":(\\d+)");
        HttpResponse<String> posted = secretariat.send(
                "POST",
                "/api/v1/initiatives/" + id + "/updates",
                "{\"text\":\"Takstbladet er sendt til høring.\",\"links\":[{\"type\":\"initiative\",\"id\":\"" + id
                        + "\"}]}",
                "X-CSRF-Token",
                secretariat.csrfToken());
        assertEquals(posted.body(), 201, posted.statusCode());
        HttpResponse<String> timeline = viewer.get("/api/v1/initiatives/" + id + "/updates");
        assertTrue(timeline.body(), timeline.body().contains("\"authorName\":\"Demo Sekretariat\""));
        HttpResponse<String> history = secretariat.get("/api/v1/initiatives/" + id + "/history");
        assertEquals(200, history.statusCode());
        assertTrue(history.body(), history.body().contains("\"actorName\":\"Demo Sekretariat\""));
        assertTrue(history.body(), history.body().contains("\"action\":\"initiatives.update.post\""));
        assertEquals(403, viewer.get("/api/v1/initiatives/" + id + "/history").statusCode());
    }

    private String run(String command) throws Exception {
        return Probe.shell(shell, command);
    }

    private static long number(String text, String regex) {
        return Probe.number(text, regex);
    }
}
