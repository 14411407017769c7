package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
        assertNoRawCodes();
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

    /** The member's receipt code, to find on the bulletin board once the ballot is closed. */
    private String receipt;

    /** No enum, Java map or type:id reference in the visible text. */
    private void assertNoRawCodes() {
        assertThat(browser.findElement(By.tagName("main")).getText())
                .doesNotContainPattern("\\b[A-Z]+_[A-Z0-9_]+\\b")
                .doesNotContainPattern("\\{[^}]*=[^}]*\\}")
                .doesNotContainPattern("\\b[a-z]+:[A-Za-z0-9-]+\\b");
    }

    private void size(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
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
        // the ballots come first: before the agenda and the deadlines
        assertThat(browser.findElement(By.id("ballots")).getLocation().getY())
                .isLessThan(browser.findElement(By.id("agenda")).getLocation().getY());
        // a secret ballot's change code is asked for only once there is one; this ballot is not secret
        assertThat(browser.findElements(By.cssSelector("input[id$='-token']:not([hidden])")).stream()
                        .filter(e -> e.isDisplayed())
                        .toList())
                .isEmpty();
        // a member votes only while checked in
        browser.findElement(By.id("check-in")).click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("checkin-messages"), "Fremmøde registreret"));
        browser.findElement(By.cssSelector("form[id^='vote-form-'] button")).click();
        By error = By.cssSelector("form[id^='vote-form-'] .form-error-message:not([hidden])");
        wait.until(ExpectedConditions.visibilityOfElementLocated(error));
        assertThat(browser.findElement(error).getText()).isEqualTo("Vælg en mulighed");
        browser.findElement(By.cssSelector("label[for$='-YES']")).click();
        browser.findElement(By.cssSelector("form[id^='vote-form-'] button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("div[id^='receipt-'] dl")));
        // the earlier error is gone once the vote is received
        assertThat(browser.findElements(error)).isEmpty();
        String text = browser.findElement(By.cssSelector("div[id^='receipt-']")).getText();
        assertThat(text)
                .contains("Kvitteringskode — brug den til at finde din stemme på opslagstavlen")
                .contains("Kontrolnøgle")
                .contains("Første stemme")
                .doesNotContain("Version")
                .containsPattern("[0-9a-f]{64}");
        receipt = browser.findElement(By.cssSelector("div[id^='receipt-'] dd.os2-receipt"))
                .getText();
        assertThat(browser.findElement(By.cssSelector("button[id$='-copy']")).getText())
                .isEqualTo("Kopiér kvitteringen");
        assertThat(browser.findElement(By.cssSelector("a[id$='-download']")).getAttribute("download"))
                .endsWith(".txt");
        browser.findElement(By.cssSelector("button[id$='-copy']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("p[id$='-copied']"), "Kvitteringen er kopieret"));
        assertAccessible("voted");
        // a new session (here: a reload) shows from the server that the organisation has voted, with the kept receipt
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("div[id^='voted-'] .alert")));
        assertThat(browser.findElement(By.cssSelector("div[id^='voted-']")).getText())
                .contains("Organisationen har stemt")
                .contains(receipt);
        size(390, 844);
        assertAccessible("voted-390");
        size(1366, 900);
        assertAccessible("voted-1366");
        browser.findElement(By.id("proposal-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-proposal-title")));
        assertAccessible("proposal-error");
    }

    @Test
    @Order(4)
    void theChairClosesTheBallotAfterAConfirmationAndTheResultShows() throws Exception {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        login("demo-secretariat");
        browser.findElement(By.xpath("//table[@id='assembly-table']//a[not(contains(., '2025'))]"))
                .click();
        By close = By.cssSelector("button[id$='-close']");
        wait.until(ExpectedConditions.elementToBeClickable(close)).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-confirm='no']")));
        assertThat(browser.findElement(By.tagName("dialog")).getText())
                .contains("Luk og optæl afstemningen?")
                .contains("Godkendelse af regnskab")
                .contains("1 af");
        assertAccessible("confirm-close");
        browser.findElement(By.cssSelector("[data-confirm='no']")).click();
        // cancelled: the ballot stays open
        assertThat(browser.findElements(By.cssSelector(".os2-result"))).isEmpty();
        assertThat(browser.findElement(close).isDisplayed()).isTrue();
        browser.findElement(close).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-confirm='yes']")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".os2-result")));
        assertThat(browser.findElement(By.cssSelector(".os2-result")).getText())
                .contains("Vedtaget: 1 for, 0 imod, 0 undlod");
        assertAccessible("closed");
    }

    @Test
    @Order(5)
    void theBulletinBoardFindsTheReceipt() throws Exception {
        String ballot = browser.findElement(By.cssSelector("section.os2-ballot:has(.os2-result) a[id^='board-link-']"))
                .getAttribute("id")
                .replace("board-link-", "");
        browser.get(platform.base + "/console/#/voting/ballot/" + ballot);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("find-receipt")));
        // the hashes are shortened, the full value is one click away
        assertThat(browser.findElement(By.id("board-table")).getText()).doesNotContain(receipt);
        browser.findElement(By.id("find-receipt")).sendKeys("ffffffffffff0000");
        browser.findElement(By.id("find-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("find-result"), "Ingen stemme"));
        browser.findElement(By.id("find-receipt")).clear();
        browser.findElement(By.id("find-receipt")).sendKeys(receipt.substring(0, 16));
        browser.findElement(By.id("find-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("find-result"), "Din stemme er fundet"));
        assertThat(browser.findElement(By.cssSelector("tr.os2-found")).getText())
                .contains(receipt);
        size(390, 844);
        assertAccessible("board-390");
        size(1366, 900);
        assertAccessible("board-1366");
    }
}
