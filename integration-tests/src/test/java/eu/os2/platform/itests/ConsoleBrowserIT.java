package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a secretariat user does in the console, in real headless Chromium (Debian's chromium and
 * chromedriver): log in, open Members, search, open and edit an organisation with a wrong value,
 * switch to English — and axe-core finds no serious or critical accessibility violation.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT extends BrowserTest {

    @Test
    @Order(1)
    void loginPageIsDanishAndAccessible() throws Exception {
        browser.get(platform.base + "/console");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("da");
        assertThat(browser.findElement(By.cssSelector("#login-form h1")).getText())
                .isEqualTo("Log ind");
        assertThat(browser.findElement(By.id("footer-a11y")).getText()).isEqualTo("Tilgængelighedserklæring");
        assertAccessible("login");
    }

    @Test
    @Order(2)
    void wrongPasswordSaysSoAndKeepsTheUsername() {
        browser.findElement(By.id("login-username")).sendKeys("demo-secretariat");
        browser.findElement(By.id("login-password")).sendKeys("not-the-password");
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("login-status"), "Forkert brugernavn eller adgangskode"));
        assertThat(browser.findElement(By.id("login-username")).getAttribute("value"))
                .isEqualTo("demo-secretariat");
    }

    @Test
    @Order(3)
    void secretariatLogsInOpensMembersAndSearches() throws Exception {
        WebElement password = browser.findElement(By.id("login-password"));
        password.clear();
        password.sendKeys(Distribution.DEMO_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        WebElement members =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#menu a[data-page='members']")));
        assertThat(browser.findElements(By.cssSelector("#menu a[data-page='plugins']")))
                .hasSize(1);
        members.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("member-count"), "111"));

        WebElement search = browser.findElement(By.id("member-search"));
        search.sendKeys("Aarhus");
        browser.findElement(By.id("member-search-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("member-count"), "1 resultater"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#member-rows tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText())
                .contains("Aarhus Kommune")
                .contains("Kommune")
                .contains("Meget stor");
        assertAccessible("members");
    }

    @Test
    @Order(4)
    void aWrongCvrIsExplainedAndNothingIsLost() throws Exception {
        browser.findElement(By.linkText("Aarhus Kommune")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("member-edit")))
                .click();
        WebElement cvr = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("field-cvr")));
        String original = cvr.getAttribute("value");
        cvr.clear();
        cvr.sendKeys("12345678");
        browser.findElement(By.id("member-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-cvr")));
        assertThat(browser.findElement(By.id("error-cvr")).getText()).isEqualTo("Kontrolcifferet passer ikke");
        assertThat(browser.findElement(By.id("field-cvr")).getAttribute("value"))
                .isEqualTo("12345678");
        assertAccessible("member-edit-error");

        // the stored organisation is unchanged
        HttpSession api = new HttpSession(platform.base);
        api.login("demo-viewer", Distribution.DEMO_PASSWORD);
        assertThat(api.get("/api/v1/members?q=aarhus").body()).contains("\"cvr\":\"" + original + "\"");
    }

    @Test
    @Order(5)
    void pluginsPageAndEnglish() throws Exception {
        browser.get(platform.base + "/console/#/plugins");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#bundle-table tr[data-bundle='eu.os2.platform.core']")));
        assertThat(browser.findElement(By.cssSelector("tr[data-bundle='eu.os2.platform.web-console']"))
                        .getText())
                .contains("ACTIVE");
        browser.findElement(By.id("lang-toggle")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Plugins"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.cssSelector("#menu a[data-page='members']"))
                        .getText())
                .isEqualTo("Members");
        assertThat(browser.findElement(By.id("footer-a11y")).getText()).isEqualTo("Accessibility statement");
        assertAccessible("plugins-en");
        browser.findElement(By.id("footer-a11y")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("main h1"), "Accessibility statement"));
        assertAccessible("accessibility-en");
    }
}
