package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
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
        inviteeWait = new WebDriverWait(invitee, java.time.Duration.ofSeconds(20));
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
            new WebDriverWait(another, java.time.Duration.ofSeconds(20))
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
            WebDriverWait partnerWait = new WebDriverWait(partner, java.time.Duration.ofSeconds(20));
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
