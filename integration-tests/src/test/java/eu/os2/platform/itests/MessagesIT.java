package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The outbox and each person's message settings over REST, against the built distribution with a
 * real SMTP server (GreenMail on a free port): the secretariat lists, searches, reads and sends
 * again; the status says whether sending is configured and counts the messages per state; a
 * message still waiting cannot be sent again; every signed-in person reads and changes their own
 * language and kinds of message, and the change is there after a reload. Each endpoint's refusals:
 * 401 without a session, 403 for the wrong role or without the CSRF token, 404 for an unknown
 * message, 422 with field codes for bad input. In headless Chromium: the secretariat's outbox page
 * (filter, search, send again, a phone-sized window) and a member's profile (kinds of message, the
 * required ones fixed, the language that the console then speaks, also in a fresh browser).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MessagesIT {

    private static final String OUTBOX = "/api/v1/outbox";
    private static final String ME = "/api/v1/me/messages";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private GreenMail smtp;
    private RunningDistribution platform;
    private HttpSession secretariat;
    private HttpSession member;
    private HttpSession viewer;
    private HttpSession anonymous;
    private long sentId;

    @BeforeAll
    void start() throws Exception {
        int smtpPort = Distribution.freePorts(1)[0];
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        platform = RunningDistribution.start(
                RunningDistribution.copyOfDistribution(Path.of("target/messages")),
                Map.of("eu.os2.platform.mail.cfg", Distribution.localMail(smtpPort)));
        secretariat = signedIn("demo-secretariat");
        member = signedIn("demo-member");
        viewer = signedIn("demo-viewer");
        anonymous = new HttpSession(platform.base);
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
        if (smtp != null && smtp.isRunning()) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void onlyTheSecretariatAndAdministratorsSeeTheOutbox() throws Exception {
        for (String path : List.of(OUTBOX, OUTBOX + "/status", OUTBOX + "/1")) {
            assertStatus("anonymous " + path, anonymous.get(path), 401);
            assertStatus("a member representative " + path, member.get(path), 403);
            assertStatus("a viewer " + path, viewer.get(path), 403);
        }
        assertStatus("anonymous resend", anonymous.send("POST", OUTBOX + "/1/resend", ""), 401);
        assertStatus("a member representative's resend", post(member, OUTBOX + "/1/resend"), 403);
        assertStatus("the secretariat's list", secretariat.get(OUTBOX), 200);
        assertStatus("an administrator's list", signedIn("demo-admin").get(OUTBOX), 200);
    }

    @Test
    @Order(2)
    void theStatusSaysSendingIsConfiguredAndCountsEveryState() throws Exception {
        JsonNode status = body(secretariat.get(OUTBOX + "/status"), 200);
        assertThat(status.get("sending").asBoolean()).isTrue();
        List<String> states = new ArrayList<>();
        status.get("counts").forEach(c -> {
            states.add(c.get("state").asText());
            assertThat(c.get("count").asInt()).isGreaterThanOrEqualTo(0);
        });
        assertThat(states).containsExactly("WAITING", "SENDING", "SENT", "FAILED");
    }

    @Test
    @Order(3)
    void anInvitationIsListedSentAndCanBeSentAgain() throws Exception {
        String address = "outbox.one@ballerup.dk";
        invite(address, "Outbox Et");
        JsonNode sent = await(address, m -> "SENT".equals(m.get("state").asText()));
        sentId = sent.get("id").asLong();
        assertThat(sent.get("kind").asText()).isEqualTo("core.invitation");
        assertThat(sent.get("recipientAddress").asText()).isEqualTo(address);
        assertThat(sent.get("subject").asText()).isNotBlank().doesNotContain("null");
        assertThat(sent.get("resendable").asBoolean()).isTrue();
        assertThat(sent.get("sent").isNull()).isFalse();
        assertThat(received(address)).isEqualTo(1);

        JsonNode one = body(secretariat.get(OUTBOX + "/" + sentId), 200);
        assertThat(one.get("id").asLong()).isEqualTo(sentId);
        assertThat(one.get("state").asText()).isEqualTo("SENT");

        JsonNode filtered = body(secretariat.get(OUTBOX + "?state=sent&q=OUTBOX.ONE&limit=5"), 200);
        assertThat(filtered).hasSize(1);
        assertThat(body(secretariat.get(OUTBOX + "?state=FAILED&q=outbox.one"), 200))
                .isEmpty();

        assertStatus(
                "a resend without the CSRF token",
                secretariat.send("POST", OUTBOX + "/" + sentId + "/resend", ""),
                403);
        JsonNode again = body(post(secretariat, OUTBOX + "/" + sentId + "/resend"), 200);
        assertThat(again.get("state").asText()).isIn("WAITING", "SENDING", "SENT");
        await(
                address,
                m -> m.get("id").asLong() != sentId
                        && "SENT".equals(m.get("state").asText()));
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (received(address) < 2 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(received(address)).as("the message went out a second time").isEqualTo(2);
    }

    @Test
    @Order(4)
    void aMessageStillWaitingCannotBeSentAgainAndBadInputIsRefused() throws Exception {
        smtp.stop();
        String address = "outbox.two@ballerup.dk";
        invite(address, "Outbox To");
        JsonNode waiting = await(address, m -> true);
        assertThat(waiting.get("state").asText()).isIn("WAITING", "SENDING");
        assertThat(waiting.get("resendable").asBoolean()).isFalse();
        problem(post(secretariat, OUTBOX + "/" + waiting.get("id").asLong() + "/resend"), 422, "state", "not-finished");

        problem(secretariat.get(OUTBOX + "/999999"), 404, null, null);
        problem(post(secretariat, OUTBOX + "/999999/resend"), 404, null, null);
        problem(secretariat.get(OUTBOX + "?state=LOST"), 422, "state", "unknown");
        problem(secretariat.get(OUTBOX + "?limit=0"), 422, "limit", "range");
        problem(secretariat.get(OUTBOX + "?limit=many"), 422, "limit", "format");
        assertStatus("a non-numeric id", secretariat.get(OUTBOX + "/abc"), 404);
    }

    @Test
    @Order(5)
    void everyoneReadsTheirOwnSettingsWithEveryKind() throws Exception {
        assertStatus("anonymous", anonymous.get(ME), 401);
        assertStatus("anonymous change", anonymous.send("PUT", ME, "{\"language\":\"en\",\"switchedOff\":[]}"), 401);
        JsonNode mine = body(member.get(ME), 200);
        assertThat(mine.get("language").asText()).isEqualTo("da");
        JsonNode invitation = kind(mine, "core.invitation");
        assertThat(invitation.get("required").asBoolean()).isTrue();
        assertThat(invitation.get("on").asBoolean()).isTrue();
        assertThat(invitation.get("titleDa").asText()).isNotBlank();
        assertThat(invitation.get("titleEn").asText()).isNotBlank();
        assertThat(kind(mine, "payments.invoice-issued").get("on").asBoolean()).isTrue();
        assertStatus("a viewer's own settings", viewer.get(ME), 200);
    }

    @Test
    @Order(6)
    void aPersonChangesLanguageAndKindsAndTheChangeIsThereAfterAReload() throws Exception {
        String change = "{\"language\":\"en\",\"switchedOff\":[\"payments.invoice-issued\"]}";
        assertStatus("a change without the CSRF token", member.send("PUT", ME, change), 403);
        JsonNode stored = body(member.send("PUT", ME, change, "X-CSRF-Token", member.csrfToken()), 200);
        assertThat(stored.get("language").asText()).isEqualTo("en");
        assertThat(kind(stored, "payments.invoice-issued").get("on").asBoolean())
                .isFalse();

        HttpSession reloaded = signedIn("demo-member");
        JsonNode again = body(reloaded.get(ME), 200);
        assertThat(again.get("language").asText()).isEqualTo("en");
        assertThat(kind(again, "payments.invoice-issued").get("on").asBoolean()).isFalse();
        assertThat(kind(again, "core.invitation").get("on").asBoolean()).isTrue();
        // the viewer's settings are their own
        assertThat(body(viewer.get(ME), 200).get("language").asText()).isEqualTo("da");

        JsonNode back = body(put(member, "{\"language\":\"da\",\"switchedOff\":[]}"), 200);
        assertThat(back.get("language").asText()).isEqualTo("da");
        assertThat(kind(back, "payments.invoice-issued").get("on").asBoolean()).isTrue();
    }

    @Test
    @Order(7)
    void badSettingsAreRefusedWithFieldCodesAndNothingIsStored() throws Exception {
        problem(put(member, "{\"language\":\"de\",\"switchedOff\":[]}"), 422, "language", "unknown");
        problem(put(member, "{\"switchedOff\":[]}"), 422, "language", "required");
        problem(
                put(member, "{\"language\":\"en\",\"switchedOff\":[\"voting.no-such-kind\"]}"),
                422,
                "switchedOff",
                "unknown");
        problem(
                put(member, "{\"language\":\"en\",\"switchedOff\":[\"core.invitation\"]}"),
                422,
                "switchedOff",
                "required");
        assertThat(put(member, "{\"language\":\"en\",\"unknownField\":1}").statusCode())
                .isBetween(400, 422);
        JsonNode unchanged = body(member.get(ME), 200);
        assertThat(unchanged.get("language").asText()).isEqualTo("da");
        assertThat(kind(unchanged, "core.invitation").get("on").asBoolean()).isTrue();
    }

    @Test
    @Order(8)
    void theMenuOffersTheProfileToEveryoneAndTheOutboxToTheSecretariat() throws Exception {
        String memberMenu = member.get("/api/v1/console/menu").body();
        assertThat(memberMenu).contains("\"profile\"").doesNotContain("\"outbox\"");
        String secretariatMenu = secretariat.get("/api/v1/console/menu").body();
        assertThat(secretariatMenu).contains("\"profile\"", "\"outbox\"");
        assertStatus("the outbox page module", anonymous.get("/console/pages/outbox.js"), 200);
        assertStatus("the profile page module", anonymous.get("/console/pages/profile.js"), 200);
    }

    @Test
    @Order(9)
    void theSecretariatFollowsTheOutboxInTheConsoleAlsoOnAPhone() throws Exception {
        WebDriver browser = BrowserTest.chromium();
        try {
            WebDriverWait wait = BrowserTest.waitFor(browser, Duration.ofSeconds(20));
            signIn(browser, wait, "#/outbox", "demo-secretariat");
            wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("outbox-rows"), "outbox.one@ballerup.dk"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Udbakke");
            assertThat(browser.findElements(By.id("outbox-not-configured"))).isEmpty();
            assertThat(browser.findElement(By.id("outbox-counts")).getText()).contains("Venter", "Sendt", "Fejlet");
            WebElement waiting =
                    browser.findElement(By.xpath("//tbody[@id='outbox-rows']/tr[td[1][.='outbox.two@ballerup.dk']]"));
            assertThat(waiting.getText()).contains("Venter").doesNotContain("null");
            assertThat(waiting.findElements(By.tagName("button"))).isEmpty();
            BrowserTest.assertAccessible(browser, "MessagesIT-outbox");

            new Select(browser.findElement(By.id("outbox-state"))).selectByValue("SENT");
            wait.until(d -> d.findElements(By.cssSelector("#outbox-rows tr")).stream()
                    .allMatch(r -> "SENT".equals(r.getAttribute("data-state"))));
            browser.findElement(By.id("outbox-search")).sendKeys("outbox.one");
            browser.findElement(By.id("outbox-search-button")).click();
            wait.until(d -> !d.findElements(By.cssSelector("#outbox-rows tr")).isEmpty()
                    && d.findElements(By.cssSelector("#outbox-rows tr")).stream()
                            .allMatch(r -> r.getText().contains("outbox.one@ballerup.dk")));
            browser.findElement(By.cssSelector("#outbox-rows button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("outbox-messages"), "Beskeden venter nu på at blive sendt igen."));
            assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("outbox-messages");

            browser.manage().window().setSize(new Dimension(375, 812));
            browser.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outbox-table")));
            Object overflow = ((JavascriptExecutor) browser)
                    .executeScript("const m = document.getElementById('main-content');"
                            + " return m.scrollWidth - m.clientWidth;");
            assertThat(((Number) overflow).intValue())
                    .as("the page fits a phone; the table scrolls in its own box")
                    .isLessThanOrEqualTo(1);
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(10)
    void aMemberChoosesMessagesAndLanguageOnTheirProfile() throws Exception {
        WebDriver browser = BrowserTest.chromium();
        try {
            WebDriverWait wait = BrowserTest.waitFor(browser, Duration.ofSeconds(20));
            signIn(browser, wait, "#/profile", "demo-member");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-messages-form")));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Min profil");
            assertThat(browser.findElements(By.cssSelector("#menu a[data-page='outbox']")))
                    .isEmpty();
            WebElement required = browser.findElement(By.id("profile-kind-core.invitation"));
            assertThat(required.isSelected()).isTrue();
            assertThat(required.isEnabled()).isFalse();
            assertThat(browser.findElement(By.id("profile-required-note")).getText())
                    .contains("vedtægterne");
            assertThat(browser.findElement(By.id("profile-calendar")).getText()).contains("Kalender");
            BrowserTest.assertAccessible(browser, "MessagesIT-profile");

            WebElement invoices = browser.findElement(By.id("profile-kind-payments.invoice-issued"));
            assertThat(invoices.isSelected()).isTrue();
            invoices.click();
            browser.findElement(By.id("profile-save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("profile-messages-status"), "Dine valg er gemt."));
            browser.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-messages-form")));
            assertThat(browser.findElement(By.id("profile-kind-payments.invoice-issued"))
                            .isSelected())
                    .isFalse();

            // the calendar: a secret address shown once, to copy; stopping it leaves none
            browser.findElement(By.id("profile-calendar-subscribe")).click();
            WebElement url = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-calendar-url")));
            assertThat(url.getAttribute("value"))
                    .startsWith(platform.base)
                    .contains("/api/v1/calendar/feed/")
                    .endsWith(".ics");
            assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("profile-calendar-url");
            assertThat(browser.findElement(By.id("profile-calendar-note")).getText())
                    .contains("holder den gamle op");
            BrowserTest.assertAccessible(browser, "MessagesIT-profile-calendar");
            browser.findElement(By.id("profile-calendar-revoke")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("profile-calendar-state"), "Du har ingen kalenderadresse."));

            browser.findElement(By.id("profile-lang-en")).click();
            browser.findElement(By.id("profile-save")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "My profile"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("profile-messages-status"), "Your choices are saved."));
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("en");
            assertThat(body(member.get(ME), 200).get("language").asText()).isEqualTo("en");
        } finally {
            browser.quit();
        }
        // a fresh browser of the same person starts in the language of the profile
        WebDriver fresh = BrowserTest.chromium();
        try {
            WebDriverWait wait = BrowserTest.waitFor(fresh, Duration.ofSeconds(20));
            signIn(fresh, wait, "#/profile", "demo-member");
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "My profile"));
        } finally {
            fresh.quit();
        }
    }

    // ---- helpers

    private void signIn(WebDriver browser, WebDriverWait wait, String page, String username) {
        browser.get(platform.base + "/console/" + page);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        browser.findElement(By.id("login-username")).sendKeys(username);
        browser.findElement(By.id("login-password")).sendKeys(Distribution.DEMO_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
    }

    private HttpSession signedIn(String username) throws Exception {
        HttpSession session = new HttpSession(platform.base);
        HttpResponse<String> login = session.loginWhenReady(username, Distribution.DEMO_PASSWORD);
        assertThat(login.statusCode())
                .as("login of %s: %s", username, login.body())
                .isEqualTo(200);
        return session;
    }

    private static HttpResponse<String> post(HttpSession session, String path) throws Exception {
        return session.send("POST", path, "", "X-CSRF-Token", session.csrfToken());
    }

    private static HttpResponse<String> put(HttpSession session, String body) throws Exception {
        return session.send("PUT", ME, body, "X-CSRF-Token", session.csrfToken());
    }

    private void invite(String address, String name) throws Exception {
        HttpResponse<String> response = secretariat.send(
                "POST",
                "/api/v1/users",
                "{\"email\":\"" + address + "\",\"displayName\":\"" + name + "\",\"roles\":[\"viewer\"]}",
                "X-CSRF-Token",
                secretariat.csrfToken());
        assertStatus("the invitation of " + address, response, 201);
    }

    /** @return the newest message to the address that meets the condition, within 30 s */
    private JsonNode await(String address, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = secretariat.get(OUTBOX + "?q=" + address);
            last = response.body();
            if (response.statusCode() == 200) {
                for (JsonNode m : JSON.readTree(last)) {
                    if (condition.test(m)) {
                        return m;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no message to " + address + " as expected within 30 s: " + last);
    }

    private int received(String address) {
        int count = 0;
        for (var message : smtp.getReceivedMessages()) {
            try {
                for (var to : message.getAllRecipients()) {
                    if (to.toString().contains(address)) {
                        count++;
                    }
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return count;
    }

    private static JsonNode kind(JsonNode settings, String code) {
        for (JsonNode k : settings.get("kinds")) {
            if (code.equals(k.get("code").asText())) {
                return k;
            }
        }
        throw new AssertionError("no kind " + code + " in " + settings);
    }

    private static JsonNode body(HttpResponse<String> response, int status) throws Exception {
        assertStatus(response.request().method() + " " + response.uri(), response, status);
        return JSON.readTree(response.body());
    }

    private static void problem(HttpResponse<String> response, int status, String field, String code) throws Exception {
        assertStatus(response.request().method() + " " + response.uri(), response, status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(PROBLEM_JSON);
        if (field != null) {
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.path("errors").path(field).asText())
                    .as("field code of %s: %s", field, response.body())
                    .isEqualTo(code);
        }
    }

    private static void assertStatus(String what, HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("%s: %s", what, response.body()).isEqualTo(status);
    }
}
