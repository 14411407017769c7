package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.support.ui.Select;

/**
 * Payments in real headless Chromium with demo data: the secretariat reads the tariffs, the
 * members' fees with the split chart, this year's invoices and downloads their XML, runs the
 * invoice run again (nothing new; a year without a tariff is explained), compares a draft with
 * what-if, refuses an empty draft name, and a member representative sees only its own
 * organisation's payments. axe-core finds no serious or critical violation on any page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaymentsBrowserIT extends BrowserTest {

    static final int YEAR = LocalDate.now(ZoneId.of("Europe/Copenhagen")).getYear();

    private void login(String user) {
        browser.get(platform.base + "/console/#/payments");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        browser.findElement(By.id("login-username")).sendKeys(user);
        browser.findElement(By.id("login-password")).sendKeys(Distribution.DEMO_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#menu a[data-page='payments']")))
                .click();
    }

    private void open(String route, String waitFor) {
        browser.get(platform.base + "/console/#/payments/" + route);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(waitFor)));
    }

    /** @return what the link downloads, fetched by the page with the user's session */
    private String download(String linkSelector) {
        return (String) ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);",
                        browser.findElement(By.cssSelector(linkSelector)).getAttribute("href"));
    }

    /** axe-core at the desktop size and at a phone's, then back to the desktop. */
    private void assertAccessibleAtBothSizes(String page) throws Exception {
        browser.manage().window().setSize(new Dimension(1366, 900));
        assertAccessible(page + "-1366x900");
        browser.manage().window().setSize(new Dimension(390, 844));
        Thread.sleep(200);
        assertAccessible(page + "-390x844");
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    /** No enum code, Java map or type:id reference in the text a user sees. */
    private void assertNoRawCodes() {
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(text)
                .doesNotContainPattern("\\b[A-Z]+_[A-Z0-9_]+\\b")
                .doesNotContainPattern("\\{[^}]*=[^}]*\\}")
                .doesNotContainPattern("\\b[a-z][a-z-]*:[A-Za-z0-9]")
                .doesNotContainPattern("(?m)^(null|undefined)$");
    }

    @Test
    @Order(1)
    void theSecretariatSeesTheTariffs() throws Exception {
        HttpSession api = new HttpSession(platform.base);
        api.login("demo-secretariat", Distribution.DEMO_PASSWORD);
        for (int i = 0;
                i < 120
                        && !api.get("/api/v1/payments/invoices?year=" + YEAR)
                                .body()
                                .startsWith("[{");
                i++) {
            Thread.sleep(500);
        }
        login("demo-secretariat");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tariff-table")));
        assertThat(browser.findElement(By.id("tariff-table")).getText())
                .contains("Takster 2023")
                .contains("Takster 2026")
                .contains("Vedtaget")
                .contains("Kladde")
                .contains("25.000,00 kr.")
                .contains("Indeks-basisår")
                .doesNotContain("tom = ikke indekseret");
        // the sub-navigation is DKFDS tabs, the current one marked
        assertThat(browser.findElement(By.cssSelector("#pay-nav.tab-container a[aria-current='page']"))
                        .getText())
                .isEqualTo("Takster");
        assertThat(browser.getTitle()).contains("Takster");
        assertNoRawCodes();
        assertAccessibleAtBothSizes("tariffs");
        browser.findElement(By.linkText("Takster 2023")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("prices-OS2valghalla")));
        assertThat(browser.findElement(By.id("prices-OS2valghalla")).getText())
                .contains("34.880,00 kr.")
                .contains("350.000,00 kr.");
        assertNoRawCodes();
        assertAccessible("tariff");
    }

    @Test
    @Order(2)
    void theMembersFeesShowTheSplitAndEachLineExplained() throws Exception {
        open("fees", "fee-split-chart");
        assertThat(browser.findElements(By.cssSelector("#fee-split-chart rect")))
                .hasSizeGreaterThanOrEqualTo(2);
        WebElement first = browser.findElement(By.cssSelector("#fee-members details"));
        first.findElement(By.tagName("summary")).click();
        assertThat(first.getText()).contains("Kontingent " + YEAR).contains("indeks");
        // one row per organisation with the fee split in words, and a total row
        assertThat(browser.findElement(By.cssSelector("#fees-table thead")).getText())
                .contains("Kontingent")
                .contains("Årligt vederlag")
                .contains("Tilslutningsafgift")
                .contains("Partnerbidrag");
        int rows = browser.findElements(By.cssSelector("#fees-table tbody tr")).size();
        assertThat(rows).isGreaterThan(50);
        assertThat(browser.findElement(By.id("fees-total")).getText()).startsWith("I alt (" + rows + ")");
        assertThat(browser.findElements(By.id("fees-csv"))).hasSize(1);
        assertNoRawCodes();
        assertAccessibleAtBothSizes("fees");
    }

    @Test
    @Order(3)
    void thisYearsInvoicesDownloadAsOioublAndPeppol() throws Exception {
        open("invoices", "invoice-table");
        // paged: 25 at a time, with the year covered, the due date and the payment status
        assertThat(browser.findElements(By.cssSelector("#invoice-table tbody tr")))
                .hasSize(25);
        assertThat(browser.findElement(By.id("invoices-shown")).getText()).startsWith("Viser 1–25 af ");
        assertThat(browser.findElement(By.cssSelector("#invoice-table thead")).getText())
                .contains("Forfald")
                .contains("Betalingsstatus")
                .contains("År");
        assertThat(browser.findElement(By.cssSelector("#invoice-table td.os2-amount"))
                        .getCssValue("text-align"))
                .isEqualTo("right");
        assertNoRawCodes();
        assertAccessibleAtBothSizes("invoices-paged");
        browser.findElement(By.id("invoice-page-next")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invoices-shown"), "Viser 26–"));
        // the filter: by organisation name
        browser.findElement(By.id("invoice-filter-name")).sendKeys("Ballerup");
        browser.findElement(By.id("invoice-filter-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invoices-shown"), "Viser 1–"));
        for (WebElement row : browser.findElements(By.cssSelector("#invoice-table tbody tr"))) {
            assertThat(row.getText()).contains("Ballerup Kommune");
        }
        // and by payment status
        new Select(browser.findElement(By.id("invoice-filter-status"))).selectByVisibleText("Ikke forfalden");
        browser.findElement(By.id("invoice-filter-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invoices-shown")));
        browser.findElement(By.id("invoice-filter-name")).clear();
        new Select(browser.findElement(By.id("invoice-filter-status"))).selectByVisibleText("Alle");
        browser.findElement(By.id("invoice-filter-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invoices-shown"), "Viser 1–25"));
        // the credit form opens in its own panel, not in a table cell
        WebElement credit = browser.findElement(By.cssSelector("button[id^='credit-open-']"));
        credit.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#credit-panel form")));
        assertThat(browser.findElements(By.cssSelector("#invoice-table form"))).isEmpty();
        assertThat(download("a[id^='xml-oioubl-']")).contains("<cbc:CustomizationID>OIOUBL-2.1</cbc:CustomizationID>");
        assertThat(download("a[id^='xml-peppol-']")).contains("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0");
        assertAccessible("invoices");
    }

    @Test
    @Order(4)
    void aYearWithoutTariffIsExplainedAndRunningThisYearAgainIssuesNothing() throws Exception {
        open("run", "run-form");
        WebElement year = browser.findElement(By.id("run-year"));
        year.clear();
        year.sendKeys("2019");
        browser.findElement(By.id("run-issue")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-year")));
        assertThat(browser.findElement(By.id("error-year")).getText()).contains("Ingen vedtaget takst");
        assertAccessible("run-error");
        year.clear();
        year.sendKeys(Integer.toString(YEAR));
        browser.findElement(By.id("run-dry")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dry-run-summary")));
        assertThat(browser.findElement(By.id("dry-run-summary")).getText()).contains("Fakturaer der udstedes\n0");
        // nothing to issue: no confirmation to answer, the page says why, and no run is started
        browser.findElement(By.id("run-issue")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("run-messages"), "Der er ingen fakturaer at udstede for " + YEAR));
        assertThat(browser.findElement(By.id("run-messages")).getText()).contains("er allerede udstedt");
        assertThat(browser.findElements(By.cssSelector("dialog[open]"))).isEmpty();
        assertThat(browser.findElements(By.id("run-progress"))).isEmpty();
        assertAccessible("run");
    }

    @Test
    @Order(4)
    void issuingAsksFirstNamingTariffYearCountAndTotalAndCancellingIssuesNothing() throws Exception {
        open("run", "run-form");
        WebElement year = browser.findElement(By.id("run-year"));
        year.clear();
        year.sendKeys(Integer.toString(YEAR + 1));
        // the dry run tells the missing index once, with how many organisations it stops
        browser.findElement(By.id("run-dry")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("run-problems")));
        assertThat(browser.findElements(By.xpath("//ul[@id='run-problems']/li[contains(., 'Indekstal for')]")))
                .hasSize(1);
        assertThat(browser.findElement(By.id("run-problems")).getText()).containsPattern("\\(\\d+ organisationer\\)");
        // with nothing that can be issued, the page says so and asks nothing
        browser.findElement(By.id("run-issue")).click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("run-messages"), "kan ikke udstedes endnu"));
        assertThat(browser.findElements(By.cssSelector("dialog[open]"))).isEmpty();
        // the year's index arrives: now the invoices can be issued, and the page asks first
        HttpSession api = new HttpSession(platform.base);
        api.login("demo-secretariat", Distribution.DEMO_PASSWORD);
        Matcher index = Pattern.compile("\"" + YEAR + "\"\\s*:\\s*\"?([0-9.]+)")
                .matcher(api.get("/api/v1/payments/index").body());
        assertThat(index.find()).isTrue();
        assertThat(api.send(
                                "PUT",
                                "/api/v1/payments/index/" + (YEAR + 1),
                                "{\"value\":\"" + index.group(1) + "\"}",
                                "X-CSRF-Token",
                                api.csrfToken())
                        .statusCode())
                .isBetween(200, 204);
        browser.findElement(By.id("run-issue")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]")));
        assertThat(dialog.getText())
                .contains("Udsted fakturaerne?")
                .contains("Takster 2026")
                .contains(Integer.toString(YEAR + 1))
                .contains("Antal fakturaer")
                .contains("I alt inkl. moms")
                .contains("kr.");
        assertAccessible("run-confirm");
        dialog.findElement(By.cssSelector("[data-confirm='no']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-messages"), "Intet er udstedt"));
        assertThat(browser.findElements(By.id("run-progress"))).isEmpty();
        assertThat(api.get("/api/v1/payments/invoices?year=" + (YEAR + 1)).body())
                .isEqualTo("[]");
        assertNoRawCodes();
        assertAccessibleAtBothSizes("run-cancelled");
    }

    @Test
    @Order(5)
    void whatIfComparesTheDraftWithTheTariffInForce() throws Exception {
        open("what-if", "what-if-form");
        // the draft is for next year: the year follows the draft
        assertThat(browser.findElement(By.id("what-if-year")).getAttribute("value"))
                .isEqualTo("2027");
        new Select(browser.findElement(By.id("what-if-draft"))).selectByVisibleText("Forslag til takster 2027");
        browser.findElement(By.id("what-if-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("what-if-chart")));
        assertThat(browser.findElement(By.id("what-if-summary")).getText())
                .contains("Takster 2026")
                .contains("Forslag til takster 2027");
        assertThat(browser.findElements(By.cssSelector("#what-if-chart rect"))).isNotEmpty();
        assertThat(browser.findElements(By.id("what-if-csv"))).hasSize(1);
        assertNoRawCodes();
        assertAccessibleAtBothSizes("what-if");
    }

    @Test
    @Order(6)
    void theEconomyComparesYearsAndAnEntryWithoutTextIsRefused() throws Exception {
        open("economy", "reserve-chart");
        assertThat(browser.findElement(By.id("economy-table")).getText())
                .contains("Kontingenter")
                .contains("Egenkapital ultimo");
        // the chart has a value axis, values on the bars and a legend naming the target line
        assertThat(browser.findElements(By.cssSelector("#reserve-chart .os2-axis-value")))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.findElement(By.id("reserve-legend")).getText()).contains("Mål for egenkapital");
        assertNoRawCodes();
        assertAccessibleAtBothSizes("economy-chart");
        browser.findElement(By.id("ledger-amount")).sendKeys("1000,00");
        browser.findElement(By.id("ledger-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-note")));
        assertThat(browser.findElement(By.id("error-note")).getText()).contains("Skal udfyldes");
        assertAccessible("economy");
    }

    @Test
    @Order(7)
    void aNewDraftNeedsANameThenItIsSaved() throws Exception {
        open("tariffs", "tariff-table");
        browser.findElement(By.linkText("Takster 2026")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tariff-copy")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tariff-form")));
        browser.findElement(By.id("tariff-add-product")).click();
        browser.findElement(By.id("tariff-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-name")));
        assertThat(browser.findElement(By.id("error-name")).getText()).contains("Skal udfyldes");
        // the new, empty product is the fifth: its name is required too
        assertThat(browser.findElement(By.id("error-products-4-product")).getText())
                .contains("Skal udfyldes");
        assertAccessible("tariff-form");
        // a product must be in the product registry: the field suggests its names and refuses another
        WebElement product = browser.findElement(By.id("products-4-product"));
        assertThat(product.getAttribute("list")).isEqualTo("tariff-registered-products");
        assertThat(browser.findElements(By.cssSelector("#tariff-registered-products option[value='OS2forms']")))
                .hasSize(1);
        product.sendKeys("OS2ukendt");
        browser.findElement(By.id("tariff-name")).sendKeys("Forslag 2028");
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = '2028-01-01'", browser.findElement(By.id("tariff-effectiveFrom")));
        browser.findElement(By.id("tariff-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("error-products-4-product"), "findes ikke i produktoversigten"));
        browser.findElement(By.id("products-4-remove")).click();
        browser.findElement(By.id("tariff-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("adopt-form")));
        assertThat(browser.findElement(By.id("tariff-name")).getText()).isEqualTo("Forslag 2028 (Kladde)");
    }

    @Test
    @Order(8)
    void theSecretariatEndsASubscriptionAndADateBeforeItsStartIsRefused() throws Exception {
        browser.get(platform.base + "/console/#/payments/fees");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fee-members")));
        browser.findElement(By.xpath("//summary[contains(., 'Ballerup Kommune')]"))
                .click();
        browser.findElement(By.linkText("Detaljer: Ballerup Kommune")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("subscription-table")));
        WebElement endForm = browser.findElement(By.cssSelector("form[id$='-form'][id^='subscription-']"));
        String subscription = endForm.getAttribute("id").replace("-form", "");
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = '2001-01-01'", browser.findElement(By.id(subscription + "-to")));
        browser.findElement(By.id(subscription + "-end")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("subscription-messages"), "Slutdatoen"));
        assertAccessible("organisation");
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = '2026-12-31'", browser.findElement(By.id(subscription + "-to")));
        browser.findElement(By.id(subscription + "-end")).click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("subscription-table"), "31. december 2026"));
    }

    @Test
    @Order(9)
    void aMemberRepresentativeSeesItsOwnOrganisationOnly() throws Exception {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        login("demo-member");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("organisation-lines")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Ballerup Kommune");
        assertThat(browser.findElement(By.id("invoice-table")).getText())
                .contains("Ballerup Kommune")
                .doesNotContain("Aarhus Kommune");
        assertThat(browser.findElements(By.id("pay-nav-fees"))).isEmpty();
        assertNoRawCodes();
        assertAccessibleAtBothSizes("member");
    }
}
