package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Personal calendar feeds and the home page's list over REST, against the built distribution: a
 * person makes a secret feed address, a calendar program fetches it without a session and gets
 * iCalendar that parses; renewing makes the old address answer 404; removing ends the new one;
 * without a session the subscription and the home page's list answer 401, a wrong token 404.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CalendarIT {

    private static final String SUBSCRIPTION = "/api/v1/calendar/subscription";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunningDistribution platform;
    private HttpSession member;
    private HttpSession anonymous;
    private String firstFeed;
    private String secondFeed;

    @BeforeAll
    void start() throws Exception {
        platform =
                RunningDistribution.start(RunningDistribution.copyOfDistribution(Path.of("target/calendar")), Map.of());
        member = signedIn("demo-member");
        anonymous = new HttpSession(platform.base);
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void withoutASessionTheSubscriptionAndTheHomePageListAreRefused() throws Exception {
        assertStatus("anonymous subscription", anonymous.get(SUBSCRIPTION), 401);
        assertStatus("anonymous new address", anonymous.send("POST", SUBSCRIPTION, ""), 401);
        assertStatus("anonymous removal", anonymous.send("DELETE", SUBSCRIPTION, ""), 401);
        assertStatus("anonymous attention", anonymous.get("/api/v1/attention"), 401);
        assertStatus("a new address without the CSRF token", member.send("POST", SUBSCRIPTION, ""), 403);
    }

    @Test
    @Order(2)
    void aSignedInPersonGetsTheirHomePageList() throws Exception {
        HttpResponse<String> response = member.get("/api/v1/attention");
        assertStatus("attention", response, 200);
        JsonNode items = JSON.readTree(response.body());
        assertThat(items.isArray()).isTrue();
        for (JsonNode item : items) {
            assertThat(item.get("key").asText()).isNotBlank();
            assertThat(item.get("text").asText()).isNotBlank().doesNotContain("null");
            assertThat(item.get("link").asText()).startsWith("#/");
            assertThat(item.has("urgent")).isTrue();
        }
        assertStatus("a viewer's list", signedIn("demo-viewer").get("/api/v1/attention"), 200);
    }

    @Test
    @Order(3)
    void aPersonMakesAFeedAddressThatACalendarProgramFetchesWithoutASession() throws Exception {
        JsonNode none = body(member.get(SUBSCRIPTION), 200);
        assertThat(none.get("exists").asBoolean()).isFalse();

        JsonNode made = body(post(member), 200);
        firstFeed = made.get("url").asText();
        assertThat(firstFeed)
                .startsWith(platform.base + "/api/v1/calendar/feed/")
                .endsWith(".ics");
        assertThat(made.get("created").asText()).isNotBlank();
        JsonNode exists = body(member.get(SUBSCRIPTION), 200);
        assertThat(exists.get("exists").asBoolean()).isTrue();
        assertThat(exists.get("created").asText()).isEqualTo(made.get("created").asText());

        HttpResponse<String> feed = anonymous.get(path(firstFeed));
        assertStatus("the feed", feed, 200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(feed.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        calendar.validate();
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
                .isEqualTo("OS2");
        List<VEvent> events = calendar.getComponents("VEVENT");
        for (VEvent event : events) {
            assertThat(event.getProperty("UID")).isPresent();
            assertThat(event.getProperty("DTSTART")).isPresent();
            assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).doesNotContain("null");
        }
        System.out.println("CalendarIT: the member's feed holds " + events.size() + " events");
    }

    @Test
    @Order(4)
    void renewingMakesTheOldAddressAnswer404() throws Exception {
        secondFeed = body(post(member), 200).get("url").asText();
        assertThat(secondFeed).isNotEqualTo(firstFeed);
        HttpResponse<String> old = anonymous.get(path(firstFeed));
        assertStatus("the renewed address", old, 404);
        assertThat(old.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertStatus("the new address", anonymous.get(path(secondFeed)), 200);
    }

    @Test
    @Order(5)
    void aWrongTokenAnswers404AndRemovalEndsTheFeed() throws Exception {
        assertStatus("a wrong token", anonymous.get("/api/v1/calendar/feed/not-a-token.ics"), 404);
        assertStatus(
                "an unknown token",
                anonymous.get("/api/v1/calendar/feed/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics"),
                404);
        assertStatus("a removal", member.send("DELETE", SUBSCRIPTION, "", "X-CSRF-Token", member.csrfToken()), 204);
        assertStatus("the removed address", anonymous.get(path(secondFeed)), 404);
        assertThat(body(member.get(SUBSCRIPTION), 200).get("exists").asBoolean())
                .isFalse();
    }

    private static String path(String url) {
        return URI.create(url).getRawPath();
    }

    private HttpSession signedIn(String username) throws Exception {
        HttpSession session = new HttpSession(platform.base);
        HttpResponse<String> login = session.loginWhenReady(username, Distribution.DEMO_PASSWORD);
        assertThat(login.statusCode())
                .as("login of %s: %s", username, login.body())
                .isEqualTo(200);
        return session;
    }

    private static HttpResponse<String> post(HttpSession session) throws Exception {
        return session.send("POST", SUBSCRIPTION, "", "X-CSRF-Token", session.csrfToken());
    }

    private static JsonNode body(HttpResponse<String> response, int status) throws Exception {
        assertStatus(response.request().method() + " " + response.uri(), response, status);
        return JSON.readTree(response.body());
    }

    private static void assertStatus(String what, HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("%s: %s", what, response.body()).isEqualTo(status);
    }
}
