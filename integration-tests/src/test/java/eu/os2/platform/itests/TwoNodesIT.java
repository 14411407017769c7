package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Two platforms on one PostgreSQL database, as an admin runs two nodes behind a load balancer
 * without sticky sessions: a session made on one node is accepted on the other, with its CSRF
 * token; logout on one ends it on both; a restart of a node keeps the sessions; failed logins on
 * one node count on the other (its events reach the other node); invoice runs started on both at
 * once issue each invoice once, in one series; invitations made on both while both send through
 * one mail server arrive once each; a ballot closed on both at once is closed once. Each node is its
 * own copy of the built distribution under {@code target/two-nodes/}, started with
 * {@code bin/karaf server}; both point at a fresh schema on the server named by
 * {@value #POSTGRES_URL} by editing {@code etc/org.ops4j.datasource-os2.cfg} only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIfEnvironmentVariable(
        named = TwoNodesIT.POSTGRES_URL,
        matches = ".+",
        disabledReason = "needs a PostgreSQL server: set OS2_TEST_POSTGRES_URL to a JDBC URL with user and password "
                + "(.ci/run starts one and sets it)")
class TwoNodesIT {

    /** The same variable the storage tests read (TestDatabases.POSTGRES_URL). */
    static final String POSTGRES_URL = "OS2_TEST_POSTGRES_URL";

    private static final String COOKIE = "OS2SESSION";
    private static final Pattern SESSION_COOKIE = Pattern.compile(COOKIE + "=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> timings = new LinkedHashMap<>();
    private String schema;
    private RunningDistribution nodeA;
    private RunningDistribution nodeB;
    private GreenMail smtp;

    /** One signed-in browser's state: the session cookie's value and the session's CSRF token. */
    record Session(String cookie, String csrfToken) {}

    @BeforeAll
    void startTwoNodesOnOneDatabase() throws Exception {
        String url = System.getenv(POSTGRES_URL);
        schema = "two_nodes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        // both nodes send through one mail server, as production's nodes share one relay
        int smtpPort = Distribution.freePorts(1)[0];
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // events read every 100 ms instead of 500: the throttle test waits less on a busy machine
        Map<String, Map<String, String>> database = Map.of(
                "org.ops4j.datasource-os2.cfg",
                postgresSettings(url, schema),
                "eu.os2.platform.cluster.cfg",
                Map.of("pollMillis", "100"),
                "eu.os2.platform.mail.cfg",
                Distribution.localMail(smtpPort),
                // both nodes look for reminders to send every 2 s instead of every half hour
                "eu.os2.platform.voting.cfg",
                Map.of("reminders.everySeconds", "2"));
        Path root = Path.of("target/two-nodes");
        Path homeA = RunningDistribution.copyOfDistribution(root.resolve("node-a"));
        Path homeB = RunningDistribution.copyOfDistribution(root.resolve("node-b"));

        // as an admin adds a node: the first one up and healthy (changelogs and demo data applied), then the second
        long start = System.nanoTime();
        nodeA = RunningDistribution.start(homeA, database);
        timings.put("node A first boot", seconds(start));
        // health turns 200 a few seconds before demo data is complete: B starts once A's demo users can log in
        start = System.nanoTime();
        awaitLogin(nodeA, "demo-viewer", 60);
        timings.put("A's demo users ready after health", seconds(start));
        start = System.nanoTime();
        // demo mode on with the same password: with it off, B would remove the demo users A created
        nodeB = RunningDistribution.start(homeB, database);
        timings.put("node B boot on A's database", seconds(start));
        assertThat(nodeA.base).isNotEqualTo(nodeB.base);
    }

    @AfterAll
    void stopBothNodes() throws Exception {
        try {
            for (RunningDistribution node : new RunningDistribution[] {nodeA, nodeB}) {
                if (node != null) {
                    node.close();
                }
            }
            if (smtp != null) {
                smtp.stop();
            }
        } finally {
            System.out.println("TwoNodesIT timings: "
                    + timings.entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining(", "))
                    + "; schema " + schema + "; log problems: A " + problems(nodeA) + ", B " + problems(nodeB));
            if (schema != null && !Boolean.getBoolean("os2.it.keep")) {
                try (Connection connection = DriverManager.getConnection(System.getenv(POSTGRES_URL));
                        Statement statement = connection.createStatement()) {
                    statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
        }
    }

    @Test
    @Order(1)
    void aSessionMadeOnAIsAcceptedOnB() throws Exception {
        Session session = login(nodeA, "demo-secretariat");

        long start = System.nanoTime();
        HttpResponse<String> me = get(nodeB, "/api/v1/auth/me", session);
        timings.put("first cross-node GET /auth/me on B", millis(start));
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body())
                .contains("\"username\":\"demo-secretariat\"")
                .contains("\"csrfToken\":\"" + session.csrfToken() + "\"");

        HttpResponse<String> members = get(nodeB, "/api/v1/members?limit=1", session);
        assertThat(members.statusCode()).as(members.body()).isEqualTo(200);
        assertThat(members.body()).contains("\"items\":[{");

        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            start = System.nanoTime();
            assertThat(get(i % 2 == 0 ? nodeB : nodeA, "/api/v1/auth/me", session)
                            .statusCode())
                    .isEqualTo(200);
            nanos.add(System.nanoTime() - start);
        }
        nanos.sort(null);
        timings.put("GET /auth/me alternating A/B median", String.format(Locale.ROOT, "%.1f ms", nanos.get(10) / 1e6));
    }

