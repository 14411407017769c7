package eu.os2.platform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
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

/**
 * The onboarding plugin in the booted distribution with demo data: the products and their levels,
 * the path with its gates and an explained exception, an assessment round from the coordinator's
 * self-assessment to the board's decision, the publiccode.yml import and the shell.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OnboardingIT {

    private static final String BASE = Distribution.base();

    @Inject
    SessionFactory shell;

    @Configuration
    public Option[] configuration() {
        return Distribution.withDemoData("exam-onboarding");
    }

    @Before
    public void demoProductsExist() throws Exception {
        Distribution.awaitHealthy(90);
        HttpSession s = session("demo-viewer");
        for (int i = 0; i < 120; i++) {
            if (s.get("/api/v1/onboarding/products").body().contains("Google Workspace")
                    && s.get("/api/v1/onboarding/levels").body().contains("\"LEVEL_3\":")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the demo products never appeared");
    }

    private static HttpSession session(String user) throws Exception {
        HttpSession s = new HttpSession(BASE);
        s.login(user, Distribution.DEMO_PASSWORD);
        return s;
    }

    private static long id(HttpSession s, String name) throws Exception {
        return Probe.number(s.get("/api/v1/onboarding/products").body(), "\"id\":(\\d+),\"name\":\"" + name + "\"");
    }

    @Test
    public void theDemoProductsShowTheirLevelsAndWhy() throws Exception {
        HttpSession viewer = session("demo-viewer");
        String products = viewer.get("/api/v1/onboarding/products").body();
        // the demo's 31 (their purpose ends "(demo)"), whatever the other tests here registered before
        assertEquals(
                31,
                java.util.regex.Pattern.compile("\\(demo\\)\"")
                        .matcher(products)
                        .results()
                        .count());
        String indberetning = viewer.get("/api/v1/onboarding/products/" + id(viewer, "OS2indberetning"))
                .body();
        assertTrue(
                indberetning,
                indberetning.contains("\"level\":\"LEVEL_1\"")
                        && indberetning.contains("LEVEL_2 → LEVEL_1: Styregruppen er ikke genetableret"));
        assertTrue(viewer.get("/api/v1/onboarding/criteria").body().contains("\"code\":\"G14\""));
        assertEquals(403, viewer.get("/api/v1/onboarding/review-queue").statusCode());
        assertTrue(session("demo-secretariat")
                .get("/api/v1/onboarding/reminders")
                .body()
                .contains("\"daysLate\":"));
    }

    @Test
    public void criteriaAndRefusalsComeInTheLanguageAsked() throws Exception {
        HttpSession secretariat = session("demo-secretariat");
        String danish = secretariat
                .getWith("/api/v1/onboarding/criteria", "Accept-Language", "da")
                .body();
        assertTrue(danish, danish.contains("\"summary\":\"Løsningen skaber lokal værdi"));
        String english = secretariat
                .getWith("/api/v1/onboarding/criteria", "Accept-Language", "en-GB,en;q=0.9")
                .body();
        assertTrue(english, english.contains("\"summary\":\"The solution creates local value"));
        HttpResponse<String> missing =
                secretariat.getWith("/api/v1/onboarding/products/987654321", "Accept-Language", "da");
        assertEquals(missing.body(), 404, missing.statusCode());
        assertTrue(missing.body(), missing.body().contains("Produktet med nummer 987654321 findes ikke."));
        // the secretariat does not decide level 3: the refusal in Danish, or in English when asked
        long product = id(secretariat, "OS2forms");
        String round = secretariat
                .get("/api/v1/onboarding/products/" + product)
                .body()
                .replaceAll("(?s).*\"currentRound\":\"([0-9-]+)\".*", "$1");
        long assessment = Probe.number(
                secretariat
                        .get("/api/v1/onboarding/products/" + product + "/assessments/" + round)
                        .body(),
                "\"assessment\":\\{\"id\":(\\d+)");
        for (String[] language : new String[][] {
            {"da", "Bestyrelsen beslutter niveau 2 og 3."}, {"en", "the board decides levels 2 and 3"}
        }) {
            HttpResponse<String> refused = secretariat.send(
                    "POST",
                    "/api/v1/onboarding/assessments/" + assessment + "/decide",
                    "{\"level\":\"LEVEL_3\",\"reason\":\"x\"}",
                    "X-CSRF-Token",
                    secretariat.csrfToken(),
                    "If-Match",
                    "\"1\"",
                    "Accept-Language",
                    language[0]);
            assertEquals(refused.body(), 403, refused.statusCode());
            assertTrue(refused.body(), refused.body().contains(language[1]));
        }
    }

    @Test
    public void anIdeaPassesTheProjectGateOnlyWhenMetOrExplained() throws Exception {
        HttpSession member = new HttpSession(BASE);
        long own = Probe.number(
                member.login("demo-member", Distribution.DEMO_PASSWORD).body(), "\"organisationId\":(\\d+)");
        String idea =
                "{\"name\":\"OS2hjemmehjælp\",\"purpose\":\"Planlægning af hjemmehjælp\",\"licenceBeingClarified\":false,\"owners\":["
                        + own + "],"
                        + "\"supporters\":[],\"steeringGroup\":[],\"coordinationGroup\":[],\"suppliers\":[],\"links\":[],\"facts\":[]}";
        HttpResponse<String> created =
                member.send("POST", "/api/v1/onboarding/products", idea, "X-CSRF-Token", member.csrfToken());
        assertEquals(created.body(), 201, created.statusCode());
        long id = Probe.number(created.body(), "^\\{\"id\":(\\d+)");
        HttpSession secretariat = session("demo-secretariat");
        String csrf = secretariat.csrfToken();
        assertEquals(
                403,
                member.send(
                                "POST",
                                "/api/v1/onboarding/products/" + id + "/advance",
                                "{\"step\":\"DIALOGUE\"}",
                                "X-CSRF-Token",
                                member.csrfToken(),
                                "If-Match",
                                "\"1\"")
                        .statusCode());
        assertEquals(
                200,
                secretariat
                        .send(
                                "POST",
                                "/api/v1/onboarding/products/" + id + "/advance",
                                "{\"step\":\"DIALOGUE\"}",
                                "X-CSRF-Token",
                                csrf,
                                "If-Match",
                                "\"1\"")
                        .statusCode());
        HttpResponse<String> gate = secretariat.send(
                "POST",
                "/api/v1/onboarding/products/" + id + "/advance",
                "{\"step\":\"PRE_ANALYSIS\"}",
                "X-CSRF-Token",
                csrf,
                "If-Match",
                "\"2\"");
        assertEquals(gate.body(), 422, gate.statusCode());
        assertTrue(
                gate.body(),
                gate.body().contains("\"open-licence\":\"gate-not-met\"")
                        && gate.body().contains("\"shared-need\":\"gate-not-met\""));
        assertEquals(
                204,
                secretariat
                        .send(
                                "POST",
                                "/api/v1/onboarding/products/" + id + "/exceptions",
                                "{\"gate\":\"PROJECT\",\"explanation\":\"Licens og finansiering afklares i forundersøgelsen\"}",
                                "X-CSRF-Token",
                                csrf)
                        .statusCode());
        assertEquals(
                412,
                secretariat
                        .send(
                                "POST",
                                "/api/v1/onboarding/products/" + id + "/advance",
                                "{\"step\":\"PRE_ANALYSIS\"}",
                                "X-CSRF-Token",
                                csrf,
                                "If-Match",
                                "\"1\"")
                        .statusCode());
        HttpResponse<String> moved = secretariat.send(
                "POST",
                "/api/v1/onboarding/products/" + id + "/advance",
                "{\"step\":\"PRE_ANALYSIS\"}",
                "X-CSRF-Token",
                csrf,
                "If-Match",
                "\"2\"");
        assertEquals(moved.body(), 200, moved.statusCode());
        assertTrue(secretariat
                .get("/api/v1/onboarding/products/" + id)
                .body()
                .contains("undtagelse: Licens og finansiering"));
    }

    @Test
    public void anAssessmentRoundRunsFromTheCoordinatorToTheBoard() throws Exception {
        HttpSession coordinator = session("demo-member");
        long forms = id(coordinator, "OS2forms");
        String product = coordinator.get("/api/v1/onboarding/products/" + forms).body();
        String round = product.replaceAll("(?s).*\"currentRound\":\"([0-9-]+)\".*", "$1");
        HttpResponse<String> current =
                coordinator.get("/api/v1/onboarding/products/" + forms + "/assessments/" + round);
        String etag = current.headers().firstValue("ETag").orElseThrow();
        StringBuilder marks = new StringBuilder("{\"marks\":[");
        String criteria = coordinator.get("/api/v1/onboarding/criteria").body();
        java.util.regex.Matcher codes =
                java.util.regex.Pattern.compile("\"code\":\"([A-Z]\\d+)\"").matcher(criteria);
        boolean first = true;
        while (codes.find()) {
            marks.append(first ? "" : ",")
                    .append("{\"code\":\"")
                    .append(codes.group(1))
                    .append("\",\"status\":\"MET\",\"evidence\":[\"https://github.com/OS2Forms\"]}");
            first = false;
        }
        marks.append("]}");
        HttpResponse<String> saved = coordinator.send(
                "PUT",
                "/api/v1/onboarding/products/" + forms + "/assessments/" + round,
                marks.toString(),
                "X-CSRF-Token",
                coordinator.csrfToken(),
                "If-Match",
                etag);
        assertEquals(saved.body(), 200, saved.statusCode());
        assertTrue(saved.body(), saved.body().contains("\"qualifying\":\"LEVEL_3\""));
        long assessment = Probe.number(saved.body(), "\"assessment\":\\{\"id\":(\\d+)");
        String v = saved.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> submitted = coordinator.send(
                "POST",
                "/api/v1/onboarding/assessments/" + assessment + "/submit",
                "{}",
                "X-CSRF-Token",
                coordinator.csrfToken(),
                "If-Match",
                v);
        assertEquals(submitted.body(), 200, submitted.statusCode());
        assertEquals(
                403,
                coordinator
                        .send(
                                "POST",
                                "/api/v1/onboarding/assessments/" + assessment + "/evaluate",
                                "{}",
                                "X-CSRF-Token",
                                coordinator.csrfToken(),
                                "If-Match",
                                submitted.headers().firstValue("ETag").orElseThrow())
                        .statusCode());
        HttpSession secretariat = session("demo-secretariat");
        HttpResponse<String> evaluated = secretariat.send(
                "POST",
                "/api/v1/onboarding/assessments/" + assessment + "/evaluate",
                "{\"lights\":{\"relevance\":\"GREEN\",\"formal\":\"GREEN\",\"strategic\":\"GREEN\",\"governance\":\"YELLOW\"},\"note\":\"God\"}",
                "X-CSRF-Token",
                secretariat.csrfToken(),
                "If-Match",
                submitted.headers().firstValue("ETag").orElseThrow());
        assertEquals(evaluated.body(), 200, evaluated.statusCode());
        HttpSession board = session("demo-board");
        HttpResponse<String> reviewed = board.send(
                "POST",
                "/api/v1/onboarding/assessments/" + assessment + "/review",
                "{\"level\":\"LEVEL_3\",\"note\":\"Anbefales\"}",
                "X-CSRF-Token",
                board.csrfToken(),
                "If-Match",
                evaluated.headers().firstValue("ETag").orElseThrow());
        assertEquals(reviewed.body(), 200, reviewed.statusCode());
        String tag = reviewed.headers().firstValue("ETag").orElseThrow();
        assertEquals(
                403,
                secretariat
                        .send(
                                "POST",
                                "/api/v1/onboarding/assessments/" + assessment + "/decide",
                                "{\"level\":\"LEVEL_3\",\"reason\":\"x\"}",
                                "X-CSRF-Token",
                                secretariat.csrfToken(),
                                "If-Match",
                                tag)
                        .statusCode());
        HttpResponse<String> decided = board.send(
                "POST",
                "/api/v1/onboarding/assessments/" + assessment + "/decide",
                "{\"level\":\"LEVEL_3\",\"reason\":\"Opfylder alle krav\"}",
                "X-CSRF-Token",
                board.csrfToken(),
                "If-Match",
                tag);
        assertEquals(decided.body(), 200, decided.statusCode());
        assertTrue(decided.body().contains("\"state\":\"DECIDED\""));
    }

    @Test
    public void aPubliccodeFileIsReadAndBadYamlChangesNothing() throws Exception {
        HttpSession secretariat = session("demo-secretariat");
        long smartMail = id(secretariat, "SmartMail");
        String before =
                secretariat.get("/api/v1/onboarding/products/" + smartMail).body();
        HttpResponse<String> bad = secretariat.sendBody(
                "POST",
                "/api/v1/onboarding/products/" + smartMail + "/publiccode",
                "text/plain",
                "name: [",
                "X-CSRF-Token",
                secretariat.csrfToken());
        assertEquals(bad.body(), 422, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("\"file\":\"invalid-yaml\""));
        assertEquals(
                before,
                secretariat.get("/api/v1/onboarding/products/" + smartMail).body());
        // from an address: https to public hosts only, and only for those who may import
        String fetch = "/api/v1/onboarding/products/" + smartMail + "/publiccode/fetch";
        HttpResponse<String> plain = secretariat.send(
                "POST",
                fetch,
                "{\"url\":\"http://github.com/OS2/smartmail/publiccode.yml\"}",
                "X-CSRF-Token",
                secretariat.csrfToken());
        assertTrue(plain.body(), plain.statusCode() == 422 && plain.body().contains("\"url\":\"invalid-url\""));
        HttpResponse<String> internal = secretariat.send(
                "POST",
                fetch,
                "{\"url\":\"https://127.0.0.1:8181/api/v1/health\"}",
                "X-CSRF-Token",
                secretariat.csrfToken());
        assertTrue(
                internal.body(),
                internal.statusCode() == 422 && internal.body().contains("\"url\":\"private-address\""));
        HttpSession viewer = session("demo-viewer");
        assertEquals(
                403,
                viewer.send("POST", fetch, "{\"url\":\"https://127.0.0.1/x.yml\"}", "X-CSRF-Token", viewer.csrfToken())
                        .statusCode());
        assertEquals(
                before,
                secretariat.get("/api/v1/onboarding/products/" + smartMail).body());
        String yaml =
                "publiccodeYmlVersion: \"0.4\"\nname: SmartMail\nurl: \"https://github.com/OS2/smartmail\"\nlegal:\n  license: MPL-2.0\n";
        HttpResponse<String> good = secretariat.sendBody(
                "POST",
                "/api/v1/onboarding/products/" + smartMail + "/publiccode",
                "text/plain",
                yaml,
                "X-CSRF-Token",
                secretariat.csrfToken());
        assertEquals(good.body(), 200, good.statusCode());
        assertTrue(good.body(), good.body().contains("\"marked\":[\"F1\",\"F2\"]"));
        assertTrue(secretariat
                .get("/api/v1/onboarding/products/" + smartMail)
                .body()
                .contains("\"licence\":\"MPL-2.0\""));
    }

    // ---- issue 13: who counts at the gates, who owns a product, unfinished assessments, long texts

    private static String product(String name, String owners, String supporters, String facts, String coordinator) {
        return "{\"name\":\"" + name + "\",\"licence\":\"MPL-2.0\",\"licenceBeingClarified\":false,\"owners\":" + owners
                + ",\"supporters\":" + supporters + ",\"coordinator\":"
                + (coordinator == null ? "null" : "\"" + coordinator + "\"")
                + ",\"steeringGroup\":[],\"coordinationGroup\":[],\"suppliers\":[],\"links\":[],\"facts\":" + facts
                + "}";
    }

    private static HttpResponse<String> send(HttpSession s, String method, String path, String json, long version)
            throws Exception {
        return version < 0
                ? s.send(method, path, json, "X-CSRF-Token", s.csrfToken())
                : s.send(method, path, json, "X-CSRF-Token", s.csrfToken(), "If-Match", "\"" + version + "\"");
    }

    private static void assertForbidden(HttpResponse<String> r) {
        assertEquals(r.body(), 403, r.statusCode());
        assertTrue(
                r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
    }

    @Test
    public void theGatesCountDistinctPublicAuthoritiesAndOwnershipIsTheSecretariats() throws Exception {
        HttpSession member = new HttpSession(BASE);
        long own = Probe.number(
                member.login("demo-member", Distribution.DEMO_PASSWORD).body(), "\"organisationId\":(\\d+)");
        long supplier = Probe.number(
                new HttpSession(BASE)
                        .login("demo-partner", Distribution.DEMO_PASSWORD)
                        .body(),
                "\"organisationId\":(\\d+)");
        HttpSession secretariat = session("demo-secretariat");
        String members =
                secretariat.get("/api/v1/members?kind=MUNICIPALITY&limit=5").body();
        java.util.regex.Matcher ids =
                java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(members);
        long other = own;
        while (other == own && ids.find()) {
            other = Long.parseLong(ids.group(1));
        }
        assertTrue(members, other != own);
        String path = "/api/v1/onboarding/products";
        // a representative: its own organisation as the only owner, no supporters, no gate facts
        assertForbidden(
                send(member, "POST", path, product("OS2fælles", "[" + own + "," + other + "]", "[]", "[]", null), -1));
        assertForbidden(
                send(member, "POST", path, product("OS2støttet", "[" + own + "]", "[" + other + "]", "[]", null), -1));
        assertForbidden(
                send(member, "POST", path, product("OS2klar", "[" + own + "]", "[]", "[\"sharedNeed\"]", null), -1));

        // the same municipality as owner and supporter, and a supplier partner, are one authority
        String facts = "[\"governancePlan\",\"financePlan\",\"sharedNeed\",\"governanceInPlace\",\"longTermFunding\","
                + "\"publicDocumentation\",\"roadmap\"]";
        HttpResponse<String> created = send(
                secretariat,
                "POST",
                path,
                product("OS2samme", "[" + own + "]", "[" + own + "," + supplier + "]", facts, "demo-member"),
                -1);
        assertEquals(created.body(), 201, created.statusCode());
        long id = Probe.number(created.body(), "^\\{\"id\":(\\d+)");
        String[] steps = {"DIALOGUE", "PRE_ANALYSIS", "GOVERNANCE_FINANCE", "BOARD_APPROVAL"};
        for (int i = 0; i < steps.length; i++) {
            HttpResponse<String> moved =
                    send(secretariat, "POST", path + "/" + id + "/advance", "{\"step\":\"" + steps[i] + "\"}", i + 1);
            assertEquals(moved.body(), 200, moved.statusCode());
        }
        HttpResponse<String> gate =
                send(secretariat, "POST", path + "/" + id + "/advance", "{\"step\":\"PRODUCT\"}", 5);
        assertEquals(gate.body(), 422, gate.statusCode());
        assertTrue(gate.body(), gate.body().contains("\"two-authorities\":\"gate-not-met\""));
        String detail = secretariat.get(path + "/" + id).body();
        assertTrue(
                detail,
                detail.contains(
                        "\"missing\":[\"two-authorities\"],\"exception\":null,\"authorities\":1,\"authoritiesNeeded\":2"));

        // the coordinator edits the product but not who owns or supports it, nor the facts
        assertForbidden(send(
                member,
                "PUT",
                path + "/" + id,
                product("OS2samme", "[" + other + "]", "[" + own + "," + supplier + "]", facts, "demo-member"),
                5));
        assertForbidden(send(
                member,
                "PUT",
                path + "/" + id,
                product(
                        "OS2samme",
                        "[" + own + "]",
                        "[" + own + "," + supplier + "," + other + "]",
                        facts,
                        "demo-member"),
                5));
        assertForbidden(send(
                member,
                "PUT",
                path + "/" + id,
                product("OS2samme", "[" + own + "]", "[" + own + "," + supplier + "]", "[]", "demo-member"),
                5));
        HttpResponse<String> edited = send(
                member,
                "PUT",
                path + "/" + id,
                product("OS2samme2", "[" + own + "]", "[" + supplier + "," + own + "]", facts, "demo-member"),
                5);
        assertEquals(edited.body(), 200, edited.statusCode());
        HttpResponse<String> supported = send(
                secretariat,
                "PUT",
                path + "/" + id,
                product("OS2samme2", "[" + own + "]", "[" + other + "]", facts, "demo-member"),
                6);
        assertEquals(supported.body(), 200, supported.statusCode());
        HttpResponse<String> product =
                send(secretariat, "POST", path + "/" + id + "/advance", "{\"step\":\"PRODUCT\"}", 7);
        assertEquals(product.body(), 200, product.statusCode());
    }

    @Test
    public void anUnfinishedAssessmentHasNoLevelAndLongTextsAreFieldErrors() throws Exception {
        HttpSession secretariat = session("demo-secretariat");
        long own = Probe.number(
                new HttpSession(BASE)
                        .login("demo-member", Distribution.DEMO_PASSWORD)
                        .body(),
                "\"organisationId\":(\\d+)");
        String path = "/api/v1/onboarding/products";
        String huge = "x".repeat(2_000_000);
        HttpResponse<String> longPurpose = send(
                secretariat,
                "POST",
                path,
                product("OS2lang", "[" + own + "]", "[]", "[]", null)
                        .replace("\"licence\"", "\"purpose\":\"" + huge + "\",\"licence\""),
                -1);
        assertEquals(422, longPurpose.statusCode());
        assertTrue(longPurpose.body(), longPurpose.body().contains("\"purpose\":\"too-long\""));
        HttpResponse<String> longCoordinator =
                send(secretariat, "POST", path, product("OS2lang", "[" + own + "]", "[]", "[]", huge), -1);
        assertEquals(422, longCoordinator.statusCode());
        assertTrue(longCoordinator.body(), longCoordinator.body().contains("\"coordinator\":\"too-long\""));

        HttpResponse<String> created =
                send(secretariat, "POST", path, product("OS2halv", "[" + own + "]", "[]", "[]", null), -1);
        assertEquals(created.body(), 201, created.statusCode());
        long id = Probe.number(created.body(), "^\\{\"id\":(\\d+)");
        HttpResponse<String> explained = send(
                secretariat,
                "POST",
                path + "/" + id + "/exceptions",
                "{\"gate\":\"PROJECT\",\"explanation\":\"" + huge + "\"}",
                -1);
        assertTrue(
                explained.body(),
                explained.statusCode() == 422 && explained.body().contains("\"explanation\":\"too-long\""));
        HttpResponse<String> yaml = secretariat.sendBody(
                "POST",
                path + "/" + id + "/publiccode",
                "text/plain",
                "publiccodeYmlVersion: \"0.4\"\nname: OS2halv\ndescription:\n  da:\n    shortDescription: "
                        + "y".repeat(3000) + "\n",
                "X-CSRF-Token",
                secretariat.csrfToken());
        assertTrue(yaml.body(), yaml.statusCode() == 422 && yaml.body().contains("\"file.description\":\"too-long\""));

        String round =
                secretariat.get(path + "/" + id).body().replaceAll("(?s).*\"currentRound\":\"([0-9-]+)\".*", "$1");
        String blank =
                secretariat.get(path + "/" + id + "/assessments/" + round).body();
        assertTrue(blank, blank.contains("\"levels\":{\"qualifying\":null,\"state\":\"incomplete\""));
        String marks = path + "/" + id + "/assessments/" + round;
        HttpResponse<String> longMark = send(
                secretariat,
                "PUT",
                marks,
                "{\"marks\":[{\"code\":\"F1\",\"status\":\"MET\",\"explanation\":\"" + huge + "\"}]}",
                0);
        assertTrue(
                longMark.body(),
                longMark.statusCode() == 422 && longMark.body().contains("\"marks.F1.explanation\":\"too-long\""));
        // every criterion met but one left blank: no level, the blank one named, and it cannot be handed in
        StringBuilder all = new StringBuilder("{\"marks\":[");
        java.util.regex.Matcher codes = java.util.regex.Pattern.compile("\"code\":\"([A-Z]\\d+)\"")
                .matcher(secretariat.get("/api/v1/onboarding/criteria").body());
        while (codes.find()) {
            all.append(all.length() > 11 ? "," : "")
                    .append("{\"code\":\"")
                    .append(codes.group(1))
                    .append("\",\"status\":")
                    .append(codes.group(1).equals("G14") ? "null" : "\"MET\"")
                    .append("}");
        }
        HttpResponse<String> saved =
                send(secretariat, "PUT", marks, all.append("]}").toString(), 0);
        assertEquals(saved.body(), 200, saved.statusCode());
        assertTrue(
                saved.body(),
                saved.body()
                        .contains(
                                "\"levels\":{\"qualifying\":null,\"state\":\"incomplete\",\"complete\":false,\"next\":null,\"blockers\":[],\"blank\":[\"G14\"]}"));
        long assessment = Probe.number(saved.body(), "\"assessment\":\\{\"id\":(\\d+)");
        HttpResponse<String> submitted =
                send(secretariat, "POST", "/api/v1/onboarding/assessments/" + assessment + "/submit", "{}", 1);
        assertTrue(
                submitted.body(),
                submitted.statusCode() == 422 && submitted.body().contains("\"marks\":\"incomplete\""));
    }

    @Test
    public void theShellListsProductsAndShowsAnAssessment() throws Exception {
        String list = Probe.shell(shell, "os2:products");
        assertTrue(list, list.contains("OS2forms") && list.contains("LEVEL_3") && list.contains("SmartMail"));
        String assessment = Probe.shell(shell, "os2:assessment OS2indberetning 2026-1");
        assertTrue(assessment, assessment.contains("DECIDED") && assessment.contains("decided LEVEL_1"));
        assertTrue(Probe.shell(shell, "os2:assessment OS2ukendt").contains("No product OS2ukendt"));
    }
}
