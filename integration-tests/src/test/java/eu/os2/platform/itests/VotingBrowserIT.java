package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A general assembly in real headless Chromium with demo data: the secretariat reads the 2025
 * results and verifies a bulletin board, prepares a ballot on the next assembly (after a refused
 * empty title) and opens it; the member representative votes and gets a receipt; the chair closes
 * the ballot and the result shows. axe-core finds no serious or critical violation on any page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VotingBrowserIT extends BrowserTest {

    private void login(String user) {
        browser.get(platform.base + "/console/#/voting");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        browser.findElement(By.id("login-username")).sendKeys(user);
        browser.findElement(By.id("login-password")).sendKeys(Distribution.DEMO_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#menu a[data-page='voting']")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assembly-table")));
    }

    @Test
    @Order(1)
    void theSecretariatReadsTheResultsAndVerifiesABulletinBoard() throws Exception {
        HttpSession api = new HttpSession(platform.base);
        api.login("demo-secretariat", Distribution.DEMO_PASSWORD);
        for (int i = 0; i < 120 && !api.get("/api/v1/voting/decisions").body().contains("Valg af 3"); i++) {
            Thread.sleep(500);
        }
        login("demo-secretariat");
        assertAccessible("assemblies");
        browser.findElement(By.linkText("Ordinær generalforsamling 2025")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("svg[id^='chart-']")));
        assertThat(browser.findElement(By.id("agenda")).getText())
                .contains("Valg af dirigent")
                .contains("Valg af formand")
                .contains("Eventuelt");
        assertThat(browser.findElements(By.cssSelector(".os2-result"))).hasSize(5);
        assertThat(browser.findElement(By.id("deadlines")).getText())
                .contains("Vedtægterne")
                .doesNotContain("vedtaegter");
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Vedtaget")
                .contains("Valgt: Kandidat fra");
        assertAccessible("assembly-2025");
        browser.findElement(By.cssSelector("a[id^='board-link-']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("verify"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verify-result"), "Kontrollen stemmer"));
        assertAccessible("board");
    }

    @Test
    @Order(2)
    void theSecretariatPreparesAndOpensABallotOnTheNextAssembly() throws Exception {
        browser.get(platform.base + "/console/#/voting");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assembly-table")));
        browser.findElement(By.xpath("//table[@id='assembly-table']//a[not(contains(., '2025'))]"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ballot-form")));
        browser.findElement(By.id("ballot-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-ballot-title")));
        assertThat(browser.findElement(By.id("error-ballot-title")).getText()).contains("Skal udfyldes");
        assertAccessible("ballot-form");
        new Select(browser.findElement(By.id("ballot-itemId"))).selectByIndex(3);
        browser.findElement(By.id("ballot-title")).sendKeys("Godkendelse af regnskab");
        browser.findElement(By.id("ballot-submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[id$='-open']")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p[id^='turnout-']")));
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p[id^='turnout-']"), "0 har stemt"));
        assertAccessible("ballot-open");
    }

    @Test
    @Order(3)
    void theRepresentativeVotesAndGetsAReceipt() throws Exception {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        login("demo-member");
        browser.findElement(By.xpath("//table[@id='assembly-table']//a[not(contains(., '2025'))]"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[id^='vote-form-']")));
        // a member votes only while checked in
        browser.findElement(By.id("check-in")).click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("checkin-messages"), "Fremmøde registreret"));
        browser.findElement(By.cssSelector("form[id^='vote-form-'] button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form[id^='vote-form-'] .form-error-message:not([hidden])")));
        assertThat(browser.findElement(By.cssSelector("form[id^='vote-form-'] .form-error-message:not([hidden])"))
                        .getText())
                .contains("Ugyldigt valg");
        browser.findElement(By.cssSelector("label[for$='-YES']")).click();
        browser.findElement(By.cssSelector("form[id^='vote-form-'] button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dl[id^='receipt-']")));
        assertThat(browser.findElement(By.cssSelector("dl[id^='receipt-']")).getText())
                .containsPattern("[0-9a-f]{64}");
        assertAccessible("voted");
        browser.findElement(By.id("proposal-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-proposal-title")));
        assertAccessible("proposal-error");
    }

    @Test
    @Order(4)
    void theChairClosesTheBallotAndTheResultShows() throws Exception {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        login("demo-secretariat");
        browser.findElement(By.xpath("//table[@id='assembly-table']//a[not(contains(., '2025'))]"))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[id$='-close']")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".os2-result")));
        assertThat(browser.findElement(By.cssSelector(".os2-result")).getText())
                .contains("Vedtaget: 1 for, 0 imod, 0 undlod");
        assertAccessible("closed");
    }
}