    @Test
    @Order(2)
    void aStateChangingRequestOnBIsCheckedAgainstTheTokenOfTheSessionMadeOnA() throws Exception {
        Session session = login(nodeA, "demo-secretariat");
        HttpResponse<String> members = get(nodeB, "/api/v1/members?limit=1", session);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(members.body());
        assertThat(id.find()).as(members.body()).isTrue();
        String path = "/api/v1/members/" + id.group(1);
        HttpResponse<String> member = get(nodeB, path, session);
        assertThat(member.statusCode()).as(member.body()).isEqualTo(200);
        String etag = member.headers().firstValue("ETag").orElseThrow();

        // A's token passes B's CSRF check and the role check: the empty change is refused as invalid, nothing stored
        HttpResponse<String> invalid = send(nodeB, "PUT", path, "{}", session, session.csrfToken(), "If-Match", etag);
        assertThat(invalid.statusCode()).as(invalid.body()).isBetween(400, 499).isNotIn(401, 403);
        assertThat(get(nodeA, path, session).headers().firstValue("ETag")).contains(etag);

        HttpResponse<String> wrongToken = send(nodeB, "PUT", path, "{}", session, "not-the-token", "If-Match", etag);
        assertThat(wrongToken.statusCode()).as(wrongToken.body()).isEqualTo(403);
        HttpResponse<String> noSession = send(nodeB, "PUT", path, "{}", null, session.csrfToken(), "If-Match", etag);
        assertThat(noSession.statusCode()).as(noSession.body()).isEqualTo(401);
    }

    @Test
    @Order(3)
    void logoutOnBEndsTheSessionOnAToo() throws Exception {
        Session session = login(nodeA, "demo-secretariat");
        assertThat(get(nodeA, "/api/v1/auth/me", session).statusCode()).isEqualTo(200);

        HttpResponse<String> logout = send(nodeB, "POST", "/api/v1/auth/logout", "", session, session.csrfToken());
        assertThat(logout.statusCode()).as(logout.body()).isEqualTo(204);

        assertThat(get(nodeA, "/api/v1/auth/me", session).statusCode()).isEqualTo(401);
        assertThat(get(nodeB, "/api/v1/auth/me", session).statusCode()).isEqualTo(401);
        assertThat(get(nodeA, "/api/v1/members?limit=1", session).statusCode()).isEqualTo(401);
    }

