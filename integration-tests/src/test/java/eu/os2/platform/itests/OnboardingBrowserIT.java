package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Products in real headless Chromium with demo data: the secretariat sees the path and the chart of
 * levels, the overdue self-assessments as links, and a product's path as a step indicator, its decided
 * level apart from what its self-assessment would qualify for, and its history in words; it registers
 * an idea with an owner found by name; the coordinator marks criteria (in Danish, grouped by theme, with
 * a live count) and cannot hand in unfinished; deciding a level asks first, and cancelling decides
 * nothing. No page shows a raw code; axe-core finds no serious or critical violation at 1366×900 and
 * 390×844.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnboardingBrowserIT extends BrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]+_[A-Z0-9_]+\\b");
    private static final Pattern JAVA_MAP = Pattern.compile("\\{[^}]*=[^}]*\\}");
    private static final Pattern REFERENCE =
            Pattern.compile("\\b(product|decision|initiative|organisation|member):[A-Za-z0-9-]+");
    private static final Pattern EVENT = Pattern.compile("\\bonboarding\\.[a-z-]+\\.[a-z-]+");

    private void login(String user) {
        browser.get(platform.base + "/console/#/products");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        browser.findElement(By.id("login-username")).sendKeys(user);
        browser.findElement(By.id("login-password")).sendKeys(Distribution.DEMO_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#menu a[data-page='products']")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("level-chart")));
    }

    /** Fails on a raw code, a Java map, a {@code type:id} reference or an event code in the page's visible text. */
    private void assertNoRawCodes(String page) {
        String text = browser.findElement(By.tagName("main")).getText();
        for (Pattern p : List.of(CODE, JAVA_MAP, REFERENCE, EVENT)) {
            assertThat(p.matcher(text).results().map(r -> r.group()).toList())
                    .as(page + ": raw codes in the visible text")
                    .isEmpty();
        }
    }

    /** axe-core at 1366×900 and at 390×844, then back to the desktop size. */
    private void assertAccessibleOnBothSizes(String page) throws Exception {
        browser.manage().window().setSize(new Dimension(1366, 900));
        assertAccessible("desktop-1366-" + page);
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            assertAccessible("mobile-390-" + page);
        } finally {
            browser.manage().window().setSize(new Dimension(1366, 900));
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    @Test
    @Order(1)
    void theSecretariatSeesThePathLevelsAndAProductsHistory() throws Exception {
        HttpSession api = new HttpSession(platform.base);
        api.login("demo-secretariat", Distribution.DEMO_PASSWORD);
        for (int i = 0;
                i < 120 && !api.get("/api/v1/onboarding/products").body().contains("Google Workspace");
                i++) {
            Thread.sleep(500);
        }
        login("demo-secretariat");
        assertThat(browser.getTitle()).startsWith("Produkter");
        assertThat(browser.findElement(By.id("stage-PRODUCT")).getText())
                .contains("OS2forms")
                .contains("Niveau 3");
        assertThat(browser.findElement(By.id("stage-PROJECT")).getText())
                .contains("SmartMail")
                .contains("OS2compliance");
        // every overdue self-assessment names its product and links to the assessment
        List<WebElement> reminders = browser.findElements(By.cssSelector("#reminders li"));
        for (WebElement line : reminders) {
            WebElement link = line.findElement(By.tagName("a"));
            assertThat(link.getAttribute("href")).contains("#/products/assessment/");
            assertThat(link.getText()).isNotBlank();
        }
        assertThat(reminders.stream().map(r -> r.getText()).distinct().count()).isEqualTo(reminders.size());
        assertNoRawCodes("pipeline");
        assertAccessibleOnBothSizes("products");
        browser.findElement(By.linkText("OS2indberetning")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("history")));
        assertThat(browser.findElement(By.id("history")).getText())
                .contains("Niveau ændret fra Niveau 2 til Niveau 1")
                .contains("sekretariatets vurdering:");
        // the decided level once, in words; the self-assessment's level apart and labelled as such
        assertThat(browser.findElement(By.id("product-level")).getText()).startsWith("Niveau 1 – ");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Kvalificerer til");
        assertThat(browser.findElement(By.id("qualifies")).getText()).startsWith("Selvevalueringen for runde");
        // the product's path as a step indicator with the current step marked
        assertThat(browser.findElements(By.cssSelector("#product-path > li"))).hasSize(5);
        assertThat(browser.findElement(By.cssSelector("#product-path [aria-current='step']"))
                        .getText())
                .contains("Niveau 1");
        // owners and supporters by name with links, not by their ids in the directory
        assertThat(browser.findElement(By.id("product-owners")).getText())
                .matches(".*(Kommune|Region).*")
                .doesNotContain("#");
        assertThat(browser.findElement(By.cssSelector("#product-owners a")).getAttribute("href"))
                .contains("#/members/");
        assertNoRawCodes("product");
        assertAccessibleOnBothSizes("product");
    }

    @Test
    @Order(2)
    void theSecretariatRegistersAnIdeaAndEditsItsFactsUntilTheProjectGateIsMet() throws Exception {
        browser.get(platform.base + "/console/#/products");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register-form")));
        browser.findElement(By.id("register-name")).sendKeys("OS2mødebooking");
        // the owner is found by name
        browser.findElement(By.id("register-owner")).sendKeys("Ballerup");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//*[@id='register-owner-listbox']/li[contains(., 'Ballerup Kommune')]")))
                .click();
        browser.findElement(By.id("register-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("product-name"), "OS2mødebooking"));
        assertThat(browser.findElement(By.id("product-owners")).getText()).isEqualTo("Ballerup Kommune");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("advance")))
                .click(); // idea → talk with the secretariat
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("advance"), "Forundersøgelse"));
        browser.findElement(By.id("advance")).click();
        // the project gate names what is missing, in words
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("product-messages"), "Foreløbig plan for styring"));
        assertThat(browser.findElement(By.id("product-messages")).getText())
                .contains("Åben licens")
                .contains("Fælles behov");

        // a publiccode.yml address inside the network is refused, with the reason next to the field
        browser.findElement(By.id("publiccode-url")).sendKeys("https://localhost/publiccode.yml");
        browser.findElement(By.id("publiccode-fetch")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-url")));
        assertThat(browser.findElement(By.id("error-url")).getText()).contains("internt netværk");

        browser.findElement(By.cssSelector("#edit-product summary")).click();
        // the owners as chips found by name, not ids
        assertThat(browser.findElement(By.id("group-edit-owners")).getText()).contains("Ballerup Kommune");
        browser.findElement(By.id("edit-repositoryUrl")).sendKeys("ftp://kode.example");
        browser.findElement(By.id("edit-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-repositoryUrl")));
        assertThat(browser.findElement(By.id("error-repositoryUrl")).getText()).contains("https");
        assertAccessible("product-edit");
        browser.findElement(By.id("edit-repositoryUrl")).clear();
        browser.findElement(By.id("edit-licence")).sendKeys("MPL-2.0");
        for (String fact : new String[] {"governancePlan", "financePlan", "sharedNeed"}) {
            browser.findElement(By.id("edit-fact-" + fact)).click();
        }
        browser.findElement(By.id("edit-save")).click();
        wait.until(ExpectedConditions.urlContains("edited"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("gate-PROJECT"), "Opfyldt"));
        browser.findElement(By.id("advance")).click();
        wait.until(ExpectedConditions.urlContains("moved"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("history"), "Flyttet fra »Dialog med sekretariatet« til »Forundersøgelse«"));
        assertNoRawCodes("product-registered");
    }

    @Test
    @Order(3)
    void deciding_a_level_asks_first_and_cancelling_decides_nothing() throws Exception {
        // the new product's self-assessment, handed in, evaluated and reviewed through the API
        HttpSession api = new HttpSession(platform.base);
        api.login("demo-secretariat", Distribution.DEMO_PASSWORD);
        String csrf = api.csrfToken();
        long id = -1;
        for (JsonNode p : json(api.get("/api/v1/onboarding/products"))) {
            if (p.get("name").asText().equals("OS2mødebooking")) {
                id = p.get("id").asLong();
            }
        }
        String round = json(api.get("/api/v1/onboarding/products/" + id))
                .get("currentRound")
                .asText();
        String path = "/api/v1/onboarding/products/" + id + "/assessments/" + round;
        HttpResponse<String> draft = api.get(path);
        StringBuilder marks = new StringBuilder("{\"marks\":[");
        for (JsonNode c : json(api.get("/api/v1/onboarding/criteria"))) {
            marks.append(marks.length() > 10 ? "," : "")
                    .append("{\"code\":\"")
                    .append(c.get("code").asText())
                    .append("\",\"status\":\"MET\",\"explanation\":null,\"evidence\":[]}");
        }
        marks.append("]}");
        HttpResponse<String> saved = api.send(
                "PUT",
                path,
                marks.toString(),
                "If-Match",
                draft.headers().firstValue("ETag").orElseThrow(),
                "X-CSRF-Token",
                csrf);
        long assessment = json(saved).get("assessment").get("id").asLong();
        String etag = saved.headers().firstValue("ETag").orElseThrow();
        String[][] steps = {
            {"submit", "{}"},
            {
                "evaluate",
                "{\"lights\":{\"relevance\":\"GREEN\",\"formal\":\"GREEN\",\"strategic\":\"YELLOW\","
                        + "\"governance\":\"GREEN\"},\"note\":\"God start\"}"
            },
            {"review", "{\"level\":\"SANDBOX\",\"note\":\"Anbefales\"}"}
        };
        for (String[] step : steps) {
            HttpResponse<String> moved = api.send(
                    "POST",
                    "/api/v1/onboarding/assessments/" + assessment + "/" + step[0],
                    step[1],
                    "If-Match",
                    etag,
                    "X-CSRF-Token",
                    csrf);
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
            etag = moved.headers().firstValue("ETag").orElseThrow();
        }

        browser.get(platform.base + "/console/#/products/assessment/" + id + "/" + round);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decide-form")));
        new Select(browser.findElement(By.id("decide-level"))).selectByValue("SANDBOX");
        browser.findElement(By.id("decide-reason")).sendKeys("Opfylder kravene til sandkassen.");
        browser.findElement(By.id("decide-submit")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]")));
        assertThat(dialog.getText())
                .contains("OS2mødebooking")
                .contains("Sandkasse")
                .contains("Opfylder kravene til sandkassen.");
        assertAccessible("decide-confirm");
        dialog.findElement(By.cssSelector("[data-confirm='no']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog[open]")));
        assertThat(json(api.get(path)).get("assessment").get("state").asText())
                .as("cancel decides nothing")
                .isEqualTo("REVIEWED");
        assertThat(browser.findElements(By.id("decision"))).isEmpty();

        browser.findElement(By.id("decide-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open] [data-confirm='yes']")))
                .click();
        wait.until(ExpectedConditions.urlContains("decide"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision")));
        assertThat(browser.findElement(By.id("decision")).getText()).contains("Sandkasse – ");
        assertThat(json(api.get(path)).get("assessment").get("state").asText()).isEqualTo("DECIDED");
        browser.get(platform.base + "/console/#/products/product/" + id);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("product-level"), "Sandkasse – "));
        assertThat(browser.findElement(By.id("history")).getText())
                .contains("niveau besluttet: Sandkasse")
                .contains("styregruppen anbefaler Sandkasse")
                .contains("Formelle krav: grøn");
        assertNoRawCodes("product-decided");
    }

    @Test
    @Order(4)
    void theCoordinatorMarksACriterionAndCannotHandInUnfinished() throws Exception {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        login("demo-member");
        browser.findElement(By.linkText("OS2forms")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("open-assessment")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assessment-form")));
        // the criteria in Danish, grouped by theme, the code after the text
        assertThat(browser.findElement(By.id("row-F11")).getText())
                .contains("Der bruges offentlig sagsstyring")
                .contains("F11");
        assertThat(browser.findElement(By.cssSelector("#theme-governance > legend"))
                        .getText())
                .startsWith("Styring");
        assertThat(browser.findElements(By.cssSelector("#assessment-form fieldset")))
                .hasSize(4);
        assertThat(browser.findElement(By.id("explanation-G14")).getTagName()).isEqualTo("textarea");
        // "(ikke udfyldt)" fits its select
        WebElement g14 = browser.findElement(By.id("mark-G14"));
        Object fits = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return arguments[0].scrollWidth <= arguments[0].clientWidth + 1;", g14);
        assertThat(fits).isEqualTo(true);
        WebElement counter = browser.findElement(By.id("assessment-count"));
        assertThat(counter.getAttribute("aria-live")).isEqualTo("polite");
        String before = counter.getText();
        assertThat(before).matches("\\d+ af 43 udfyldt");
        int filled = Integer.parseInt(before.split(" ")[0]);
        boolean wasBlank =
                new Select(g14).getFirstSelectedOption().getAttribute("value").isEmpty();
        new Select(g14).selectByValue("NOT_RELEVANT");
        assertThat(counter.getText()).isEqualTo((wasBlank ? filled + 1 : filled) + " af 43 udfyldt");
        browser.findElement(By.id("explanation-G14")).sendKeys("Fællesskabet mødes i OS2forms' brugergruppe");
        assertNoRawCodes("assessment");
        assertAccessibleOnBothSizes("assessment");
        browser.findElement(By.id("assessment-save")).click();
        wait.until(ExpectedConditions.urlContains("saved"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assessment-form")));
        assertThat(new Select(browser.findElement(By.id("mark-G14")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("NOT_RELEVANT");
        browser.findElement(By.id("assessment-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-marks")));
        assertThat(browser.findElement(By.id("error-marks")).getText()).contains("Alle kriterier skal vurderes");
        assertAccessible("assessment-unfinished");
    }
}
