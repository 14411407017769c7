package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.naming.OperationNotSupportedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test: a freshly booted platform and real headless Chromium (Debian's chromium and
 * chromedriver) for the whole class, and the axe-core check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    RunningDistribution platform;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void startPlatformAndBrowser() throws Exception {
        platform = RunningDistribution.start();
        browser = chromium();
        wait = waitFor(browser, Duration.ofSeconds(20));
    }

    /**
     * @return a wait that tries again when the page replaced an element the condition was reading,
     *     as the console does when it renders a list again
     */
    static WebDriverWait waitFor(WebDriver browser, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    @AfterAll
    void stopBrowserAndPlatform() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (platform != null) {
            platform.close();
        }
    }

    /** Screenshot and axe-core check of the page as it is now. */
    void assertAccessible(String page) throws IOException {
        assertAccessible(browser, getClass().getSimpleName() + "-" + page);
    }

    /** @return a fresh headless browser in Danish with its own profile */
    static WebDriver chromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("os2.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000",
                "--lang=da",
                "--user-data-dir="
                        + Files.createTempDirectory(
                                Files.createDirectories(Path.of("target/chromium-profiles")), "profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("os2.chromedriver", "/usr/bin/chromedriver")))
                .build();
        return new ChromeDriver(service, options);
    }

    /**
     * Runs axe-core's WCAG 2.1 A/AA rules on the page as it is now. In axe's own single-frame mode: the
     * console has no frames, and the default mode finishes every run in a new browser tab, which
     * costs more than the rules themselves.
     */
    static Results axe(WebDriver browser) {
        AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(tags);
        // every violating element is reported; of what passed, one element per rule
        options.setResultTypes(List.of("violations"));
        AxeBuilder axe =
                new AxeBuilder().withOptions(options).disableIframeTesting().setLegacyMode(true);
        // axe-core once per loaded document: the console navigates inside one document
        axe.setInjectAxe(
                driver -> {
                    JavascriptExecutor js = (JavascriptExecutor) driver;
                    if (!(Boolean) js.executeScript("return typeof window.axe === 'object';")) {
                        js.executeScript(AXE_SOURCE.get());
                    }
                },
                false);
        return axe.analyze(browser);
    }

    /** axe-core's source as the library ships it, read once. */
    private static final Supplier<String> AXE_SOURCE = new Supplier<>() {
        private String source;

        @Override
        public synchronized String get() {
            if (source == null) {
                try {
                    source = new AxeBuilder()
                            .getDefaultAxeBuilderOptions()
                            .getScriptProvider()
                            .getScript();
                } catch (IOException | OperationNotSupportedException e) {
                    throw new IllegalStateException("axe-core's source cannot be read", e);
                }
            }
            return source;
        }
    };

    /**
     * Saves a screenshot as {@code target/screenshots/<page>.png} and fails on any serious or
     * critical WCAG 2.1 A/AA violation axe-core finds on the page as it is now.
     */
    static void assertAccessible(WebDriver browser, String page) throws IOException {
        Results results = axe(browser);
        List<Rule> severe = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .collect(Collectors.toList());
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(page + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(severe)
                .as(page + ": "
                        + severe.stream()
                                .map(v -> v.getId() + " " + v.getNodes().size() + "x: " + v.getHelp())
                                .collect(Collectors.joining("; ")))
                .isEmpty();
    }
}