    @Test
    @Order(4)
    void aFreshLoginOnBIsAcceptedByA() throws Exception {
        Session session = login(nodeB, "demo-viewer");
        HttpResponse<String> me = get(nodeA, "/api/v1/auth/me", session);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"demo-viewer\"");
        assertThat(get(nodeA, "/api/v1/members?limit=1", session).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void aSessionMadeOnBSurvivesARestartOfA() throws Exception {
        Session session = login(nodeB, "demo-board");
        assertThat(get(nodeA, "/api/v1/auth/me", session).statusCode()).isEqualTo(200);

        long start = System.nanoTime();
        nodeA.restart();
        timings.put("node A restart", seconds(start));

        HttpResponse<String> me = get(nodeA, "/api/v1/auth/me", session);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"demo-board\"");
        assertThat(get(nodeB, "/api/v1/auth/me", session).statusCode()).isEqualTo(200);
        HttpResponse<String> logout = send(nodeA, "POST", "/api/v1/auth/logout", "", session, session.csrfToken());
        assertThat(logout.statusCode()).as(logout.body()).isEqualTo(204);
        assertThat(get(nodeB, "/api/v1/auth/me", session).statusCode()).isEqualTo(401);
    }

    /**
     * Password guesses spread over both nodes count together: each node's failed logins reach the
     * other as relayed events. Without that, twelve guesses alternating between the nodes are six
     * per node, one above the free five, and none is ever refused.
     */
    @Test
    @Order(6)
    void wrongPasswordsSpreadOverBothNodesAreThrottledAsOne() throws Exception {
        String body = "{\"username\":\"guessed-account\",\"password\":\"not-the-password-1\"}";
        List<String> answers = new ArrayList<>();
        int firstRefused = -1;
        for (int i = 0; i < 12 && firstRefused < 0; i++) {
            RunningDistribution node = i % 2 == 0 ? nodeA : nodeB;
            HttpResponse<String> response = send(node, "POST", "/api/v1/auth/login", body, null, null);
            answers.add((node == nodeA ? "A " : "B ") + response.statusCode());
            if (response.statusCode() == 429) {
                firstRefused = i;
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
            } else {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
            }
            // longer than a node takes to read the other's events (every 100 ms here)
            Thread.sleep(800);
        }
        timings.put("guesses until refused, alternating A/B", answers.toString());
        // without the relay no guess of the twelve is refused; with it, one soon after the sixth
        assertThat(firstRefused).as(answers.toString()).isBetween(6, 11);
    }

