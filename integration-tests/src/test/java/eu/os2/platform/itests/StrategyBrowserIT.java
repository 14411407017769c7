package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import org.openqa.selenium.support.ui.Select;

/**
 * The strategy in real headless Chromium: the public page without login, then the secretariat
 * creates an initiative with a milestone (after a refused date), completes the milestone (after a
 * refused progress), posts an update that completes the initiative, and sees the timeline, the
 * chart and the period's progress change. Links to other objects are chosen with a picker that
 * searches by name and are shown as names with links; the change log speaks in sentences. No page
 * shows a raw code, a Java map or a {@code type:id} reference, every route has its own window
 * title, and axe-core finds no serious or critical violation at 1366×900 and at 390×844.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StrategyBrowserIT extends BrowserTest {

    private String initiativeId;

    private void setDate(String id, String isoDate) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), isoDate);
    }

    /** Enum-like codes, Java maps and {@code type:id} references in text a user reads. */
    private static final List<Pattern> RAW = List.of(
            Pattern.compile("[A-Z]+_[A-Z0-9_]+"),
            Pattern.compile("\\{[^{}]*=[^{}]*\\}"),
            Pattern.compile("(?<![\\w/.-])[a-z][a-z0-9-]*:(?!//)[A-Za-z0-9]\\S*"));

    private void assertNoRawCodes(String page) {
        String text = browser.findElement(By.tagName("body")).getText();
        for (Pattern raw : RAW) {
            assertThat(raw.matcher(text).results().map(r -> r.group()).toList())
                    .as(page + ": raw code " + raw)
                    .isEmpty();
        }
    }

    /** axe-core and the raw-code check at the desktop and the phone size, back to the desktop after. */
    private void assertAtBothSizes(String page) throws Exception {
        assertNoRawCodes(page);
        browser.manage().window().setSize(new Dimension(390, 844));
        assertAccessible(page + "-390");
        browser.manage().window().setSize(new Dimension(1366, 900));
        assertAccessible(page);
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
        assertThat(browser.getTitle()).startsWith("Strategi: OS2’s strategi 2022–2025 – OS2");
        assertAtBothSizes("overview");
    }

    @Test
    @Order(3)
    void aDemoInitiativeShowsItsProductsByNameAndItsHistoryInWords() throws Exception {
        browser.findElement(By.linkText("Stærkere betalingsmodel")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("initiative-title"), "Stærkere betalingsmodel"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#history-table tbody tr")));
        assertThat(browser.getTitle()).startsWith("Stærkere betalingsmodel – OS2");
        assertAtBothSizes("demo-detail");
        browser.navigate().back();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("strategy-chart")));
    }

    @Test
    @Order(4)
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
        browser.findElement(By.id("links")).sendKeys("betalingsmo");
        WebElement option = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#links-listbox [role=option][data-id^='initiative:']")));
        assertThat(option.getText()).contains("Stærkere betalingsmodel");
        option.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#group-links .os2-chips"), "Stærkere betalingsmodel"));
        assertThat(browser.getTitle()).startsWith("Ny indsats – OS2");
        browser.findElement(By.id("field-urls")).sendKeys("ikke en adresse");
        browser.findElement(By.id("initiative-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-urls")));
        assertThat(browser.findElement(By.id("error-urls")).getText()).contains("webadresse");
        browser.findElement(By.id("field-urls")).clear();
        browser.findElement(By.id("field-urls")).sendKeys("https://os2.eu/");
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
        assertThat(browser.getTitle()).startsWith("Fælles designsystem i alle produkter – OS2");
        WebElement linked = browser.findElement(By.cssSelector("#initiative-links a[href^='#/strategy/initiative/']"));
        assertThat(linked.getText()).isEqualTo("Stærkere betalingsmodel");
        assertThat(browser.findElement(By.id("initiative-links")).getText())
                .contains("Indsats: Stærkere betalingsmodel")
                .contains("https://os2.eu/");
        assertAtBothSizes("detail");
    }

    @Test
    @Order(5)
    void aCompletedMilestoneIsAtHundredAndTheEditSaysSo() throws Exception {
        browser.findElement(By.id("initiative-edit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("m0-status")));
        assertThat(browser.findElement(By.cssSelector("#group-links .os2-chips"))
                        .getText())
                .contains("Stærkere betalingsmodel");
        assertThat(browser.getTitle()).startsWith("Redigér: Fælles designsystem i alle produkter – OS2");
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
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("initiative-links")));
        assertThat(browser.findElement(By.id("initiative-links")).getText())
                .as("saving keeps the link")
                .contains("Stærkere betalingsmodel");
    }

    @Test
    @Order(6)
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
                .contains("Demo Sekretariat")
                .doesNotContain("demo-secretariat");
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("history-table"), "Statusopdatering skrevet"));
        assertThat(browser.findElement(By.id("history-table")).getText())
                .contains("Statusopdatering skrevet; status ændret fra I gang til Gennemført.")
                .contains("Indsatsen ændret. Ændret:")
                .contains("milepæle")
                .contains("Indsatsen oprettet.")
                .contains("Demo Sekretariat")
                .doesNotContain("initiatives.")
                .doesNotContain("demo-secretariat");
        assertAtBothSizes("detail-updated");

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
    @Order(7)
    void inEnglish() throws Exception {
        browser.findElement(By.id("lang-toggle")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Strategy"));
        assertThat(browser.findElement(By.id("initiative-table")).getText())
                .contains("Shared design system in every product")
                .contains("Completed");
        assertThat(browser.getTitle()).startsWith("Strategy: ");
        assertAtBothSizes("overview-en");
        browser.findElement(By.linkText("Shared design system in every product"))
                .click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("history-table"), "Progress update written"));
        assertThat(browser.findElement(By.id("history-table")).getText())
                .contains("Initiative created.")
                .contains("status changed from In progress to Completed");
        assertThat(browser.findElement(By.id("initiative-links")).getText()).contains("Initiative: ");
        assertAtBothSizes("detail-en");
    }
}
