package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Sign-on through a real OpenID provider (mock-oauth2-server, started here on a free port of this
 * machine) in real headless Chromium: an invited person signs on and lands in the console as
 * themself; a forged state, a replayed answer, an expired ID token, an ID token from another
 * issuer and a person without an invitation are each refused with a clear message on the login
 * page, and nothing is stored. (IdTokenCheckTest adds a wrong audience, nonce and signature.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignOnBrowserIT extends BrowserTest {

    private static final String CLIENT = "os2-platform";

    private MockOAuth2Server provider;
    private String shippedConfiguration;
    private String issuer;
    private HttpSession admin;

    @BeforeAll
    void startProviderAndConfigureSignOn() throws Exception {
        provider = new MockOAuth2Server();
        provider.start(InetAddress.getByName("127.0.0.1"), Distribution.freePorts(1)[0]);
        issuer = provider.issuerUrl("default").toString().replaceAll("/$", "");
        // as an admin does: the file is picked up by the running platform
        shippedConfiguration =
                Files.readString(platform.home.resolve("etc/eu.os2.platform.oidc.cfg"), StandardCharsets.UTF_8);
        configure();
        admin = new HttpSession(platform.base);
        assertThat(admin.login("demo-admin", Distribution.DEMO_PASSWORD).statusCode())
                .isEqualTo(200);
        long aarhus =
                Long.parseLong(admin.get("/api/v1/members?q=Aarhus").body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        HttpResponse<String> invited = admin.send(
                "POST",
                "/api/v1/users",
                "{\"email\":\"jens.sign-on@aarhus.dk\",\"displayName\":\"Jens Sign-on\","
                        + "\"roles\":[\"member-representative\"],\"organisationId\":" + aarhus + "}",
                "X-CSRF-Token",
                admin.csrfToken());
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    }

    @AfterAll
    void stopProviderAndSwitchSignOnOff() throws Exception {
        if (provider != null) {
            provider.shutdown();
        }
        // the next class boots the same unpacked distribution: leave it as shipped
        if (shippedConfiguration != null) {
            Files.writeString(
                    platform.home.resolve("etc/eu.os2.platform.oidc.cfg"),
                    shippedConfiguration,
                    StandardCharsets.UTF_8);
        }
    }

    private void provides(String email, long expirySeconds) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(
                "default",
                "subject-of-" + email,
                "JWT",
                List.of(CLIENT),
                Map.of("email", email, "name", "Navn fra udbyder"),
                expirySeconds));
    }

    private void signOnAndExpectRefusal(String text) throws Exception {
        browser.get(platform.base + "/console/");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-on-button")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-status"), text));
        assertThat(browser.getCurrentUrl()).doesNotContain("/login/");
        assertThat(new HttpSession(platform.base).get("/api/v1/auth/me").statusCode())
                .isEqualTo(401);
    }

    private int accounts() throws Exception {
        return admin.get("/api/v1/users").body().split("\"username\"").length - 1;
    }

    @Test
    @Order(1)
    void aPersonWithoutAnInvitationIsRefusedAndNothingIsStored() throws Exception {
        int before = accounts();
        provides("stranger@example.dk", 3600);
        browser.get(platform.base + "/console/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-on-button"), "Log ind med Test-IdP"));
        assertAccessible("login-with-sign-on");
        signOnAndExpectRefusal("Du har ingen bruger på platformen");
        assertThat(accounts()).isEqualTo(before);
        assertAccessible("refused");
    }

    @Test
    @Order(2)
    void anExpiredIdTokenIsRefused() throws Exception {
        provides("jens.sign-on@aarhus.dk", -600);
        signOnAndExpectRefusal("udløbet");
        assertThat(admin.get("/api/v1/users?q=jens.sign-on").body()).contains("\"status\":\"INVITED\"");
    }

    @Test
    @Order(3)
    void anIdTokenFromAnotherIssuerIsRefused() throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(
                "default",
                "subject-of-jens",
                "JWT",
                List.of(CLIENT),
                Map.of("email", "jens.sign-on@aarhus.dk", "iss", "https://login.example.org/realms/other"),
                3600));
        signOnAndExpectRefusal("ikke fra den identitetsudbyder");
        assertThat(admin.get("/api/v1/users?q=jens.sign-on").body()).contains("\"status\":\"INVITED\"");
    }

    @Test
    @Order(4)
    void aForgedStateIsRefused() {
        browser.get(platform.base + "/api/v1/auth/oidc/callback?code=stolen-code&state=forged-state");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("login-status"), "afbrudt eller brugt to gange"));
    }

    @Test
    @Order(5)
    void theInvitedPersonSignsOnAndLandsInTheConsoleAsThemself() throws Exception {
        provides("Jens.Sign-On@aarhus.dk", 3600);
        browser.get(platform.base + "/console/");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-on-button")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-name"), "Jens Sign-on"));
        assertThat(browser.getCurrentUrl()).isEqualTo(platform.base + "/console/");
        assertThat(admin.get("/api/v1/users?q=jens.sign-on").body()).contains("\"status\":\"ACTIVE\"");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-name"), "Jens Sign-on"));
    }

    @Test
    @Order(6)
    void aReplayedCodeIsRefused() throws Exception {
        provides("jens.sign-on@aarhus.dk", 3600);
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpResponse<String> start = get(client, platform.base + "/api/v1/auth/oidc/start");
        assertThat(start.statusCode()).isEqualTo(303);
        String authorize = start.headers().firstValue("Location").orElseThrow();
        assertThat(authorize)
                .contains("code_challenge_method=S256")
                .contains("nonce=")
                .contains("state=");
        HttpResponse<String> atProvider = get(client, authorize);
        String callback = atProvider.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(platform.base + "/api/v1/auth/oidc/callback?");

        String flow = start.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("OS2SIGNON="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow();
        HttpResponse<String> first = get(client, callback);
        assertThat(first.headers().firstValue("Location").orElse("")).isEqualTo(platform.base + "/console/");
        HttpResponse<String> replay = get(client, callback);
        assertThat(replay.headers().firstValue("Location").orElse(""))
                .as("the same answer a second time")
                .endsWith("/console/#/login/state");
        // someone who kept the browser's flow cookie too is refused: the answer's state is used up on every node
        HttpClient other = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> stolen = other.send(
                HttpRequest.newBuilder(URI.create(callback))
                        .header("Cookie", flow)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stolen.headers().firstValue("Location").orElse(""))
                .as("a stolen answer")
                .endsWith("/console/#/login/state");
        assertThat(stolen.headers().allValues("Set-Cookie"))
                .noneMatch(c -> c.startsWith("OS2SESSION=") && !c.startsWith("OS2SESSION=;"));
    }

    @Test
    @Order(7)
    void whenTheProviderNamesTheOrganisationItMustBeTheOneTheAccountActsFor() throws Exception {
        configure("organisationClaim = cvr", "label = Test-IdP med CVR");
        String aarhusCvr =
                admin.get("/api/v1/members?q=Aarhus").body().replaceAll("(?s).*?\"cvr\":\"(\\d{8})\".*", "$1");
        browser.manage().deleteAllCookies();
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(
                "default",
                "subject-of-jens.sign-on@aarhus.dk",
                "JWT",
                List.of(CLIENT),
                Map.of("email", "jens.sign-on@aarhus.dk", "cvr", "29189854"),
                3600));
        signOnAndExpectRefusal("en anden organisation");
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(
                "default",
                "subject-of-jens.sign-on@aarhus.dk",
                "JWT",
                List.of(CLIENT),
                Map.of("email", "jens.sign-on@aarhus.dk", "cvr", aarhusCvr),
                3600));
        browser.get(platform.base + "/console/");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-on-button")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-name"), "Jens Sign-on"));
    }

    /** Writes the sign-on configuration (as an admin edits etc/) and waits until the platform uses it. */
    private void configure(String... extra) throws Exception {
        java.util.List<String> lines = new java.util.ArrayList<>(List.of(
                "enabled = true",
                "issuer = " + issuer,
                "clientId = " + CLIENT,
                "clientSecret = not-checked-by-the-test-provider",
                "usernameClaim = email",
                "label = Test-IdP"));
        lines.addAll(List.of(extra));
        Files.writeString(
                platform.home.resolve("etc/eu.os2.platform.oidc.cfg"),
                String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
        String label = lines.stream()
                .filter(l -> l.startsWith("label = "))
                .reduce((a, b) -> b)
                .orElseThrow()
                .substring(8);
        HttpSession anonymous = new HttpSession(platform.base);
        for (int i = 0;
                i < 100 && !anonymous.get("/api/v1/auth/options").body().contains("\"signOn\":\"" + label + "\"");
                i++) {
            Thread.sleep(200);
        }
        assertThat(anonymous.get("/api/v1/auth/options").body()).contains("\"signOn\":\"" + label + "\"");
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(20))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
