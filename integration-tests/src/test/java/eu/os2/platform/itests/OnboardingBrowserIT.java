package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Products in real headless Chromium with demo data: the secretariat sees the path and the chart of
 * levels and a product's gates, checklist and history; the coordinator marks a criterion in the
 * self-assessment and cannot hand it in unfinished. axe-core finds no serious or critical violation.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnboardingBrowserIT extends BrowserTest {

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
        assertThat(browser.findElement(By.id("stage-PRODUCT")).getText())
                .contains("OS2forms")
                .contains("Niveau 3");
        assertThat(browser.findElement(By.id("stage-PROJECT")).getText())
                .contains("SmartMail")
                .contains("OS2compliance");
        assertAccessible("pipeline");
        browser.findElement(By.linkText("OS2indberetning")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("history")));
        assertThat(browser.findElement(By.id("history")).getText()).contains("Niveau 2 → Niveau 1");
        // owners and supporters by name, not by their ids in the directory
        assertThat(browser.findElement(By.id("product-owners")).getText())
                .matches(".*(Kommune|Region).*")
                .doesNotContain("#");
        assertAccessible("product");
    }

    @Test
    @Order(2)
    void theSecretariatRegistersAnIdeaAndEditsItsFactsUntilTheProjectGateIsMet() throws Exception {
        browser.get(platform.base + "/console/#/products");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register-form")));
        browser.findElement(By.id("register-name")).sendKeys("OS2mødebooking");
        new Select(browser.findElement(By.id("register-owner"))).selectByVisibleText("Ballerup Kommune");
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
                By.id("history"), "Dialog med sekretariatet → Forundersøgelse"));
    }

    @Test
    @Order(3)
    void theCoordinatorMarksACriterionAndCannotHandInUnfinished() throws Exception {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        login("demo-member");
        browser.findElement(By.linkText("OS2forms")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("open-assessment")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("criteria-table")));
        new Select(browser.findElement(By.id("mark-G14"))).selectByValue("NOT_RELEVANT");
        browser.findElement(By.id("explanation-G14")).sendKeys("Fællesskabet mødes i OS2forms' brugergruppe");
        browser.findElement(By.id("assessment-save")).click();
        wait.until(ExpectedConditions.urlContains("saved"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("criteria-table")));
        assertThat(new Select(browser.findElement(By.id("mark-G14")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("NOT_RELEVANT");
        browser.findElement(By.id("assessment-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-marks")));
        assertThat(browser.findElement(By.id("error-marks")).getText()).contains("Alle kriterier skal vurderes");
        assertAccessible("assessment");
    }
}