    /**
     * The secretariat starts next year's invoice run on both nodes at the same moment: both runs
     * finish, each organisation gets one invoice, and the numbers follow on without a gap.
     */
    @Test
    @Order(7)
    void invoiceRunsStartedOnBothNodesAtOnceIssueEachInvoiceOnceWithoutGaps() throws Exception {
        Session session = login(nodeA, "demo-secretariat");
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"))
                        .getYear()
                + 1;
        // next year's fees follow the index: the secretariat enters next year's figure first
        HttpResponse<String> index =
                send(nodeB, "PUT", "/api/v1/payments/index/" + year, "{\"value\":105.1}", session, session.csrfToken());
        assertThat(index.statusCode()).as(index.body()).isEqualTo(200);
        String body = "{\"year\":" + year + "}";
        java.util.concurrent.ExecutorService both = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<HttpResponse<String>>> started = new ArrayList<>();
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(2);
        try {
            for (RunningDistribution node : List.of(nodeA, nodeB)) {
                started.add(both.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return send(node, "POST", "/api/v1/payments/runs", body, session, session.csrfToken());
                }));
            }
            List<String> outcomes = new ArrayList<>();
            String lastStatus = "";
            int created = 0;
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> response = started.get(i).get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
                String path = "/api/v1/payments/runs/" + number(response.body(), "\"id\":(\\d+)");
                String status = response.body();
                // read on the other node than the one that runs it
                RunningDistribution other = i == 0 ? nodeB : nodeA;
                for (int poll = 0; poll < 240 && status.contains("\"RUNNING\""); poll++) {
                    Thread.sleep(250);
                    status = get(other, path, session).body();
                }
                assertThat(status).contains("\"state\":\"DONE\"");
                lastStatus = status;
                created += (int) number(status, "\"created\":(\\d+)");
                outcomes.add("created " + number(status, "\"created\":(\\d+)") + ", skipped "
                        + number(status, "\"skipped\":(\\d+)"));
            }
            timings.put("invoice runs on A and B at once", outcomes.toString());
            assertThat(created).as(outcomes + ": " + lastStatus).isPositive();

            String invoices = get(nodeB, "/api/v1/payments/invoices?year=" + year, session)
                    .body();
            List<String> organisations = Pattern.compile("\"kind\":\"INVOICE\",\"organisationId\":(\\d+)")
                    .matcher(invoices)
                    .results()
                    .map(m -> m.group(1))
                    .toList();
            assertThat(organisations).isNotEmpty().doesNotHaveDuplicates().hasSize(created);
            List<Long> numbers = Pattern.compile("\"number\":(\\d+)")
                    .matcher(invoices)
                    .results()
                    .map(m -> Long.parseLong(m.group(1)))
                    .sorted()
                    .toList();
            assertThat(numbers).doesNotHaveDuplicates().hasSize(created);
            assertThat(numbers.get(numbers.size() - 1) - numbers.get(0) + 1)
                    .as("one series without gaps: " + numbers)
                    .isEqualTo(numbers.size());
        } finally {
            both.shutdownNow();
        }
    }

    @Test
    @Order(8)
    void invitationsMadeOnBothNodesAreMailedOnceEachWhileBothNodesSend() throws Exception {
        Session admin = login(nodeA, "demo-admin");
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String address = "two-nodes-" + i + "@os2.example";
            addresses.add(address);
            HttpResponse<String> invited = send(
                    i % 2 == 0 ? nodeA : nodeB,
                    "POST",
                    "/api/v1/users",
                    "{\"email\":\"" + address + "\",\"displayName\":\"Node Tester " + i + "\",\"roles\":[\"viewer\"]}",
                    admin,
                    admin.csrfToken());
            assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        }
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until
                && !addresses.stream().allMatch(a -> !mailsTo(a).isEmpty())) {
            Thread.sleep(250);
        }
        Thread.sleep(3000); // both senders poll every second: a second copy would have come by now
        Map<String, Integer> received = new LinkedHashMap<>();
        for (String address : addresses) {
            received.put(address, mailsTo(address).size());
        }
        timings.put("invitations mailed by two senders", received.values().toString());
        assertThat(received.values())
                .as("messages per invited address: " + received)
                .containsOnly(1);
    }

    @Test
    @Order(9)
    void aBallotClosedOnBothNodesAtOnceIsClosedOnceWithOneResult() throws Exception {
        Session secretariat = login(nodeA, "demo-secretariat");
        String path = openBallot(secretariat, "To noder", "Budget", null);

        java.util.concurrent.ExecutorService both = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(2);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> closes = new ArrayList<>();
            for (RunningDistribution node : List.of(nodeA, nodeB)) {
                closes.add(both.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return send(node, "POST", path + "/close", "", secretariat, secretariat.csrfToken());
                }));
            }
            for (java.util.concurrent.Future<HttpResponse<String>> close : closes) {
                HttpResponse<String> response = close.get(30, java.util.concurrent.TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                if (response.statusCode() != 200) {
                    assertThat(response.body())
                            .as("the later close is refused as closed")
                            .contains("closed");
                }
            }
        } finally {
            both.shutdownNow();
        }
        timings.put("a ballot closed on A and B at once", statuses.toString());
        assertThat(statuses).as("one close, one refusal").containsExactlyInAnyOrder(200, 422);
        String result = get(nodeA, path + "/result", secretariat).body();
        assertThat(get(nodeB, path + "/result", secretariat).body()).isEqualTo(result);
        String verification = get(nodeB, path + "/verify", secretariat).body();
        assertThat(verification).as(verification).contains("\"ok\":true");
    }

    @Test
    @Order(10)
    void aReminderBothNodesFindDueIsWrittenOncePerMember() throws Exception {
        // the members' representatives get the reminder
        activeAccountWithAddress("member@two-nodes.example", "member-representative");
        Session secretariat = login(nodeB, "demo-secretariat");
        String title = "Frist på to noder " + UUID.randomUUID().toString().substring(0, 8);
        long assemblyId = assembly(nodeB, secretariat, title);
        // both nodes look every 2 s; the proposals are due today, so each look finds the reminder due
        Session admin = login(nodeA, "demo-admin");
        Map<Long, Long> perRecipient = Map.of();
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until && perRecipient.isEmpty()) {
            Thread.sleep(500);
            perRecipient = messagesPerRecipient(admin, "voting.proposals-deadline", title);
        }
        Thread.sleep(5000); // two more looks on each node: a second copy would have been written by now
        perRecipient = messagesPerRecipient(admin, "voting.proposals-deadline", title);
        timings.put(
                "reminder of assembly " + assemblyId + " per recipient",
                perRecipient.values().toString());
        assertThat(perRecipient).as("reminders written").isNotEmpty();
        assertThat(perRecipient.values())
                .as("reminders per recipient: " + perRecipient)
                .containsOnly(1L);
    }

    @Test
    @Order(11)
    void aBallotPastItsClosingTimeIsClosedByOneNodesSchedule() throws Exception {
        // the result goes to the members' representatives and the board
        activeAccountWithAddress("board@two-nodes.example", "board");
        Session secretariat = login(nodeA, "demo-secretariat");
        String title = "Lukketid " + UUID.randomUUID().toString().substring(0, 8);
        String closesAt = java.time.Instant.now().plusSeconds(3).toString();
        String path = openBallot(secretariat, "Lukketid på to noder", title, closesAt);
        // each node looks for ballots past their closing time every 10 s
        long start = System.nanoTime();
        long until = System.currentTimeMillis() + 40_000;
        while (System.currentTimeMillis() < until
                && !get(nodeB, path, secretariat).body().contains("\"state\":\"CLOSED\"")) {
            Thread.sleep(250);
        }
        timings.put("ballot closed by a schedule after", seconds(start));
        assertThat(get(nodeA, path, secretariat).body()).contains("\"state\":\"CLOSED\"");
        Thread.sleep(12_000); // the other node's schedule has looked again by now
        int closedByA = closedBySchedule(nodeA);
        int closedByB = closedBySchedule(nodeB);
        timings.put("ballots closed by the schedules of A and B", "[" + closedByA + ", " + closedByB + "]");
        assertThat(closedByA + closedByB).as("closes by schedule, A + B").isEqualTo(1);
        Map<Long, Long> perRecipient = messagesPerRecipient(login(nodeA, "demo-admin"), "voting.ballot-closed", title);
        assertThat(perRecipient).as("result notices written").isNotEmpty();
        assertThat(perRecipient.values())
                .as("result notices per recipient: " + perRecipient)
                .containsOnly(1L);
        String result = get(nodeA, path + "/result", secretariat).body();
        assertThat(get(nodeB, path + "/result", secretariat).body()).isEqualTo(result);
        assertThat(get(nodeA, path + "/verify", secretariat).body()).contains("\"ok\":true");
    }

    /** @return how many ballots the node's schedule closed at their closing time, as its log says */
    private static int closedBySchedule(RunningDistribution node) throws IOException {
        Matcher closed = Pattern.compile("Closed (\\d+) ballot\\(s\\) at their closing time")
                .matcher(Files.readString(node.home().resolve("data/log/karaf.log"), StandardCharsets.UTF_8));
        int count = 0;
        while (closed.find()) {
            count += Integer.parseInt(closed.group(1));
        }
        return count;
    }

    /**
     * Invites a person with an e-mail address on B and accepts the invitation on A: an active account
     * with an address, which the platform's messages reach (the demo accounts have no address).
     *
     * @param role the account's role, with the demo member representative's organisation when it
     *     represents a member
     */
    private void activeAccountWithAddress(String address, String role) throws Exception {
        Session admin = login(nodeB, "demo-admin");
        String organisation = "null";
        if (role.equals("member-representative")) {
            HttpResponse<String> demoMember = get(nodeB, "/api/v1/users?q=demo-member", admin);
            organisation = HostileBodies.JSON
                    .readTree(demoMember.body())
                    .path(0)
                    .path("organisationId")
                    .asText();
        }
        HttpResponse<String> invited = send(
                nodeB,
                "POST",
                "/api/v1/users",
                "{\"email\":\"" + address + "\",\"displayName\":\"Node Tester\",\"roles\":[\"" + role
                        + "\"],\"organisationId\":" + organisation + "}",
                admin,
                admin.csrfToken());
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        String link = HostileBodies.JSON.readTree(invited.body()).path("link").asText();
        String token = link.substring(link.lastIndexOf('/') + 1);
        HttpResponse<String> accepted = send(
                nodeA,
                "POST",
                "/api/v1/auth/invitation/accept",
                "{\"token\":\"" + token + "\",\"password\":\"To noder og en database 2026\"}",
                null,
                null);
        assertThat(accepted.statusCode()).as(accepted.body()).isIn(200, 204);
    }

    /** @return the outbox's messages of a kind whose subject names {@code title}, counted per recipient (read on A by an admin) */
    private Map<Long, Long> messagesPerRecipient(Session admin, String kind, String title) throws Exception {
        HttpResponse<String> listed = get(
                nodeA,
                "/api/v1/outbox?limit=500&q=" + java.net.URLEncoder.encode(title, StandardCharsets.UTF_8),
                admin);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        Map<Long, Long> perRecipient = new LinkedHashMap<>();
        for (com.fasterxml.jackson.databind.JsonNode message : HostileBodies.JSON.readTree(listed.body())) {
            if (message.path("kind").asText().equals(kind)
                    && message.path("subject").asText().contains(title)) {
                perRecipient.merge(message.path("recipientUserId").asLong(), 1L, Long::sum);
            }
        }
        return perRecipient;
    }

    /** @return the new extraordinary assembly's id; made on {@code node}, its proposals due today */
    private long assembly(RunningDistribution node, Session secretariat, String title) throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"));
        HttpResponse<String> assembly = send(
                node,
                "POST",
                "/api/v1/voting/assemblies",
                "{\"kind\":\"EXTRAORDINARY\",\"title\":\"" + title + "\",\"heldAt\":\"" + today.plusDays(20)
                        + "T10:00:00\",\"place\":\"Online\",\"calledOn\":\"" + today + "\",\"proposalsDue\":\""
                        + today + "\",\"materialDue\":\"" + today.plusDays(1) + "\"}",
                secretariat,
                secretariat.csrfToken());
        assertThat(assembly.statusCode()).as(assembly.body()).isEqualTo(201);
        return number(assembly.body(), "^\\{\"id\":(\\d+)");
    }

    /**
     * Makes an assembly on A, an agenda item on B and a yes/no ballot on A, and opens it on B.
     *
     * @param closesAt when the ballot closes by itself (an instant), or null
     * @return the ballot's path
     */
    private String openBallot(Session secretariat, String assemblyTitle, String ballotTitle, String closesAt)
            throws Exception {
        long assemblyId = assembly(nodeA, secretariat, assemblyTitle);
        HttpResponse<String> item = send(
                nodeB,
                "POST",
                "/api/v1/voting/assemblies/" + assemblyId + "/items",
                "{\"title\":\"Budget\",\"decisionType\":\"ORDINARY\"}",
                secretariat,
                secretariat.csrfToken());
        assertThat(item.statusCode()).as(item.body()).isEqualTo(201);
        HttpResponse<String> ballot = send(
                nodeA,
                "POST",
                "/api/v1/voting/assemblies/" + assemblyId + "/ballots",
                "{\"kind\":\"YES_NO\",\"decisionType\":\"ORDINARY\",\"title\":\"" + ballotTitle + "\",\"seats\":0,"
                        + "\"options\":[],\"itemId\":" + number(item.body(), "^\\{\"id\":(\\d+)")
                        + (closesAt == null ? "" : ",\"closesAt\":\"" + closesAt + "\"") + "}",
                secretariat,
                secretariat.csrfToken());
        assertThat(ballot.statusCode()).as(ballot.body()).isEqualTo(201);
        String path = "/api/v1/voting/ballots/" + number(ballot.body(), "^\\{\"id\":(\\d+)");
        HttpResponse<String> opened = send(nodeB, "POST", path + "/open", "", secretariat, secretariat.csrfToken());
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        return path;
    }

    private List<jakarta.mail.internet.MimeMessage> mailsTo(String address) {
        List<jakarta.mail.internet.MimeMessage> found = new ArrayList<>();
        for (jakarta.mail.internet.MimeMessage mail : smtp.getReceivedMessages()) {
            try {
                if (mail.getAllRecipients()[0].toString().equals(address)) {
                    found.add(mail);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    private static long number(String json, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Long.parseLong(m.group(1));
    }

    /**
     * The PostgreSQL lines of {@code etc/org.ops4j.datasource-os2.cfg}: the driver, the server's URL
     * with {@code currentSchema} (user and password moved to their own keys), as the admin guide
     * describes.
     */
    static Map<String, String> postgresSettings(String jdbcUrl, String schema) {
        int query = jdbcUrl.indexOf('?');
        String address = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        List<String> parameters = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("osgi.jdbc.driver.class", "org.postgresql.Driver");
        if (query >= 0) {
            for (String parameter : jdbcUrl.substring(query + 1).split("&")) {
                String name = parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter;
                String value = parameter.contains("=") ? parameter.substring(parameter.indexOf('=') + 1) : "";
                if (name.equals("user") || name.equals("password")) {
                    settings.put(name, URLDecoder.decode(value, StandardCharsets.UTF_8));
                } else if (!name.equals("currentSchema") && !parameter.isEmpty()) {
                    parameters.add(parameter);
                }
            }
        }
        parameters.add("currentSchema=" + schema);
        settings.put("url", address + "?" + String.join("&", parameters));
        return settings;
    }

    private Session login(RunningDistribution node, String username) throws IOException, InterruptedException {
        HttpResponse<String> response = send(
                node,
                "POST",
                "/api/v1/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + Distribution.DEMO_PASSWORD + "\"}",
                null,
                null);
        assertThat(response.statusCode())
                .as("login of " + username + " at " + node.base + ": " + response.body())
                .isEqualTo(200);
        return sessionOf(response);
    }

    private static Session sessionOf(HttpResponse<String> response) {
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .map(SESSION_COOKIE::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .orElseThrow();
        Matcher csrf = CSRF.matcher(response.body());
        assertThat(csrf.find()).as(response.body()).isTrue();
        return new Session(cookie, csrf.group(1));
    }

    /** Logs in until it works, at most {@code seconds}, a second apart (and as long as Retry-After asks, if throttled). */
    private Session awaitLogin(RunningDistribution node, String username, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + Distribution.DEMO_PASSWORD + "\"}";
        while (true) {
            HttpResponse<String> response = send(node, "POST", "/api/v1/auth/login", body, null, null);
            if (response.statusCode() == 200) {
                return sessionOf(response);
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("no login of " + username + " at " + node.base + " in " + seconds + " s: "
                        + response.statusCode() + " " + response.body());
            }
            Thread.sleep(
                    1000L * response.headers().firstValueAsLong("Retry-After").orElse(1));
        }
    }

    private HttpResponse<String> get(RunningDistribution node, String path, Session session)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.base + path))
                .timeout(Duration.ofSeconds(20))
                .GET();
        if (session != null) {
            request.header("Cookie", COOKIE + "=" + session.cookie());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(
            RunningDistribution node,
            String method,
            String path,
            String json,
            Session session,
            String csrfToken,
            String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.base + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (session != null) {
            request.header("Cookie", COOKIE + "=" + session.cookie());
        }
        if (csrfToken != null) {
            request.header("X-CSRF-Token", csrfToken);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** @return how many WARN and ERROR lines the node's log has, with the ERROR lines' loggers */
    private static String problems(RunningDistribution node) {
        if (node == null) {
            return "not started";
        }
        try {
            List<String> lines = Files.readAllLines(node.home().resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
            long warnings = lines.stream().filter(l -> l.contains("| WARN ")).count();
            List<String> errors =
                    lines.stream().filter(l -> l.contains("| ERROR")).toList();
            return warnings + " WARN, " + errors.size() + " ERROR"
                    + (errors.isEmpty()
                            ? ""
                            : " "
                                    + errors.stream()
                                            .map(l -> l.length() > 300 ? l.substring(0, 300) + "…" : l)
                                            .collect(Collectors.joining(" / ", "[", "]")));
        } catch (IOException e) {
            return "log not readable: " + e;
        }
    }

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static String millis(long startNanos) {
        return String.format(Locale.ROOT, "%.1f ms", (System.nanoTime() - startNanos) / 1e6);
    }
}
