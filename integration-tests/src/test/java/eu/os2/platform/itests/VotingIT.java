package eu.os2.platform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The voting plugin in the booted distribution with demo data: the 2025 assembly's results verify
 * from the public bulletin boards; an extraordinary assembly is called within the statutes, a
 * ballot is opened, a representative votes and changes the vote, the chair closes it, a late vote
 * is refused, the count verifies; proposals keep their deadline; the shell lists, opens, closes and
 * verifies.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class VotingIT {

    private static final String BASE = Distribution.base();

    @Inject
    BundleContext context;

    @Inject
    SessionFactory shell;

    @Configuration
    public Option[] configuration() {
        return Distribution.withDemoData("exam-voting");
    }

    @Before
    public void demoAssembliesExist() throws Exception {
        Distribution.awaitHealthy(90);
        HttpSession s = session("demo-secretariat");
        for (int i = 0; i < 120; i++) {
            String assemblies = s.get("/api/v1/voting/assemblies").body();
            if (assemblies.contains("Ordinær generalforsamling 2025")
                    && s.get("/api/v1/voting/decisions").body().contains("Valg af 3")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the demo assemblies never appeared");
    }

    private static HttpSession session(String user) throws Exception {
        HttpSession s = new HttpSession(BASE);
        s.login(user, Distribution.DEMO_PASSWORD);
        return s;
    }

    private static long number(String text, String regex) {
        return Probe.number(text, regex);
    }

    @Test
    public void theDemoAssemblysResultsVerifyFromThePublicBulletinBoards() throws Exception {
        HttpSession anyone = new HttpSession(BASE);
        String decisions = session("demo-board").get("/api/v1/voting/decisions").body();
        assertTrue(decisions, decisions.contains("Kontingent for 2026") && decisions.contains("\"passed\":true"));
        java.util.regex.Matcher ballots =
                java.util.regex.Pattern.compile("\"ballotId\":(\\d+)").matcher(decisions);
        int checked = 0;
        while (ballots.find()) {
            String id = ballots.group(1);
            HttpResponse<String> board = anyone.get("/api/v1/voting/ballots/" + id + "/board");
            assertEquals(200, board.statusCode());
            String entries = board.body().substring(board.body().indexOf("\"entries\""));
            assertTrue(
                    board.body(),
                    entries.contains("\"receipt\":")
                            && !entries.replaceAll("\"result\".*", "").contains("organisation"));
            String verify =
                    anyone.get("/api/v1/voting/ballots/" + id + "/verify").body();
            assertTrue(verify, verify.contains("\"ok\":true"));
            checked++;
        }
        assertTrue("the five ballots of 2025 and any closed since: " + checked, checked >= 5);
        assertEquals(401, anyone.get("/api/v1/voting/assemblies").statusCode());
        String minutes = session("demo-viewer")
                .get("/api/v1/voting/assemblies/"
                        + number(
                                session("demo-viewer")
                                        .get("/api/v1/voting/assemblies")
                                        .body(),
                                "\"id\":(\\d+),\"kind\":\"ORDINARY\",\"title\":\"Ordinær generalforsamling 2025\"")
                        + "/minutes")
                .body();
        assertTrue(
                minutes,
                minutes.contains("Referat af Ordinær generalforsamling 2025")
                        && minutes.contains("\"publishedOn\":\"2025-05-06\""));
    }

    @Test
    public void anExtraordinaryAssemblyIsRunFromCallToVerifiedResult() throws Exception {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Dictionary<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, "eu/os2/platform/voting/*");
        ServiceRegistration<EventHandler> handler = context.registerService(EventHandler.class, events::add, topics);
        try {
            HttpSession secretariat = session("demo-secretariat");
            String csrf = secretariat.csrfToken();
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
            String call = "{\"kind\":\"EXTRAORDINARY\",\"title\":\"Ekstraordinær generalforsamling\",\"heldAt\":\""
                    + today.plusDays(10) + "T10:00:00\"," + "\"place\":\"Online\",\"calledOn\":\"" + today
                    + "\",\"proposalsDue\":\"" + today + "\",\"materialDue\":\"" + today.plusDays(1) + "\"}";
            HttpResponse<String> early =
                    secretariat.send("POST", "/api/v1/voting/assemblies", call, "X-CSRF-Token", csrf);
            assertEquals(early.body(), 422, early.statusCode());
            assertTrue(early.body(), early.body().contains("\"calledOn\":\"statutes.extraordinary-notice\""));
            HttpResponse<String> created = secretariat.send(
                    "POST",
                    "/api/v1/voting/assemblies",
                    call.replace(today.plusDays(10) + "T", today.plusDays(20) + "T"),
                    "X-CSRF-Token",
                    csrf);
            assertEquals(created.body(), 201, created.statusCode());
            long assembly = number(created.body(), "^\\{\"id\":(\\d+)");
            String ballotBody =
                    "{\"kind\":\"YES_NO\",\"decisionType\":\"ORDINARY\",\"title\":\"Nyvalg af bestyrelsen\",\"seats\":0,\"options\":[]";
            HttpResponse<String> noItem = secretariat.send(
                    "POST",
                    "/api/v1/voting/assemblies/" + assembly + "/ballots",
                    ballotBody + "}",
                    "X-CSRF-Token",
                    csrf);
            assertEquals(noItem.body(), 422, noItem.statusCode());
            assertTrue(noItem.body(), noItem.body().contains("\"itemId\":\"required\""));
            HttpResponse<String> item = secretariat.send(
                    "POST",
                    "/api/v1/voting/assemblies/" + assembly + "/items",
                    "{\"title\":\"Nyvalg af bestyrelsen\",\"decisionType\":\"ORDINARY\"}",
                    "X-CSRF-Token",
                    csrf);
            assertEquals(item.body(), 201, item.statusCode());
            long itemId = number(item.body(), "^\\{\"id\":(\\d+)");
            HttpResponse<String> ballot = secretariat.send(
                    "POST",
                    "/api/v1/voting/assemblies/" + assembly + "/ballots",
                    ballotBody + ",\"itemId\":" + itemId + "}",
                    "X-CSRF-Token",
                    csrf);
            assertEquals(ballot.body(), 201, ballot.statusCode());
            long id = number(ballot.body(), "^\\{\"id\":(\\d+)");
            HttpSession member = session("demo-member");
            assertEquals(
                    422,
                    member.send(
                                    "POST",
                                    "/api/v1/voting/ballots/" + id + "/votes",
                                    "{\"choice\":[\"YES\"]}",
                                    "X-CSRF-Token",
                                    member.csrfToken())
                            .statusCode());
            assertEquals(
                    403,
                    member.send(
                                    "POST",
                                    "/api/v1/voting/ballots/" + id + "/open",
                                    "",
                                    "X-CSRF-Token",
                                    member.csrfToken())
                            .statusCode());
            assertEquals(
                    200,
                    secretariat
                            .send("POST", "/api/v1/voting/ballots/" + id + "/open", "", "X-CSRF-Token", csrf)
                            .statusCode());

            HttpResponse<String> notCheckedIn = member.send(
                    "POST",
                    "/api/v1/voting/ballots/" + id + "/votes",
                    "{\"choice\":[\"NO\"]}",
                    "X-CSRF-Token",
                    member.csrfToken());
            assertEquals(notCheckedIn.body(), 422, notCheckedIn.statusCode());
            assertTrue(
                    notCheckedIn.body(),
                    notCheckedIn.body().contains("\"organisation\":\"rules.check-in-before-vote\""));
            assertEquals(
                    204,
                    member.send(
                                    "POST",
                                    "/api/v1/voting/assemblies/" + assembly + "/attendance",
                                    "{}",
                                    "X-CSRF-Token",
                                    member.csrfToken())
                            .statusCode());
            HttpResponse<String> first = member.send(
                    "POST",
                    "/api/v1/voting/ballots/" + id + "/votes",
                    "{\"choice\":[\"NO\"]}",
                    "X-CSRF-Token",
                    member.csrfToken());
            assertEquals(first.body(), 201, first.statusCode());
            HttpResponse<String> changed = member.send(
                    "POST",
                    "/api/v1/voting/ballots/" + id + "/votes",
                    "{\"choice\":[\"YES\"]}",
                    "X-CSRF-Token",
                    member.csrfToken());
            assertTrue(changed.body(), changed.body().contains("\"revision\":2"));
            String receipt = changed.body().replaceAll("(?s).*\"receipt\":\"([0-9a-f]{64})\".*", "$1");
            // the representative sees in any session that its organisation has voted, and when — never what
            String participation = member.get("/api/v1/voting/assemblies/" + assembly + "/participation")
                    .body();
            assertTrue(participation, participation.contains("{\"ballotId\":" + id + ",\"votedAt\":\""));
            assertTrue(participation, participation.contains("\"revision\":2"));
            assertTrue(participation, !participation.contains("YES") && !participation.contains(receipt));
            // the secretariat is not a member's representative: refused, in the language asked for
            HttpResponse<String> notARepresentative = secretariat.getWith(
                    "/api/v1/voting/assemblies/" + assembly + "/participation", "Accept-Language", "en");
            assertEquals(notARepresentative.body(), 403, notARepresentative.statusCode());
            HttpResponse<String> notClosedEnglish =
                    member.getWith("/api/v1/voting/ballots/" + id + "/result", "Accept-Language", "en");
            assertEquals(notClosedEnglish.body(), 409, notClosedEnglish.statusCode());
            assertTrue(notClosedEnglish.body(), notClosedEnglish.body().contains("The result is counted when"));
            HttpResponse<String> notClosedDanish =
                    member.getWith("/api/v1/voting/ballots/" + id + "/result", "Accept-Language", "da");
            assertTrue(notClosedDanish.body(), notClosedDanish.body().contains("Ikke lukket"));
            HttpResponse<String> nullChoice = member.send(
                    "POST",
                    "/api/v1/voting/ballots/" + id + "/votes",
                    "{\"choice\":[null]}",
                    "X-CSRF-Token",
                    member.csrfToken());
            // the platform's JSON reading refuses a null in the list (400, a field error); never a 500
            assertEquals(nullChoice.body(), 400, nullChoice.statusCode());
            assertTrue(nullChoice.body(), nullChoice.body().contains("\"choice[0]\":\"required\""));
            // while open, the public board shows only that the ballot is open: no entries, no count, no turnout
            HttpSession anyone = new HttpSession(BASE);
            String openBoard =
                    anyone.get("/api/v1/voting/ballots/" + id + "/board").body();
            assertTrue(
                    openBoard,
                    openBoard.contains("\"state\":\"OPEN\"")
                            && openBoard.contains("\"notice\"")
                            && !openBoard.contains("entries")
                            && !openBoard.contains(receipt)
                            && !openBoard.contains("\"result\""));
            assertEquals(
                    409, anyone.get("/api/v1/voting/ballots/" + id + "/verify").statusCode());
            // a check-out ends the presence: no vote until the organisation checks in again
            long organisation = number(
                    secretariat
                            .get("/api/v1/voting/assemblies/" + assembly + "/registrations")
                            .body(),
                    "\"organisationId\":(\\d+)");
            assertEquals(
                    204,
                    member.send(
                                    "DELETE",
                                    "/api/v1/voting/assemblies/" + assembly + "/attendance/" + organisation,
                                    "",
                                    "X-CSRF-Token",
                                    member.csrfToken())
                            .statusCode());
            assertTrue(member.send(
                            "POST",
                            "/api/v1/voting/ballots/" + id + "/votes",
                            "{\"choice\":[\"NO\"]}",
                            "X-CSRF-Token",
                            member.csrfToken())
                    .body()
                    .contains("rules.check-in-before-vote"));
            assertEquals(
                    204,
                    member.send(
                                    "POST",
                                    "/api/v1/voting/assemblies/" + assembly + "/attendance",
                                    "{}",
                                    "X-CSRF-Token",
                                    member.csrfToken())
                            .statusCode());
            HttpResponse<String> other = member.send(
                    "POST",
                    "/api/v1/voting/ballots/" + id + "/votes",
                    "{\"organisationId\":1,\"choice\":[\"YES\"]}",
                    "X-CSRF-Token",
                    member.csrfToken());
            assertEquals("a representative votes for its own organisation only", 403, other.statusCode());
            HttpSession viewer = session("demo-viewer");
            assertEquals(
                    "only a member representative's role may vote",
                    403,
                    viewer.send(
                                    "POST",
                                    "/api/v1/voting/ballots/" + id + "/votes",
                                    "{\"choice\":[\"YES\"]}",
                                    "X-CSRF-Token",
                                    viewer.csrfToken())
                            .statusCode());
            assertEquals(
                    409,
                    secretariat.get("/api/v1/voting/ballots/" + id + "/result").statusCode());
            assertTrue(secretariat
                    .get("/api/v1/voting/ballots/" + id + "/turnout")
                    .body()
                    .contains("\"voted\":1"));

            HttpResponse<String> closed =
                    secretariat.send("POST", "/api/v1/voting/ballots/" + id + "/close", "", "X-CSRF-Token", csrf);
            assertTrue(closed.body(), closed.body().contains("Vedtaget: 1 for, 0 imod, 0 undlod"));
            HttpResponse<String> late = member.send(
                    "POST",
                    "/api/v1/voting/ballots/" + id + "/votes",
                    "{\"choice\":[\"NO\"]}",
                    "X-CSRF-Token",
                    member.csrfToken());
            assertEquals(422, late.statusCode());
            assertTrue(late.body(), late.body().contains("\"ballot\":\"closed\""));
            String board = anyone.get("/api/v1/voting/ballots/" + id + "/board").body();
            assertTrue(board, board.contains(receipt) && board.matches("(?s).*\"chainHead\":\"[0-9a-f]{64}\".*"));
            assertTrue(anyone.get("/api/v1/voting/ballots/" + id + "/verify")
                    .body()
                    .contains("\"ok\":true,\"ballots\":1,\"chainEntries\":2"));
            // the result is what the close decided on: a later check-in changes nothing
            String result =
                    secretariat.get("/api/v1/voting/ballots/" + id + "/result").body();
            secretariat.send(
                    "POST",
                    "/api/v1/voting/assemblies/" + assembly + "/attendance",
                    "{\"organisationId\":1}",
                    "X-CSRF-Token",
                    csrf);
            assertEquals(
                    result,
                    secretariat.get("/api/v1/voting/ballots/" + id + "/result").body());
            assertEquals(
                    board, anyone.get("/api/v1/voting/ballots/" + id + "/board").body());
            assertTrue(anyone.get("/api/v1/voting/ballots/" + id + "/verify")
                    .body()
                    .contains("\"ok\":true"));

            boolean closedEvent = false;
            for (Event event; !closedEvent && (event = events.poll(10, TimeUnit.SECONDS)) != null; ) {
                closedEvent = event.getTopic().equals("eu/os2/platform/voting/BALLOT_CLOSED")
                        && Long.valueOf(id).equals(event.getProperty("id"))
                        && Boolean.TRUE.equals(event.getProperty("passed"));
            }
            assertTrue("BALLOT_CLOSED", closedEvent);
        } finally {
            handler.unregister();
        }
    }

    @Test
    public void callsRegistrationsAndElectionsAreCheckedBeforeTheDatabase() throws Exception {
        HttpSession secretariat = session("demo-secretariat");
        String csrf = secretariat.csrfToken();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        String call = "{\"kind\":\"EXTRAORDINARY\",\"title\":\"Ekstraordinær generalforsamling\",\"heldAt\":\""
                + today.plusDays(20) + "T10:00:00\",\"place\":\"PLACE\",\"calledOn\":\"" + today
                + "\",\"proposalsDue\":\"" + today + "\",\"materialDue\":\"" + today.plusDays(1) + "\"}";
        HttpResponse<String> longPlace = secretariat.send(
                "POST", "/api/v1/voting/assemblies", call.replace("PLACE", "x".repeat(201)), "X-CSRF-Token", csrf);
        assertEquals(longPlace.body(), 422, longPlace.statusCode());
        assertTrue(longPlace.body(), longPlace.body().contains("\"place\":\"too-long\""));
        HttpResponse<String> past = secretariat.send(
                "POST",
                "/api/v1/voting/assemblies",
                call.replace("PLACE", "Online")
                        .replace(today.plusDays(20) + "T", today.minusDays(20) + "T")
                        .replace("\"calledOn\":\"" + today, "\"calledOn\":\"" + today.minusDays(40))
                        .replace("\"proposalsDue\":\"" + today, "\"proposalsDue\":\"" + today.minusDays(39))
                        .replace("\"materialDue\":\"" + today.plusDays(1), "\"materialDue\":\"" + today.minusDays(38)),
                "X-CSRF-Token",
                csrf);
        assertEquals(past.body(), 422, past.statusCode());
        assertTrue(past.body(), past.body().contains("\"heldAt\":\"in-the-past\""));
        HttpResponse<String> created = secretariat.send(
                "POST", "/api/v1/voting/assemblies", call.replace("PLACE", "Online"), "X-CSRF-Token", csrf);
        assertEquals(created.body(), 201, created.statusCode());
        long assembly = number(created.body(), "^\\{\"id\":(\\d+)");
        HttpResponse<String> longName = secretariat.send(
                "POST",
                "/api/v1/voting/assemblies/" + assembly + "/registrations",
                "{\"organisationId\":1,\"representative\":\"" + "r".repeat(201) + "\",\"substitute\":\""
                        + "s".repeat(201) + "\"}",
                "X-CSRF-Token",
                csrf);
        assertEquals(longName.body(), 422, longName.statusCode());
        assertTrue(
                longName.body(),
                longName.body().contains("\"representative\":\"too-long\"")
                        && longName.body().contains("\"substitute\":\"too-long\""));
        // the chair of the board is elected in odd years, however the item is named
        HttpResponse<String> chair = secretariat.send(
                "POST",
                "/api/v1/voting/assemblies/" + assembly + "/items",
                "{\"title\":\"Et punkt\",\"decisionType\":\"ELECTION\",\"elects\":\"BOARD_CHAIR\"}",
                "X-CSRF-Token",
                csrf);
        if (today.plusDays(20).getYear() % 2 == 0) {
            assertEquals(chair.body(), 422, chair.statusCode());
            assertTrue(chair.body(), chair.body().contains("\"elects\":\"statutes.chair-odd-years\""));
        } else {
            assertEquals(chair.body(), 201, chair.statusCode());
        }
        String detail = secretariat.get("/api/v1/voting/assemblies/" + assembly).body();
        assertTrue(
                detail,
                detail.contains("\"code\":\"rules.tie-at-last-seat\"")
                        && detail.contains("\"code\":\"rules.check-in-before-vote\""));
    }

    @Test
    public void proposalsKeepTheirDeadline() throws Exception {
        HttpSession member = session("demo-member");
        String assemblies = member.get("/api/v1/voting/assemblies").body();
        long past =
                number(assemblies, "\"id\":(\\d+),\"kind\":\"ORDINARY\",\"title\":\"Ordinær generalforsamling 2025\"");
        long next = number(
                assemblies, "\"id\":(\\d+),\"kind\":\"ORDINARY\",\"title\":\"Ordinær generalforsamling 20(?!25)");
        String proposal =
                "{\"title\":\"Fælles designsystem\",\"description\":\"OS2 indfører et fælles designsystem.\"}";
        HttpResponse<String> late = member.send(
                "POST",
                "/api/v1/voting/assemblies/" + past + "/proposals",
                proposal,
                "X-CSRF-Token",
                member.csrfToken());
        assertEquals(late.body(), 422, late.statusCode());
        assertTrue(late.body(), late.body().contains("\"proposalsDue\":\"statutes.proposals-due\""));
        HttpResponse<String> sent = member.send(
                "POST",
                "/api/v1/voting/assemblies/" + next + "/proposals",
                proposal,
                "X-CSRF-Token",
                member.csrfToken());
        assertEquals(sent.body(), 201, sent.statusCode());
        assertTrue(member.get("/api/v1/voting/assemblies/" + next).body().contains("Fælles designsystem"));
        assertTrue(new HttpSession(BASE).get("/api/v1/voting/statutes").body().contains("senest 2 uger før"));
    }

    @Test
    public void theShellListsOpensClosesAndVerifies() throws Exception {
        String list = Probe.shell(shell, "os2:assemblies");
        assertTrue(
                list,
                list.contains("Ordinær generalforsamling 2025") && list.contains("[CLOSED, secret] Valg af formand"));
        long ballot = number(list, "ballot (\\d+) \\[CLOSED\\] Kontingent");
        String verify = Probe.shell(shell, "os2:tally-verify " + ballot);
        assertTrue(verify, verify.startsWith("OK: ballot " + ballot));
        assertTrue(Probe.shell(shell, "os2:ballot-open " + ballot).contains("Not opened"));
        assertTrue(Probe.shell(shell, "os2:ballot-close 999999").contains("No ballot 999999"));
    }
}
