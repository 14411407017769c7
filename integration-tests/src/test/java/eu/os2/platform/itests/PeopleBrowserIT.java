package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * People and sign-in as they are used, in real headless Chromium: the admin invites a
 * representative for Aarhus Kommune; the invitee opens the link in their own browser, is refused a
 * common password, sets a good one and is signed in; they reach Aarhus's fees and invoices and
 * nobody else's; the admin deactivates them and their open session ends on the next request. A
 * reload of a deep page, a second tab and a restart of the platform keep the admin signed in.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeopleBrowserIT extends BrowserTest {

    private static final String GOOD = "Aarhus Å og havnens lys 2026";

    private WebDriver invitee;
    private WebDriverWait inviteeWait;
    private String link;
    private String userPage;

    @AfterAll
    void stopInviteeBrowser() {
        if (invitee != null) {
            invitee.quit();
        }
    }

    @Test
    @Order(1)
    void theAdminInvitesARepresentativeForAarhusAndSeesWhatIsWrongFirst() throws Exception {
        browser.get(platform.base + "/console/#/users");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        browser.findElement(By.id("login-username")).sendKeys("demo-admin");
        browser.findElement(By.id("login-password")).sendKeys(Distribution.DEMO_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invite-form")));
        assertThat(browser.findElement(By.cssSelector("#menu a[data-page='users']"))
                        .getText())
                .isEqualTo("Brugere");

        browser.findElement(By.id("invite-email")).sendKeys("ikke en adresse");
        browser.findElement(By.id("invite-name")).sendKeys("Mette Aarhus");
        browser.findElement(By.id("role-viewer")).click();
        browser.findElement(By.id("role-member-representative")).click();
        browser.findElement(By.id("invite-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-email")));
        assertThat(browser.findElement(By.id("error-email")).getText()).isEqualTo("Ikke en gyldig e-mailadresse");
        assertThat(browser.findElement(By.id("error-organisationId")).getText()).isEqualTo("Skal udfyldes");

        WebElement email = browser.findElement(By.id("invite-email"));
        email.clear();
        email.sendKeys("Mette.Kristensen@aarhus.dk");
        new Select(browser.findElement(By.id("invite-organisation"))).selectByVisibleText("Aarhus Kommune");
        browser.findElement(By.id("invite-submit")).click();
        WebElement linkField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invitation-link")));
        link = linkField.getAttribute("value");
        assertThat(link).startsWith(platform.base + "/console/#/invitation/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-rows"), "Mette Aarhus"));
        WebElement row = browser.findElement(By.cssSelector("#user-rows tr[data-user='mette.kristensen@aarhus.dk']"));
        assertThat(row.getText()).contains("Medlemsrepræsentant", "Aarhus Kommune", "Inviteret");
        assertAccessible("users");

        row.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-form")));
        userPage = browser.getCurrentUrl();
    }

    @Test
    @Order(2)
    void aReloadASecondTabAndARestartKeepTheAdminSignedIn() throws Exception {
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-form")));
        assertThat(browser.findElements(By.id("login-form"))).isEmpty();

        String first = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(userPage);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-form")));
        assertThat(browser.findElement(By.id("user-status")).getText()).contains("Inviteret");
        browser.close();
        browser.switchTo().window(first);

        platform.restart();
        browser.get(userPage);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-form")));
        assertThat(browser.findElement(By.id("user-display-name")).getAttribute("value"))
                .isEqualTo("Mette Aarhus");
    }

    @Test
    @Order(3)
    void theInviteeSetsAPasswordAndActsOnlyForAarhus() throws Exception {
        invitee = chromium();
        inviteeWait = BrowserTest.waitFor(invitee, java.time.Duration.ofSeconds(20));
        invitee.get(link);
        wait(inviteeWait, "invitation-form");
        assertThat(invitee.findElement(By.id("invitation-username")).getText()).isEqualTo("mette.kristensen@aarhus.dk");
        assertAccessible(invitee, "PeopleBrowserIT-invitation");

        invitee.findElement(By.id("invitation-password")).sendKeys("password1234");
        invitee.findElement(By.id("invitation-repeat")).sendKeys("password1234");
        invitee.findElement(By.id("invitation-submit")).click();
        inviteeWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-password")));
        assertThat(invitee.findElement(By.id("error-password")).getText()).contains("for almindelig");

        invitee.findElement(By.id("invitation-password")).clear();
        invitee.findElement(By.id("invitation-repeat")).clear();
        invitee.findElement(By.id("invitation-password")).sendKeys(GOOD);
        invitee.findElement(By.id("invitation-repeat")).sendKeys(GOOD);
        invitee.findElement(By.id("invitation-submit")).click();
        inviteeWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-name"), "Mette Aarhus"));
        assertThat(invitee.getCurrentUrl()).doesNotContain("invitation");

        long aarhus = organisationId("Aarhus");
        long ballerup = organisationId("Ballerup");
        assertThat(text(invitee, "/api/v1/payments/organisations/" + aarhus + "/fees?year=2026"))
                .startsWith("200 ")
                .contains("Aarhus Kommune");
        assertThat(text(invitee, "/api/v1/payments/organisations/" + aarhus + "/invoices"))
                .startsWith("200 ")
                .contains("Aarhus Kommune");
        assertThat(status(invitee, "/api/v1/payments/organisations/" + ballerup + "/fees?year=2026"))
                .isEqualTo(403);
        assertThat(status(invitee, "/api/v1/payments/organisations/" + ballerup + "/invoices"))
                .isEqualTo(403);
        assertThat(status(invitee, "/api/v1/users")).isEqualTo(403);

        // the used link does not work a second time
        WebDriver another = chromium();
        try {
            another.get(link);
            BrowserTest.waitFor(another, java.time.Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("main-content"), "Invitationslinket virker ikke"));
        } finally {
            another.quit();
        }
    }

    @Test
    @Order(4)
    void theAdminDeactivatesTheInviteeAndTheOpenSessionEndsOnTheNextRequest() throws Exception {
        browser.get(userPage);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-status"), "Aktiv"));
        browser.findElement(By.id("user-deactivate")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-status"), "Deaktiveret"));

        assertThat(status(invitee, "/api/v1/auth/me")).isEqualTo(401);
        invitee.navigate().refresh();
        wait(inviteeWait, "login-form");
        invitee.findElement(By.id("login-username")).sendKeys("mette.kristensen@aarhus.dk");
        invitee.findElement(By.id("login-password")).sendKeys(GOOD);
        invitee.findElement(By.id("login-submit")).click();
        inviteeWait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("login-status"), "Forkert brugernavn eller adgangskode"));

        // the secretariat on a phone: the page fits the screen, tables scroll inside their frame
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.get(platform.base + "/console/#/users");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invite-form")));
        assertThat(((Number) ((JavascriptExecutor) browser)
                                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;"))
                        .intValue())
                .isLessThanOrEqualTo(0);
        assertAccessible("users-phone");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }

    @Test
    @Order(5)
    void aSupplierPartnerSeesItsOwnFeeInvoicesAndTheProductsItSupplies() throws Exception {
        WebDriver partner = chromium();
        try {
            WebDriverWait partnerWait = BrowserTest.waitFor(partner, java.time.Duration.ofSeconds(20));
            partner.get(platform.base + "/console/#/payments");
            wait(partnerWait, "login-form");
            partner.findElement(By.id("login-username")).sendKeys("demo-partner");
            partner.findElement(By.id("login-password")).sendKeys(Distribution.DEMO_PASSWORD);
            partner.findElement(By.id("login-submit")).click();
            partnerWait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Nordlys Software ApS"));
            assertAccessible(partner, "PeopleBrowserIT-partner-payments");

            partner.get(platform.base + "/console/#/products");
            partnerWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("supplied-products")));
            assertThat(partner.findElements(By.cssSelector("#supplied-products li")))
                    .isNotEmpty();
            assertThat(partner.findElements(By.id("register-form")))
                    .as("a supplier registers no ideas")
                    .isEmpty();
            assertThat(status(
                            partner,
                            "/api/v1/payments/organisations/" + organisationId(partner, "Ballerup") + "/invoices"))
                    .isEqualTo(403);

            // the API page describes every operation with who may call it
            partner.get(platform.base + "/console/#/api");
            partnerWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("api-count"), "operationer"));
            assertThat(partner.findElements(By.cssSelector("table[data-area='users'] tbody tr")))
                    .isNotEmpty();
            assertThat(partner.findElement(By.cssSelector("table[data-area='users']"))
                            .getText())
                    .contains("Sekretariat");
            assertThat(partner.getTitle()).isEqualTo("API – OS2 Fællesskabsplatform");
            assertAccessible(partner, "PeopleBrowserIT-api");
        } finally {
            partner.quit();
        }
    }

    @Test
    @Order(6)
    void theMembersListDownloadsAsCsvAndTheMemberPageShowsItsPeopleAndItsOtherPages() throws Exception {
        Path downloads = Files.createDirectories(
                Path.of("target/downloads/PeopleBrowserIT").toAbsolutePath());
        Files.deleteIfExists(downloads.resolve("os2-medlemmer.csv"));
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(platform.base + "/console/#/members");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#member-rows tr a")));
        assertThat(browser.getTitle()).startsWith("Medlemmer – ");
        assertNoRawCodes();
        assertAccessible("members-1366");

        browser.findElement(By.id("member-csv")).click();
        Path file = downloads.resolve("os2-medlemmer.csv");
        for (int i = 0; i < 40 && !Files.exists(file); i++) {
            Thread.sleep(250);
        }
        assertThat(file).exists();
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFNavn;CVR;EAN/GLN;Type;")
                .contains("Aarhus Kommune;")
                .contains(";Kommune;");
        assertThat(browser.findElement(By.id("member-csv-messages")).getText()).isEmpty();

        browser.findElement(By.id("member-search")).clear();
        browser.findElement(By.id("member-search")).sendKeys("Aarhus");
        browser.findElement(By.id("member-search-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("member-count"), "1 resultater"));
        browser.findElement(By.linkText("Aarhus Kommune")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("member-representatives"), "Mette Aarhus"));
        assertThat(browser.getTitle()).startsWith("Aarhus Kommune – ");
        assertThat(browser.findElement(By.id("member-representatives")).getText())
                .contains("Medlemsrepræsentant")
                .contains("Deaktiveret");
        assertThat(browser.findElement(By.id("member-link-payments")).getAttribute("href"))
                .endsWith("#/payments/organisation/" + organisationId(browser, "Aarhus"));
        assertThat(browser.findElements(By.id("member-link-voting"))).hasSize(1);
        assertThat(browser.findElements(By.id("member-link-products"))).hasSize(1);
        assertNoRawCodes();
        assertAccessible("member-1366");

        browser.findElement(By.id("member-edit")).click();
        WebElement cvr = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("field-cvr")));
        cvr.clear();
        cvr.sendKeys("1234");
        browser.findElement(By.id("member-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-cvr")));
        assertThat(browser.findElement(By.id("error-cvr")).getText()).isEqualTo("CVR-nummeret er 8 cifre, fx 29189846");
        assertThat(browser.findElement(By.cssSelector("#member-messages a[href='#field-cvr']"))
                        .getText())
                .contains("CVR-nummeret er 8 cifre, fx 29189846");
        assertAccessible("member-cvr-error");

        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.navigate().refresh();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("member-representatives"), "Mette Aarhus"));
            assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
            awaitScrollableTables();
            assertAccessible("member-phone");
            browser.get(platform.base + "/console/#/members");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#member-rows tr a")));
            assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
            awaitScrollableTables();
            assertAccessible("members-phone");
            browser.manage().window().setSize(new Dimension(1366, 900));
            browser.get(platform.base + "/console/#/users");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#user-rows tr a")));
            assertThat(browser.getTitle()).startsWith("Brugere – ");
            assertNoRawCodes();
            assertAccessible("users-1366");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    /** Fails on a code, a Java map or a type:id reference in the visible text of the page. */
    private void assertNoRawCodes() {
        String text = browser.findElement(By.tagName("main")).getText();
        assertThat(text).doesNotContainPattern("\\b[A-Z]+_[A-Z0-9_]+\\b");
        assertThat(text).doesNotContainPattern("\\{[^}]*=[^}]*\\}");
        assertThat(text).doesNotContainPattern("\\b(?!https?:)[a-z]+:[0-9A-Za-z]");
    }

    /** Waits until every table box that scrolls sideways can be reached by keyboard (the shell marks it after drawing). */
    private void awaitScrollableTables() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return [...document.querySelectorAll('main .os2-table-wrap')]"
                        + ".every(b => b.scrollWidth <= b.clientWidth + 1 || b.getAttribute('tabindex') === '0');")));
    }

    private int horizontalOverflow() {
        return ((Number) ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth - window.innerWidth;"))
                .intValue();
    }

    private long organisationId(String name) {
        return organisationId(invitee, name);
    }

    private static long organisationId(WebDriver browser, String name) {
        Object id = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch('/api/v1/members?q=' + arguments[0], {headers: {Accept: 'application/json'}})"
                                + ".then(r => r.json()).then(p => done(p.items[0].id));",
                        name);
        return ((Number) id).longValue();
    }

    private static int status(WebDriver browser, String path) {
        Object status = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {headers: {Accept: 'application/json'}}).then(r => done(r.status));",
                        path);
        return ((Number) status).intValue();
    }

    private static String text(WebDriver browser, String path) {
        return (String) ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {headers: {Accept: 'application/json'}})"
                                + ".then(r => r.text().then(t => done(r.status + ' ' + t)));",
                        path);
    }

    private static void wait(WebDriverWait wait, String id) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }
}
