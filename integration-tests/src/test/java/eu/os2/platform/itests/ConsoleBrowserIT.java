package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a secretariat user does in the console, in real headless Chromium (Debian's chromium and
 * chromedriver): log in, open Members, search, open and edit an organisation with a wrong value and
 * follow the error summary to the field, switch to English; the shell's layout at 1366×900 (the menu
 * on one line, no frame around the content after navigation, a visible focus ring on the green menu)
 * and at 390×844 (the menu behind a "Menu" button, tables scrolling in their own box) — and axe-core
 * finds no serious or critical accessibility violation at either size.
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
        // the DKFDS error summary names the field and its link moves focus to it
        WebElement summary = browser.findElement(By.cssSelector("#member-messages .os2-error-summary"));
        assertThat(summary.findElement(By.className("alert-heading")).getText()).isEqualTo("Der er problemer");
        assertThat(summary.findElements(By.cssSelector("svg.alert-icon use"))).hasSize(1);
        WebElement link = summary.findElement(By.cssSelector("a[href='#field-cvr']"));
        assertThat(link.getText()).startsWith("CVR").endsWith(": Kontrolcifferet passer ikke");
        link.click();
        assertThat(js("return document.activeElement.id")).isEqualTo("field-cvr");
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
        assertThat(browser.findElements(
                        By.cssSelector("tr[data-bundle='eu.os2.platform.web-console'] .os2-state-active")))
                .hasSize(1);
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

    @Test
    @Order(6)
    void atDesktopWidthTheMenuIsOneLineAndTheContentHasNoFrame() throws Exception {
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(platform.base + "/console/#/members");
        danish();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#member-rows tr a")));
        // every top-level entry on the same line
        assertThat(js("return new Set([...document.querySelectorAll('#menu > li')].map((li) => li.offsetTop)).size"))
                .isEqualTo(1L);
        assertThat((Long) js("return document.querySelectorAll('#menu > li').length"))
                .isGreaterThanOrEqualTo(8L);
        assertThat(browser.findElement(By.id("menu-button")).isDisplayed()).isFalse();
        // focus moved to main for screen readers, but main shows no outline
        wait.until(d -> "main-content".equals(js("return document.activeElement.id")));
        assertThat(js("return getComputedStyle(document.activeElement).outlineStyle"))
                .isEqualTo("none");
        wait.until(ExpectedConditions.titleIs("Medlemmer – OS2 Fællesskabsplatform"));
        // a keyboard user sees where focus is on the green menu: a white ring
        WebElement entry = browser.findElement(By.cssSelector("#menu a[data-page='members']"));
        js("arguments[0].focus()", entry);
        assertThat(js("return getComputedStyle(arguments[0]).outlineColor", entry))
                .isEqualTo("rgb(255, 255, 255)");
        assertThat(js("return getComputedStyle(arguments[0]).outlineWidth", entry))
                .isEqualTo("3px");
        assertAccessible("desktop-1366-members");

        browser.findElement(By.linkText("Aarhus Kommune")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("member-name"), "Aarhus Kommune"));
        wait.until(ExpectedConditions.titleContains("Aarhus Kommune – "));
        assertThat(js("return getComputedStyle(document.querySelector('.back-link'), '::before').maskImage"))
                .asString()
                .contains("chevron-left.svg");
        assertAccessible("desktop-1366-member");
    }

    @Test
    @Order(7)
    void onAPhoneTheMenuIsCollapsedAndOpensWithTheButton() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(platform.base + "/console/#/members");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#member-rows tr a")));
        WebElement button = browser.findElement(By.id("menu-button"));
        // found again by its selector at each step: the menu is drawn again when its counts arrive
        By members = By.cssSelector("#menu a[data-page='members']");
        assertThat(button.isDisplayed()).isTrue();
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(members));
        // the header keeps its side padding: nothing at the screen's edge
        double width = ((Number) js("return document.documentElement.clientWidth")).doubleValue();
        assertThat(((Number) js("return document.getElementById('brand').getBoundingClientRect().left")).doubleValue())
                .isGreaterThanOrEqualTo(12.0);
        assertThat(((Number) js("return document.getElementById('logout').getBoundingClientRect().right"))
                        .doubleValue())
                .isLessThanOrEqualTo(width - 12.0);
        // the table scrolls in its own box; the page itself does not scroll sideways
        assertThat(js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .isEqualTo(true);
        assertThat(js("const t = document.getElementById('member-table'); "
                        + "return getComputedStyle(t.parentElement).overflowX"))
                .isEqualTo("auto");
        // the table box that scrolls can be reached and scrolled by keyboard
        wait.until(d -> "0"
                .equals(js("return document.getElementById('member-table').parentElement.getAttribute('tabindex')")));
        assertAccessible("mobile-390-members");

        button.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(members));
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
        assertAccessible("mobile-390-menu-open");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(members));
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(js("return document.activeElement.id")).isEqualTo("menu-button");

        // choosing a page closes the menu again
        button.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(members));
        browser.findElement(By.cssSelector("#menu a[data-page='plugins']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Plugins"));
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
        assertAccessible("mobile-390-plugins");
    }

    @Test
    @Order(8)
    void confirmAnswersNoToEscapeAndYesToItsButton() throws Exception {
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(platform.base + "/console/#/members");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#member-rows tr a")));
        // a button that asks through the console's own ctx.confirm before an irreversible action
        js("window.answers = [];"
                + "const b = document.createElement('button');"
                + "b.id = 'ask'; b.type = 'button'; b.className = 'button button-primary'; b.textContent = 'Udsted';"
                + "b.addEventListener('click', () => import('/console/context.js').then((c) => c.confirm({"
                + "  heading: 'Udsted 75 fakturaer?', text: 'Fakturaerne sendes med det samme.',"
                + "  facts: [['Takst', 'Kontingent 2027'], ['I alt', '6.400.000,00 kr.']],"
                + "  confirmLabel: 'Udsted fakturaer' })).then((yes) => window.answers.push(yes)));"
                + "document.getElementById('main-content').append(b);");
        WebElement ask = browser.findElement(By.id("ask"));
        ask.click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]")));
        assertThat(dialog.getText())
                .contains("Udsted 75 fakturaer?")
                .contains("Kontingent 2027")
                .contains("6.400.000,00 kr.")
                .contains("Annuller");
        assertThat(js("return document.querySelector('dialog[open]').contains(document.activeElement)"))
                .isEqualTo(true);
        assertAccessible("confirm-dialog");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        wait.until(d -> ((List<?>) js("return window.answers")).size() == 1);
        assertThat(js("return window.answers")).isEqualTo(List.of(false));
        assertThat(browser.findElements(By.cssSelector("dialog"))).isEmpty();
        assertThat(js("return document.activeElement.id")).isEqualTo("ask");

        ask.click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("dialog[open] [data-confirm='yes']")))
                .click();
        wait.until(d -> ((List<?>) js("return window.answers")).size() == 2);
        assertThat(js("return window.answers")).isEqualTo(List.of(false, true));
    }

    /** Back to Danish if an earlier test chose English. */
    private void danish() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("lang-toggle")));
        if ("en".equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
            browser.findElement(By.id("lang-toggle")).click();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "da"));
        }
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
