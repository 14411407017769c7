package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A partner's path from the archetype to a plugin live in the console. A plugin project is generated
 * from {@code os2-plugin-archetype} and built with {@code mvn verify} (its store test included) as
 * separate Maven runs, against a local repository of their own that holds only the platform
 * artifacts of this build and takes everything else from the user's local repository (no network,
 * nothing of the platform's reactor on the path). The jar is allow-listed as a production platform
 * (trust mode {@code enforce}) requires, dropped into {@code deploy/} of a running distribution, and
 * then has to show its menu entry, serve its page module and store and list entries through its
 * own REST application, which proves its Liquibase changelog ran. The plugin guide's example is
 * built the same way from the guide's own command and patch, and must equal
 * {@code examples/partner-meetings}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchetypeIT {

    private static final String PLUGIN_ID = "meetings";
    private static final String GROUP_ID = "eu.example.partner";
    private static final String SYMBOLIC_NAME = GROUP_ID + "." + PLUGIN_ID;
    private static final String ORGANISATION = "Eksempel Kommune";
    private static final String API = "/api/v1/plugins/" + PLUGIN_ID + "/entries";
    /** The platform artifacts a plugin project is built with. */
    private static final List<String> SDK =
            List.of("os2-platform", "core-api", "platform-testing", "os2-plugin-parent", "os2-plugin-archetype");

    private final Path work = Path.of("target/archetype-it").toAbsolutePath();
    private Path settings;
    private Path jar;
    private double generateMinutes;
    private double buildMinutes;
    private RunningDistribution platform;

    @BeforeAll
    void generateAndBuildAPlugin() throws Exception {
        deleteRecursively(work);
        Path repository = work.resolve("repository");
        seed(repository, Path.of(System.getProperty("os2.plugin.sdk")), System.getProperty("os2.platform.version"));
        settings = work.resolve("settings.xml");
        Files.writeString(settings, settings(repository, Path.of(System.getProperty("os2.user.repository"))));
        Path projects = Files.createDirectories(work.resolve("projects"));

        long start = System.nanoTime();
        maven(
                projects,
                "org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate",
                "-DarchetypeGroupId=eu.os2.platform",
                "-DarchetypeArtifactId=os2-plugin-archetype",
                "-DarchetypeVersion=" + System.getProperty("os2.platform.version"),
                "-DarchetypeCatalog=internal",
                "-DgroupId=" + GROUP_ID,
                "-DartifactId=" + PLUGIN_ID,
                "-Dversion=1.0.0",
                "-Dpackage=" + GROUP_ID + "." + PLUGIN_ID,
                "-DpluginId=" + PLUGIN_ID,
                // ASCII only: the command line's encoding is the machine's
                "-DpluginTitle=Temadage",
                "-Dorganisation=" + ORGANISATION);
        generateMinutes = minutesSince(start);
        Path project = projects.resolve(PLUGIN_ID);
        start = System.nanoTime();
        maven(project, "verify");
        buildMinutes = minutesSince(start);
        jar = project.resolve("target/" + PLUGIN_ID + "-1.0.0.jar");
        assertThat(jar).exists();
        assertThat(project.resolve("target/surefire-reports")).isDirectoryContaining("glob:**/*EntryServiceTest.txt");
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theGeneratedPluginGoesLiveInTheConsoleWithItsTableAndRestResource() throws Exception {
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest();
        }
        var headers = manifest.getMainAttributes();
        assertThat(headers.getValue("Bundle-SymbolicName")).isEqualTo(SYMBOLIC_NAME);
        assertThat(headers.getValue("OS2-Plugin")).isEqualTo(PLUGIN_ID);
        assertThat(headers.getValue("OS2-Core-API")).isEqualTo("[0.1,1)");
        assertThat(headers.getValue("Require-Capability"))
                .contains("eu.os2.platform.api;filter:=\"(&(eu.os2.platform.api=core)(version>=0.1.0)"
                        + "(!(version>=1.0.0)))\"");
        assertThat(headers.getValue("Karaf-Commands")).isEqualTo(SYMBOLIC_NAME + ".internal.shell");
        // the partner's identity, nothing of OS2's
        assertThat(headers.getValue("Bundle-Vendor")).isEqualTo(ORGANISATION);
        assertThat(headers.getValue("Bundle-License")).isNull();
        assertThat(headers.getValue("Bundle-Description")).isNull();

        Path home = RunningDistribution.copyOfDistribution(Path.of("target/archetype-platform"));
        PluginJars.allowList(home.resolve("etc/os2-plugin-allowlist.txt"), SYMBOLIC_NAME, Files.readAllBytes(jar));
        Path trust = home.resolve("etc/eu.os2.platform.plugins.cfg");
        platform = RunningDistribution.start(
                home,
                Files.exists(trust)
                        ? Map.of(trust.getFileName().toString(), Map.of("trust.mode", "enforce"))
                        : Map.of());
        HttpSession admin = new HttpSession(platform.base);
        HttpResponse<String> login = admin.loginWhenReady("demo-admin", Distribution.DEMO_PASSWORD);
        assertThat(login.statusCode()).as("login: %s", login.body()).isEqualTo(200);

        long deployed = System.nanoTime();
        Files.copy(jar, home.resolve("deploy").resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        awaitMenuEntry(admin, 60);
        assertThat(admin.awaitOk(API, 60))
                .as("GET %s: %s", API, admin.lastProblem())
                .isEqualTo(200);
        double deployToLive = (System.nanoTime() - deployed) / 1e9;

        HttpResponse<String> page = admin.get("/console/plugins/" + PLUGIN_ID + "/page.js");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("export async function render", API.substring("/api/v1".length()));

        HttpResponse<String> created = admin.send(
                "POST",
                API,
                "{\"title\":\"Netværksmøde om digital post\",\"date\":\"2026-12-03\",\"description\":\"Aarhus, lokale 2\"}",
                "X-CSRF-Token",
                admin.csrfToken());
        assertThat(created.statusCode()).as("create: %s", created.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        assertThat(id.find()).as("id in %s", created.body()).isTrue();
        assertThat(created.body()).contains("\"date\":\"2026-12-03\"");

        HttpResponse<String> list = admin.get(API);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Netværksmøde om digital post", "\"id\":" + id.group(1));
        HttpResponse<String> one = admin.get(API + "/" + id.group(1));
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("Aarhus, lokale 2");

        HttpResponse<String> refused = admin.send("POST", API, "{\"title\":\" \"}", "X-CSRF-Token", admin.csrfToken());
        assertThat(refused.statusCode()).as("invalid: %s", refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("\"title\":\"required\"", "\"date\":\"required\"");
        assertThat(admin.get(API + "/999999").statusCode()).isEqualTo(404);

        thePageListsAndAddsEntries();
        System.out.printf(
                "Archetype: generate %.2f minutes, build with tests %.2f minutes; deploy-to-live seconds: %.1f%n",
                generateMinutes, buildMinutes, deployToLive);
    }

    /** The generated page in headless Chromium: the entries, the form's field errors, a new entry; accessible. */
    private void thePageListsAndAddsEntries() throws Exception {
        WebDriver browser = BrowserTest.chromium();
        try {
            WebDriverWait wait = BrowserTest.waitFor(browser, Duration.ofSeconds(20));
            browser.get(platform.base + "/console");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
            browser.findElement(By.id("login-username")).sendKeys("demo-admin");
            browser.findElement(By.id("login-password")).sendKeys(Distribution.DEMO_PASSWORD);
            browser.findElement(By.id("login-submit")).click();
            wait.until(ExpectedConditions.elementToBeClickable(
                            By.cssSelector("#menu a[data-page='" + PLUGIN_ID + "']")))
                    .click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id(PLUGIN_ID + "-table"), "Netværksmøde om digital post"));
            BrowserTest.assertAccessible(browser, "ArchetypeIT-page");

            browser.findElement(By.id(PLUGIN_ID + "-save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-title"), "Skal udfyldes"));

            browser.findElement(By.id(PLUGIN_ID + "-title")).sendKeys("Temadag om OS2forms");
            ((JavascriptExecutor) browser)
                    .executeScript(
                            "arguments[0].value = '2026-12-10'", browser.findElement(By.id(PLUGIN_ID + "-date")));
            browser.findElement(By.id(PLUGIN_ID + "-save")).click();
            wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id(PLUGIN_ID + "-messages"), "Det er gemt"));
            assertThat(browser.findElement(By.id(PLUGIN_ID + "-table")).getText())
                    .contains("Temadag om OS2forms", "10. december 2026", "Netværksmøde om digital post");
        } finally {
            browser.quit();
        }
    }

    /**
     * The plugin guide's example, from the guide alone: its {@code archetype:generate} command, then
     * its patch, then {@code mvn verify}; the result is the example in {@code examples/partner-meetings}.
     */
    @Test
    void theGuidesExampleBuildsFromTheGuideAndIsTheExampleModule() throws Exception {
        String guide = Files.readString(Path.of("../docs/plugin-guide.md"), StandardCharsets.UTF_8);
        String generate = from(guide, "mvn archetype:generate -B", "cd partner-meetings");
        String patch = from(guide, "```diff\n", "```\n").substring("```diff\n".length());
        Path folder = Files.createDirectories(work.resolve("guide"));
        // a script, so that the Danish title reaches Maven as UTF-8 whatever this JVM's locale is
        Files.writeString(
                folder.resolve("generate.sh"),
                generate.replace(
                        "mvn archetype:generate",
                        mvn() + " -ntp -s " + settings + " -DarchetypeCatalog=internal"
                                + " org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate"),
                StandardCharsets.UTF_8);
        run(folder, "guide-generate", List.of("sh", "generate.sh"));
        Path project = folder.resolve("partner-meetings");
        Files.writeString(project.resolve("meetings.patch"), patch, StandardCharsets.UTF_8);
        // outside any git work tree (this one lies inside the platform's), so that git applies it where it is
        run(
                project,
                "guide-patch",
                List.of("env", "GIT_CEILING_DIRECTORIES=" + folder, "git", "apply", "-v", "meetings.patch"));
        maven(project, "verify");

        Path example = Path.of("../examples/partner-meetings/src");
        try (Stream<Path> files = Files.walk(example)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(project.resolve("src")
                                .resolve(example.relativize(file).toString()))
                        .as("the guide's %s", example.relativize(file))
                        .hasSameTextualContentAs(file, StandardCharsets.UTF_8);
            }
        }
    }

    /** @return the text from the first {@code start} up to the next {@code end} */
    private static String from(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("'%s' in the plugin guide", start).isNotNegative();
        return text.substring(from, text.indexOf(end, from + start.length()));
    }

    private static void awaitMenuEntry(HttpSession session, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        String last = "";
        while (System.nanoTime() < end) {
            HttpResponse<String> menu = session.get("/api/v1/console/menu");
            last = menu.statusCode() + " " + menu.body();
            if (menu.statusCode() == 200 && menu.body().contains("\"id\":\"" + PLUGIN_ID + "\"")) {
                assertThat(menu.body()).contains("\"titleDa\":\"Temadage\"");
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no menu entry " + PLUGIN_ID + " after " + seconds + " s; menu: " + last);
    }

    /** Runs this build's Maven in batch mode with the test's settings; fails unless it succeeds. */
    private void maven(Path directory, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(mvn(), "-B", "-ntp", "-s", settings.toString()));
        command.addAll(List.of(arguments));
        run(directory, "maven-" + directory.getFileName() + "-" + arguments[0].replaceAll("[^a-z]+", "-"), command);
    }

    private static String mvn() {
        return Path.of(System.getProperty("maven.home")).resolve("bin/mvn").toString();
    }

    /** Runs a command in a UTF-8 locale; fails with the end of its output unless it succeeds. */
    private void run(Path directory, String name, List<String> command) throws Exception {
        Path log = work.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " took over 10 minutes:\n" + tail(log));
        }
        assertThat(process.exitValue())
                .as("%s in %s:%n%s", String.join(" ", command), directory, tail(log))
                .isZero();
    }

    /** Settings for a partner's machine without network: the user's local repository stands in for Maven Central. */
    private static String settings(Path repository, Path userRepository) {
        return """
                <settings>
                  <localRepository>%s</localRepository>
                  <mirrors>
                    <mirror><id>user-repository</id><mirrorOf>*</mirrorOf><url>%s</url></mirror>
                  </mirrors>
                  <profiles>
                    <profile>
                      <!-- a local repository keeps no checksum files for much of what it holds -->
                      <id>no-checksums</id>
                      <repositories>
                        <repository><id>central</id><url>%2$s</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots></repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository><id>central</id><url>%2$s</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots></pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>no-checksums</activeProfile></activeProfiles>
                </settings>
                """.formatted(repository, userRepository.toUri());
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static double minutesSince(long start) {
        return (System.nanoTime() - start) / 60e9;
    }

    /**
     * Puts this build's platform artifacts into the repository as {@code mvn install} would: the
     * plugin parent, the archetype, core-api and platform-testing, and the pom those two inherit.
     */
    private static void seed(Path repository, Path artifacts, String version) throws IOException {
        for (String artifactId : SDK) {
            Path folder = Files.createDirectories(repository.resolve("eu/os2/platform/" + artifactId + "/" + version));
            for (String extension : List.of("pom", "jar")) {
                String file = artifactId + "-" + version + "." + extension;
                if (Files.exists(artifacts.resolve(file))) {
                    Files.copy(artifacts.resolve(file), folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            assertThat(folder.resolve(artifactId + "-" + version + ".pom")).exists();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
