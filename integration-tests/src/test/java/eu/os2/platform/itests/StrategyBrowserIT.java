package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The strategy in real headless Chromium: the public page without login, then the secretariat
 * creates an initiative with a milestone (after a refused date), completes the milestone (after a
 * refused progress), posts an update that completes the initiative, and sees the timeline, the
 * chart and the period's progress change. axe-core finds no serious or critical
 * violation on any of the pages.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StrategyBrowserIT extends BrowserTest {

    private String initiativeId;

    private void setDate(String id, String isoDate) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), isoDate);
    }

    private List<WebElement> bars() {
        return browser.findElements(By.cssSelector("#strategy-chart g[data-initiative]"));
    }

    @Test
    @Order(1)
    void thePublicPageShowsTheStrategyWithoutLogin() throws Exception {
        browser.get(platform.base + "/console/plugins/initiatives/public.html");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("initiative-table")));
        assertThat(browser.findElement(By.id("page-title")).getText()).isEqualTo("OS2’s strategi");
        assertThat(browser.findElement(By.id("period-name")).getText()).isEqualTo("OS2’s strategi 2022–2025");
        assertThat(browser.findElements(By.cssSelector("#initiative-table tbody tr")))
                .hasSize(4);
        assertThat(bars()).hasSize(4);
        assertThat(browser.findElement(By.cssSelector("#initiative-table")).getText())
                .contains("Stærkere betalingsmodel")
                .contains("Gennemført")
                .contains("I gang");
        assertThat(browser.findElement(By.cssSelector(".os2-period-progress")).getText())
                .contains("65,6 %");
        assertThat(browser.findElements(By.cssSelector("#initiative-table a")))
                .as("no links into the console")
                .isEmpty();
        assertAccessible("public");
    }

    @Test
    @Order(2)
    void theSecretariatOpensTheStrategyInTheConsole() throws Exception {
        browser.get(platform.base + "/console/#/strategy");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        browser.findElement(By.id("login-username")).sendKeys("demo-secretariat");
        browser.findElement(By.id("login-password")).sendKeys(Distribution.DEMO_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#menu a[data-page='strategy']")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("strategy-chart")));
        assertThat(bars()).hasSize(4);
        assertAccessible("overview");
    }

    @Test
    @Order(3)
    void aDateOutsideThePeriodIsExplainedThenTheInitiativeIsCreated() throws Exception {
        browser.findElement(By.id("initiative-new")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("initiative-form")));
        browser.findElement(By.id("field-titleDa")).sendKeys("Fælles designsystem i alle produkter");
        browser.findElement(By.id("field-titleEn")).sendKeys("Shared design system in every product");
        browser.findElement(By.id("field-responsible")).sendKeys("Sekretariatet");
        setDate("field-start", "2021-01-01");
        setDate("field-end", "2024-12-31");
        new Select(browser.findElement(By.id("field-status"))).selectByValue("in-progress");
        browser.findElement(By.id("mission-exchange")).click();
        browser.findElement(By.id("milestone-add")).click();
        browser.findElement(By.id("m0-title")).sendKeys("Analyse af produkterne");
        setDate("m0-due", "2023-06-30");
        browser.findElement(By.id("m0-progress")).sendKeys("40");
        new Select(browser.findElement(By.id("m0-status"))).selectByValue("in-progress");
        browser.findElement(By.id("initiative-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-start")));
        assertThat(browser.findElement(By.id("error-start")).getText())
                .isEqualTo("Skal ligge inden for strategiperioden");
        assertThat(browser.findElement(By.id("field-titleDa")).getAttribute("value"))
                .isEqualTo("Fælles designsystem i alle produkter");
        assertAccessible("form-error");

        setDate("field-start", "2023-01-01");
        browser.findElement(By.id("initiative-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("initiative-title"), "Fælles designsystem i alle produkter"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "Ingen opdateringer endnu."));
        assertThat(browser.findElement(By.id("initiative-progress")).getAttribute("value"))
                .isEqualTo("40");
        assertThat(browser.findElement(By.id("milestone-table")).getText())
                .contains("Analyse af produkterne")
                .contains("40 %");
        initiativeId = browser.getCurrentUrl().replaceAll(".*/initiative/(\\d+).*", "$1");
        assertAccessible("detail");
    }

    @Test
    @Order(4)
    void aCompletedMilestoneIsAtHundredAndTheEditSaysSo() throws Exception {
        browser.findElement(By.id("initiative-edit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("m0-status")));
        new Select(browser.findElement(By.id("m0-status"))).selectByValue("completed");
        browser.findElement(By.id("initiative-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-milestones-0-progress")));
        assertThat(browser.findElement(By.id("error-milestones-0-progress")).getText())
                .isEqualTo("En gennemført milepæl har 100 %");
        assertAccessible("edit-error");

        browser.findElement(By.id("m0-progress")).clear();
        browser.findElement(By.id("initiative-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("milestone-table")));
        wait.until(ExpectedConditions.attributeToBe(By.id("initiative-progress"), "value", "100"));
    }

    @Test
    @Order(5)
    void anUpdateCompletesItAndTheTimelineAndChartFollow() throws Exception {
        browser.findElement(By.id("field-text")).sendKeys("Alle produkter bruger nu designsystemet.");
        new Select(browser.findElement(By.id("field-status"))).selectByValue("completed");
        browser.findElement(By.id("update-post")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("timeline"), "Alle produkter bruger nu designsystemet."));
        assertThat(browser.findElement(By.id("timeline")).getText())
                .contains("Status ændret")
                .contains("I gang")
                .contains("Gennemført")
                .contains("demo-secretariat");
        assertThat(browser.findElement(By.id("history-table")).getText())
                .contains("initiatives.update.post")
                .contains("initiatives.update")
                .contains("initiatives.create");
        assertAccessible("detail-updated");

        browser.findElement(By.cssSelector("a.back-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("strategy-chart")));
        assertThat(bars()).hasSize(5);
        WebElement bar =
                browser.findElement(By.cssSelector("#strategy-chart g[data-initiative='" + initiativeId + "']"));
        assertThat(bar.getAttribute("data-progress")).isEqualTo("100");
        assertThat(browser.findElement(By.cssSelector("tr[data-initiative='" + initiativeId + "']"))
                        .getText())
                .contains("Gennemført");
        // (100 + 75 + 37.5 + 50 + 100) / 5 = 72.5
        assertThat(browser.findElement(By.cssSelector(".os2-period-progress")).getText())
                .contains("72,5 %");
    }

    @Test
    @Order(6)
    void inEnglish() throws Exception {
        browser.findElement(By.id("lang-toggle")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Strategy"));
        assertThat(browser.findElement(By.id("initiative-table")).getText())
                .contains("Shared design system in every product")
                .contains("Completed");
        assertAccessible("overview-en");
    }
}
