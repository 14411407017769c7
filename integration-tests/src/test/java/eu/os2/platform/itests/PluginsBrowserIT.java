package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
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
 * Partner plugins in real headless Chromium, on a platform in trust mode {@code enforce} with the
 * example partner bundle on the allow-list: an administrator uploads it from the Partner plugins
 * page and sees it allow-listed and working, sees a jar that is not on the list refused with the
 * reason, stops and starts the plugin; the page fits a phone's screen; a viewer reads the
 * catalogue and has no Partner plugins entry; the administrator uninstalls the plugin after
 * confirming. axe-core finds no serious or critical violation on any of the pages.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginsBrowserIT extends BrowserTest {

    private static final String HELLO = "eu.example.partner.hello";
    private static final String ROW = "tr[data-plugin='" + HELLO + "']";

    /** A platform as in production (trust enforced), with the example bundle allow-listed by its SHA-256. */
    @BeforeAll
    @Override
    void startPlatformAndBrowser() throws Exception {
        Path home = RunningDistribution.copyOfDistribution(Path.of("target/plugins-browser"));
        Path etc = home.resolve("etc");
        Path config = etc.resolve("eu.os2.platform.plugins.cfg");
        if (!Files.exists(config)) {
            Files.writeString(config, "trust.mode = enforce\n", StandardCharsets.UTF_8);
        }
        byte[] hello = Files.readAllBytes(partnerJar());
        PluginJars.allowList(etc.resolve("os2-plugin-allowlist.txt"), HELLO, hello);
        platform =
                RunningDistribution.start(home, Map.of("eu.os2.platform.plugins.cfg", Map.of("trust.mode", "enforce")));
        browser = chromium();
        wait = BrowserTest.waitFor(browser, Duration.ofSeconds(30));
    }

    private static Path partnerJar() {
        return Path.of(System.getProperty("os2.partner.bundle", "target/bundles/partner-hello.jar"))
                .toAbsolutePath();
    }

    private void login(String user, String page) {
        browser.get(platform.base + "/console/#/" + page);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        browser.findElement(By.id("login-username")).sendKeys(user);
        browser.findElement(By.id("login-password")).sendKeys(Distribution.DEMO_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#menu a[data-page='" + page + "']")))
                .click();
    }

    private void logout() {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    }

    private void upload(Path jar) {
        browser.findElement(By.id("plugin-file")).sendKeys(jar.toAbsolutePath().toString());
        browser.findElement(By.id("plugin-upload")).click();
    }

    private WebElement cell(String field) {
        return browser.findElement(By.cssSelector(ROW + " [data-field='" + field + "']"));
    }

    private boolean working() {
        String state = cell("state").getText();
        return state.contains("Virker") && !state.contains("Virker ikke");
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

    @Test
    @Order(1)
    void anAdministratorOpensThePartnerPluginsPage() throws Exception {
        login("demo-admin", "partner-plugins");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plugin-upload-form")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Partnerplugins");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-plugins")));
        assertThat(browser.findElement(By.id("no-plugins")).getText()).isEqualTo("Der er ingen partnerplugins.");
        browser.findElement(By.id("plugin-upload")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-file")));
        assertThat(browser.findElement(By.id("error-file")).getText()).isEqualTo("Vælg en jar-fil.");
        assertAccessible("empty");
    }

    @Test
    @Order(2)
    void anAllowListedJarIsUploadedAndWorks() throws Exception {
        upload(partnerJar());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(ROW)));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plugin-messages"), "er installeret"));
        // the plugin's own page joins the menu; its components may need a moment before it works
        for (int i = 0; i < 30 && !working(); i++) {
            Thread.sleep(1000);
            browser.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(ROW)));
        }
        assertThat(cell("state").getText())
                .contains("Kører")
                .doesNotContain("ACTIVE")
                .contains("Virker")
                .doesNotContain("Virker ikke");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#menu a[data-page='hello']")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(ROW)));
        assertThat(cell("trust").getText()).contains("På godkendelseslisten").contains(HELLO);
        assertThat(cell("core-api").getText()).contains("Kompatibel");
        assertThat(cell("page-roles").getText()).isEqualTo("Alle, der er logget ind");
        assertThat(cell("reasons").getText()).isEqualTo("I orden");
        assertAccessible("installed");
    }

    @Test
    @Order(3)
    void aJarNotOnTheAllowListIsRefusedWithTheReason() throws Exception {
        Path unlisted = Files.createTempFile("unlisted-partner", ".jar");
        Files.write(unlisted, PluginJars.bundle("eu.example.partner.unlisted", "unlisted", "[0.1,1)"));
        upload(unlisted);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#plugin-messages .alert-error")));
        String message = browser.findElement(By.id("plugin-messages")).getText();
        assertThat(message).contains("Pluginnet blev afvist");
        assertThat(browser.findElements(By.cssSelector("tr[data-plugin='eu.example.partner.unlisted']")))
                .isEmpty();
        assertAccessible("refused");
    }

    @Test
    @Order(4)
    void thePluginIsStoppedAndStartedAgain() throws Exception {
        browser.findElement(By.cssSelector(ROW + " button[data-action='stop']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plugin-messages"), "er stoppet"));
        assertThat(cell("state").getText())
                .contains("Klar, ikke startet")
                .contains("Virker ikke")
                .doesNotContain("RESOLVED");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#menu a[data-page='hello']")));

        browser.findElement(By.cssSelector(ROW + " button[data-action='start']"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plugin-messages"), "er startet"));
        assertThat(cell("state").getText()).contains("Kører");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#menu a[data-page='hello']")));
    }

    @Test
    @Order(5)
    void thePageFitsAPhone() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(ROW)));
            assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
            assertAccessible("phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    @Order(6)
    void thePluginsPageTellsEveryStateInDanishAndNamesThePartsReadably() throws Exception {
        browser.manage().window().setSize(new Dimension(1366, 900));
        try {
            browser.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(ROW)));
            assertThat(browser.getTitle()).startsWith("Partnerplugins – ");
            assertThat(cell("state").findElement(By.cssSelector("[data-state]")).getText())
                    .isEqualTo("Kører");
            assertAccessible("partner-plugins-1366");
            browser.get(platform.base + "/console/#/plugins");
            browser.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#bundle-table tr[data-bundle='eu.os2.platform.web-console']")));
            assertThat(browser.getTitle()).startsWith("Plugins – ");
            WebElement console = browser.findElement(By.cssSelector("tr[data-bundle='eu.os2.platform.web-console']"));
            assertThat(console.findElement(By.tagName("th")).getText()).contains("Webkonsol og REST-API");
            assertThat(console.findElement(By.cssSelector("code[lang='en']")).getText())
                    .isEqualTo("eu.os2.platform.web-console");
            assertThat(console.findElement(By.cssSelector("[data-state]")).getText())
                    .isEqualTo("Kører");
            WebElement hello = browser.findElement(By.cssSelector("tr[data-bundle='" + HELLO + "']"));
            assertThat(hello.findElement(By.cssSelector("[data-state]")).getText())
                    .isEqualTo("Kører");
            String text = browser.findElement(By.tagName("main")).getText();
            assertThat(text)
                    .doesNotContain("ACTIVE")
                    .doesNotContain("RESOLVED")
                    .doesNotContain("INSTALLED")
                    .doesNotContainPattern("\\b[A-Z]+_[A-Z0-9_]+\\b");
            assertAccessible("bundles-1366");
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bundle-table")));
            assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
            awaitScrollableTables();
            assertAccessible("bundles-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
        browser.get(platform.base + "/console/#/partner-plugins");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(ROW)));
    }

    @Test
    @Order(7)
    void aViewerReadsTheCatalogueAndHasNoAdministratorPage() throws Exception {
        logout();
        login("demo-viewer", "plugin-catalogue");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("catalogue-table")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Katalog");
        assertThat(browser.findElements(By.cssSelector("#menu a[data-page='partner-plugins']")))
                .isEmpty();
        WebElement hello = browser.findElement(By.cssSelector("#catalogue-table tr[data-plugin-id='hello']"));
        assertThat(hello.getText())
                .contains("Hello from a partner municipality")
                .contains("Kompatibel")
                .contains("På godkendelseslisten")
                .contains("Virker")
                .doesNotContain("Virker ikke")
                .doesNotContain(HELLO);
        assertAccessible("catalogue");
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("catalogue-table")));
            assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    @Order(8)
    void theAdministratorUninstallsAfterConfirming() throws Exception {
        logout();
        login("demo-admin", "partner-plugins");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(ROW)));
        browser.findElement(By.cssSelector(ROW + " button[data-action='uninstall']"))
                .click();
        WebElement dialog =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.os2-modal")));
        assertThat(dialog.getText()).contains("Afinstallér Hello from a partner municipality?", "kan ikke fortrydes");
        assertAccessible("confirm");
        dialog.findElement(By.cssSelector("button[data-confirm='no']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog.os2-modal")));
        assertThat(Files.exists(platform.home().resolve("deploy/partner-hello.jar")))
                .isTrue();

        browser.findElement(By.cssSelector(ROW + " button[data-action='uninstall']"))
                .click();
        WebElement confirm = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("dialog.os2-modal button[data-confirm='yes']")));
        confirm.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plugin-messages"), "er afinstalleret"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-plugins")));
        assertThat(Files.exists(platform.home().resolve("deploy/partner-hello.jar")))
                .isFalse();
    }
}
