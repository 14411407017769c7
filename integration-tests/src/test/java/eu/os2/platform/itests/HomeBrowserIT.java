package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The home page in real headless Chromium: the secretariat opens a ballot on an extraordinary
 * assembly; a member representative signs in and the home page lists it under "Det skal du tage
 * stilling til"; its link leads to the vote; after voting, back on the home page, the line is gone
 * (also after a reload). The page works in a phone-sized window and axe-core finds no serious or
 * critical violation.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HomeBrowserIT extends BrowserTest {

    private long ballot;

    private By line() {
        return By.cssSelector("li[data-key='voting.ballot-open/" + ballot + "']");
    }

    @Test
    @Order(1)
    void theSecretariatOpensABallot() throws Exception {
        HttpSession secretariat = new HttpSession(platform.base);
        HttpResponse<String> login = secretariat.loginWhenReady("demo-secretariat", Distribution.DEMO_PASSWORD);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String csrf = secretariat.csrfToken();
        // the voting plugin's resources come up with its demo data, after the platform answers
        for (int i = 0; i < 120 && secretariat.get("/api/v1/voting/assemblies").statusCode() != 200; i++) {
            Thread.sleep(500);
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        String call = "{\"kind\":\"EXTRAORDINARY\",\"title\":\"Ekstraordinær generalforsamling om hjemmesiden\","
                + "\"heldAt\":\"" + today.plusDays(20) + "T10:00:00\",\"place\":\"Online\",\"calledOn\":\"" + today
                + "\",\"proposalsDue\":\"" + today + "\",\"materialDue\":\"" + today.plusDays(1) + "\"}";
        long assembly = created(secretariat.send("POST", "/api/v1/voting/assemblies", call, "X-CSRF-Token", csrf));
        HttpResponse<String> added = null;
        // while the plugin's resources are still being registered, a route may answer 404 for a moment
        for (int i = 0; i < 40 && (added == null || added.statusCode() == 404); i++) {
            if (added != null) {
                Thread.sleep(500);
            }
            added = secretariat.send(
                    "POST",
                    "/api/v1/voting/assemblies/" + assembly + "/items",
                    "{\"title\":\"Ny hjemmeside\",\"decisionType\":\"ORDINARY\"}",
                    "X-CSRF-Token",
                    csrf);
        }
        long item = created(added);
        ballot = created(secretariat.send(
                "POST",
                "/api/v1/voting/assemblies/" + assembly + "/ballots",
                "{\"kind\":\"YES_NO\",\"decisionType\":\"ORDINARY\",\"title\":\"Ny hjemmeside\",\"seats\":0,"
                        + "\"options\":[],\"itemId\":" + item + "}",
                "X-CSRF-Token",
                csrf));
        HttpResponse<String> open =
                secretariat.send("POST", "/api/v1/voting/ballots/" + ballot + "/open", "", "X-CSRF-Token", csrf);
        assertThat(open.statusCode()).as(open.body()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void theRepresentativesHomePageListsTheOpenBallot() throws Exception {
        browser.get(platform.base + "/console/#/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        browser.findElement(By.id("login-username")).sendKeys("demo-member");
        browser.findElement(By.id("login-password")).sendKeys(Distribution.DEMO_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attention-heading")));
        assertThat(browser.findElement(By.id("attention-heading")).getText())
                .isEqualTo("Det skal du tage stilling til");
        WebElement line = wait.until(ExpectedConditions.visibilityOfElementLocated(line()));
        WebElement link = line.findElement(By.tagName("a"));
        assertThat(link.getText()).isNotBlank().doesNotContain("null").doesNotContain("undefined");
        assertThat(link.getAttribute("href")).contains("#/voting");
        assertThat(browser.findElement(By.id("attention-list")).getText()).doesNotContain("null");
        assertAccessible("home");

        // a phone-sized window: nothing wider than the screen, the line still there
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(375, 740));
        wait.until(ExpectedConditions.visibilityOfElementLocated(line()));
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
        assertThat(overflow).isEqualTo(Boolean.FALSE);
        assertAccessible("home-phone");
        browser.manage().window().setSize(before);

        // a reload shows the same home page
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(line()));
    }

    @Test
    @Order(3)
    void theLinkLeadsToTheVoteAndAfterVotingTheLineIsGone() throws Exception {
        browser.findElement(line()).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[id^='vote-form-']")));
        assertThat(browser.getCurrentUrl()).contains("#/voting");
        // a member votes only while checked in
        browser.findElement(By.id("check-in")).click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("checkin-messages"), "Fremmøde registreret"));
        browser.findElement(By.cssSelector("label[for$='-YES']")).click();
        browser.findElement(By.cssSelector("form[id^='vote-form-'] button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("div[id^='receipt-'] dl")));

        browser.get(platform.base + "/console/#/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attention-heading")));
        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("attention-list")),
                ExpectedConditions.visibilityOfElementLocated(By.id("attention-empty"))));
        assertThat(browser.findElements(line())).as("the ballot voted in").isEmpty();
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attention-heading")));
        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("attention-list")),
                ExpectedConditions.visibilityOfElementLocated(By.id("attention-empty"))));
        assertThat(browser.findElements(line())).isEmpty();
        assertAccessible("home-after-vote");
    }

    private static long created(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as("%s %s: %s", response.request().method(), response.uri(), response.body())
                .isEqualTo(201);
        Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(response.body());
        assertThat(id.find()).as(response.body()).isTrue();
        return Long.parseLong(id.group(1));
    }
}
