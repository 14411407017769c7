package eu.os2.platform.itests;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A tour of the whole console as every demo role, on a desktop (1366×900) and a phone (390×844):
 * each role signs in once and visits every page its menu offers and the pages one and two clicks
 * deeper (found through the links on the pages, one page of each kind: a member, a product, an
 * assessment, an assembly, a ballot, an initiative, …). Every page state gets a screenshot under
 * {@code target/screenshots/tour/} and these checks: axe-core finds no serious or critical
 * violation; the window title names the page (not the platform's plain title, and not the title of
 * another page); no raw code, Java map or {@code type:id} reference and no "null" or "undefined" is
 * visible; the menu fits on one line on the desktop; the page does not scroll sideways and nothing is
 * cut off on the phone (except inside an element that scrolls by design); the first control in the
 * content shows a visible focus ring when reached with Tab; the content area is not framed by a
 * focus outline after a navigation; and the page loaded without an error. The secretariat, a member's
 * representative and the board then make the same tour in English on the desktop, where no Danish text may stand
 * outside an element marked {@code lang="da"} (WCAG 3.1.2). Every failure is
 * collected, and the test fails at the end listing all of them; a summary (pages, checks, failures
 * per check, axe violations per impact) is printed and saved as {@code summary.txt}.
 */
class ConsoleTourBrowserIT extends BrowserTest {

    private static final List<String> ROLES =
            List.of("demo-admin", "demo-secretariat", "demo-board", "demo-member", "demo-partner", "demo-viewer");

    private static final List<String> ENGLISH_ROLES = List.of("demo-secretariat", "demo-member", "demo-board");

    /** Desktop first: the links are collected there. */
    private static final int[][] SIZES = {{1366, 900}, {390, 844}};

    /** The menu's pages are depth 0; the tour follows links two clicks deep. */
    private static final int MAX_DEPTH = 2;

    private static final int MAX_PAGES_PER_ROLE = 45;

    private static final Pattern CODE = Pattern.compile("\\b[A-Z]+_[A-Z0-9_]+\\b");
    private static final Pattern JAVA_MAP = Pattern.compile("\\{[^}]*=[^}]*\\}");
    private static final Pattern REFERENCE =
            Pattern.compile("\\b(product|decision|initiative|organisation|member):[A-Za-z0-9-]+");
    private static final Pattern NULLISH = Pattern.compile("\\b(null|undefined|NaN)\\b");

    /** A segment of a route that is an id (a number, a token, a round such as 2025-1). */
    private static final Pattern ID_SEGMENT = Pattern.compile("\\d+|\\d{4}-\\d+|[0-9a-fA-F-]{16,}");

    private static final Path DIR = Path.of("target/screenshots/tour");

    private static final String SETTLE_SCRIPT = String.join(
            "\n",
            "if (!window.__tour) {",
            "  window.__tour = { pending: 0, last: Date.now() };",
            "  const original = window.fetch;",
            "  window.fetch = function (...args) {",
            "    window.__tour.pending++; window.__tour.last = Date.now();",
            "    return original.apply(this, args).finally(() => { window.__tour.pending--; window.__tour.last = Date.now(); });",
            "  };",
            "  new MutationObserver(() => { window.__tour.last = Date.now(); })",
            "    .observe(document.body, { subtree: true, childList: true, characterData: true });",
            "}");

    /**
     * How long a page must be still (no request on its way, no change to the page) to count as
     * settled: a page that fetches again after a fetch does so within a task, far below this.
     */
    private static final int QUIET_MILLIS = 150;

    private static final String MAIN = "(document.getElementById('main-content') || document.querySelector('main'))";

    private static final String LINKS_SCRIPT = "const main = " + MAIN + ";"
            + "return main ? [...main.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))"
            + ".filter((h) => h.startsWith('#/') || h.startsWith('/console/#/')) : [];";

    private static final String TEXT_SCRIPT = String.join(
            "\n",
            "const values = [...document.querySelectorAll('input, textarea')]",
            "  .filter((e) => e.type !== 'hidden' && e.type !== 'password').map((e) => e.value)",
            "  .filter((v) => /^(null|undefined|NaN)$/.test(v.trim()));",
            "return { body: document.body.innerText, main: (" + MAIN + " || document.body).innerText, values };");

    private static final String MAIN_FRAME_SCRIPT = String.join(
            "\n",
            "const main = " + MAIN + ";",
            "if (!main || document.activeElement !== main) return null;",
            "const s = getComputedStyle(main);",
            "const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;",
            "return outline || s.boxShadow !== 'none' ? `outline ${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}, box-shadow ${s.boxShadow}` : null;");

    private static final String FOCUS_PREPARE_SCRIPT = String.join(
            "\n",
            "window.scrollTo(0, 0);",
            "const main = " + MAIN + ";",
            "if (!main) return false;",
            "const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]),"
                    + " textarea:not([disabled]), summary, [tabindex]:not([tabindex=\"-1\"])';",
            "const visible = (e) => e.checkVisibility ? e.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) : !!e.offsetParent;",
            "const first = [...main.querySelectorAll(selector)].find(visible);",
            "if (!first) return false;",
            "if (!main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1');",
            "main.focus({ preventScroll: true });",
            "return true;");

    private static final String FOCUS_CHECK_SCRIPT = String.join(
            "\n",
            "const main = " + MAIN + ";",
            "const e = document.activeElement;",
            "const name = e ? `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} \"${(e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 40)}\"` : 'nothing';",
            "if (!e || !main.contains(e) || e === main) return 'Tab from the start of the content reached ' + name + ', not a control in it';",
            "const s = getComputedStyle(e);",
            "const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;",
            "if (outline || (s.boxShadow && s.boxShadow !== 'none')) return null;",
            "return `${name} has no visible focus (outline ${s.outlineStyle} ${s.outlineWidth}, box-shadow ${s.boxShadow})`;");

    private static final String OVERFLOW_SCRIPT = String.join(
            "\n",
            "const w = window.innerWidth;",
            "const scrollWidth = document.scrollingElement.scrollWidth;",
            "const scrollsByDesign = (e) => {",
            "  for (let p = e.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {",
            "    const x = getComputedStyle(p).overflowX;",
            "    if (x === 'auto' || x === 'scroll') return true;",
            "  }",
            "  return false;",
            "};",
            "const describe = (e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : ''}`"
                    + " + ` \"${(e.innerText || e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 30)}\"`;",
            "const offenders = [];",
            "for (const e of document.body.querySelectorAll('*')) {",
            "  const r = e.getBoundingClientRect();",
            "  if (r.width < 2 || r.height < 2 || r.right <= w + 1) continue;",
            "  if (e.checkVisibility && !e.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;",
            "  if (getComputedStyle(e).position === 'fixed' && r.left >= w) continue;",
            "  if (scrollsByDesign(e)) continue;",
            "  if (offenders.some((o) => o.contains(e))) continue;",
            "  offenders.push(e);",
            "}",
            "if (scrollWidth <= w + 1 && offenders.length === 0) return null;",
            "return `page ${scrollWidth} px wide in a ${w} px window; beyond the right edge: `"
                    + " + (offenders.slice(0, 4).map((e) => describe(e) + ' to ' + Math.round(e.getBoundingClientRect().right) + ' px').join('; ') || 'nothing visible');");

    private static final String MENU_SCRIPT = String.join(
            "\n",
            "const nav = document.getElementById('main-nav') || document.querySelector('header nav');",
            "if (!nav) return null;",
            "const links = [...nav.querySelectorAll('a')].filter((a) => a.checkVisibility ? a.checkVisibility() : !!a.offsetParent);",
            "const rows = new Set(links.map((a) => Math.round(a.getBoundingClientRect().top / 8)));",
            "return rows.size > 1 ? `${links.length} menu links on ${rows.size} lines` : null;");

    /**
     * In English: the text nodes whose nearest {@code lang} is English but which read as Danish (common Danish
     * words), with the element that holds them. WCAG 3.1.2: a part in another language is marked.
     */
    private static final String DANISH_SCRIPT = String.join(
            "\n",
            "const danish = /(^|[^\\p{L}\\p{N}])(og|ikke|eller|på|skal|kan|ved|fra|til|af|det|der|som|har|med|efter|ingen|Ingen|Søg|Gem|Rediger|Annuller|Tilbage|Indlæser|betaling|faktura|afstemning|generalforsamling|medlemmer)(?=$|[^\\p{L}\\p{N}])/u;",
            "if (!/^en/.test(document.documentElement.lang)) return ['the page says lang=\"' + document.documentElement.lang + '\"'];",
            "const found = [];",
            "const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);",
            "for (let n = walker.nextNode(); n && found.length < 30; n = walker.nextNode()) {",
            "  const e = n.parentElement;",
            "  if (!e || e.closest('script, style, [hidden], [aria-hidden=true]')) continue;",
            "  if (e.checkVisibility && !e.checkVisibility({ checkVisibilityCSS: true }) && !e.closest('.os2-offscreen, .os2-sr-only, .sr-only')) continue;",
            "  const text = n.textContent.replace(/\\s+/g, ' ').trim();",
            "  if (!text || !danish.test(text)) continue;",
            "  const holder = e.closest('[lang]');",
            "  if (holder && !/^en/.test(holder.getAttribute('lang'))) continue;",
            "  found.push(`${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} \"${text.slice(0, 60)}\"`);",
            "}",
            "return found;");

    private record Failure(String role, String route, int width, String check, String detail) {}

    /** A page a role has seen: its title and what its content says, to tell its title apart from other pages'. */
    private record Seen(String route, String title, String mainText) {}

    private final List<Failure> failures = new ArrayList<>();
    private final Map<String, Integer> checksRun = new TreeMap<>();
    private final Map<String, Integer> axeRules = new TreeMap<>();
    private final Map<String, Integer> axeNodes = new TreeMap<>();
    private final Map<String, List<String>> routesPerRole = new LinkedHashMap<>();
    private final Map<Integer, Dimension> windowSizes = new HashMap<>();
    private final Map<String, Long> secondsPerRole = new HashMap<>();
    private String plainTitle;
    private Map<String, String> demo;
    private int currentWidth;
    /** The route the page just visited repeats, if it does. */
    private String aliasOf;

    private final Map<String, Long> nanosPerPhase = new TreeMap<>();

    private void phase(String phase, long start) {
        nanosPerPhase.merge(phase, System.nanoTime() - start, Long::sum);
    }

    private int pageStates;

    /** The English pass: the console switched to English before signing in. */
    private boolean english;

    @Test
    void everyPageOfEveryRoleOnDesktopAndPhone() throws Exception {
        long start = System.nanoTime();
        HttpSession admin = new HttpSession(platform.base);
        admin.loginWhenReady("demo-admin", Distribution.DEMO_PASSWORD);
        demo = DemoIds.read(admin); // waits until the demo data is there
        deleteTour();
        Files.createDirectories(DIR);
        for (String role : ROLES) {
            long roleStart = System.nanoTime();
            tour(role, role.equals(ROLES.get(0)));
            secondsPerRole.put(
                    role.replace("demo-", ""),
                    Duration.ofNanos(System.nanoTime() - roleStart).toSeconds());
        }
        // the year's work of the secretariat, a member's representative and the board, in English on a desktop
        english = true;
        for (String role : ENGLISH_ROLES) {
            long roleStart = System.nanoTime();
            tour(role, false);
            secondsPerRole.put(
                    role.replace("demo-", "") + "-en",
                    Duration.ofNanos(System.nanoTime() - roleStart).toSeconds());
        }
        english = false;
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        String summary = summary(seconds);
        System.out.println(summary);
        Files.writeString(DIR.resolve("summary.txt"), summary);
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " failures on the console tour:\n" + failureList());
        }
    }

    private static void deleteTour() throws IOException {
        if (Files.exists(DIR)) {
            try (Stream<Path> files = Files.walk(DIR)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                    Files.delete(file);
                }
            }
        }
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    /** Signs the role in, then visits the home page, the menu's pages and the pages they link to. */
    private void tour(String role, boolean withFooterPages) throws Exception {
        String who = role.replace("demo-", "") + (english ? "-en" : "");
        signIn(role);
        @SuppressWarnings("unchecked")
        List<String> menu = (List<String>) js().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/console/menu', { headers: { Accept: 'application/json' } })"
                + ".then((r) => r.json()).then((m) => done(m.map((e) => e.id))).catch(() => done([]));");
        Deque<String[]> queue = new ArrayDeque<>(); // route, depth
        Set<String> kinds = new HashSet<>();
        queue.add(new String[] {"", "0"});
        kinds.add("");
        for (String page : menu) {
            if (kinds.add(kind(page))) {
                queue.add(new String[] {page, "0"});
            }
        }
        if (withFooterPages && kinds.add("accessibility")) {
            queue.add(new String[] {"accessibility", "0"});
        }
        if (menu.contains("voting")) {
            // the assembly with the demo's ballots (the first one listed may have none yet), and its ballot's bulletin
            // board
            queue.add(new String[] {"voting/assembly/" + demo.get("assembly"), "1"});
            queue.add(new String[] {"voting/ballot/" + demo.get("ballot"), "1"});
            kinds.add(kind("voting/ballot/1"));
        }
        Set<String> routes = new HashSet<>();
        List<Seen> seen = new ArrayList<>();
        List<String> visited = new ArrayList<>();
        routesPerRole.put(who, visited);
        while (!queue.isEmpty() && visited.size() < MAX_PAGES_PER_ROLE) {
            String[] next = queue.poll();
            String route = next[0];
            int depth = Integer.parseInt(next[1]);
            if (!routes.add(route)) {
                continue;
            }
            visited.add(route.isEmpty() ? "(home)" : route);
            List<String> links = visit(who, route, seen, visited.size() == 1);
            if (aliasOf != null) {
                visited.set(visited.size() - 1, route + " (= " + aliasOf + ")");
            }
            if (depth < MAX_DEPTH) {
                for (String link : links) {
                    String target = link.replaceFirst("^(/console/)?#/?", "");
                    String first = target.split("[/?]")[0];
                    if (first.equals("accessibility") || first.equals("invitation") || first.equals("login")) {
                        continue;
                    }
                    if (kinds.add(kind(target))) {
                        queue.add(new String[] {target, Integer.toString(depth + 1)});
                    }
                }
            }
        }
        if (!queue.isEmpty()) {
            failures.add(new Failure(
                    who,
                    "(tour)",
                    0,
                    "tour",
                    "stopped after " + MAX_PAGES_PER_ROLE + " pages; not visited: "
                            + queue.stream().map(q -> q[0]).collect(Collectors.joining(", "))));
        }
    }

    /** The kind of page a route shows: its ids replaced, its query left out. */
    static String kind(String route) {
        return Stream.of(route.split("\\?")[0].split("/"))
                .filter(s -> !s.isEmpty())
                .map(s -> ID_SEGMENT.matcher(s).matches() ? "*" : s)
                .collect(Collectors.joining("/"));
    }

    private void signIn(String role) {
        size(SIZES[0][0]);
        browser.get(platform.base + "/console/");
        browser.manage().deleteAllCookies(); // signs the role before out
        js().executeScript("localStorage.clear(); sessionStorage.clear();"
                + (english ? "localStorage.setItem('os2.lang', 'en');" : ""));
        browser.get(platform.base + "/console/#/");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        if (plainTitle == null) {
            plainTitle = (String) js().executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch('/console/').then((r) => r.text())"
                    + ".then((h) => done(new DOMParser().parseFromString(h, 'text/html').title.trim()))"
                    + ".catch(() => done(''));");
        }
        browser.findElement(By.id("login-username")).sendKeys(role);
        browser.findElement(By.id("login-password")).sendKeys(Distribution.DEMO_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("login-form")));
        js().executeScript(SETTLE_SCRIPT);
    }

    /** Sets the window so that the page's viewport is {@code width} wide (and its height as SIZES says). */
    private void size(int width) {
        int height = Stream.of(SIZES).filter(s -> s[0] == width).findFirst().orElseThrow()[1];
        currentWidth = width;
        Dimension outer = windowSizes.get(width);
        if (outer == null) {
            browser.manage().window().setSize(new Dimension(width, height));
            long innerWidth = (Long) js().executeScript("return window.innerWidth;");
            long innerHeight = (Long) js().executeScript("return window.innerHeight;");
            outer = new Dimension(width + (int) (width - innerWidth), height + (int) (height - innerHeight));
            windowSizes.put(width, outer);
        }
        browser.manage().window().setSize(outer);
    }

    /** Opens a route and checks it at both sizes. @return the console links on it */
    private List<String> visit(String who, String route, List<Seen> seen, boolean firstPage) throws Exception {
        aliasOf = null;
        int width0 = currentWidth;
        String hash = "#/" + route;
        boolean navigated = (Boolean) js().executeScript(
                        "const main = " + MAIN + ";"
                                + "const current = location.hash.replace(/^#\\/?/, '');"
                                + "if (current === arguments[0].replace(/^#\\/?/, '')) return false;"
                                + "const marker = document.createElement('span'); marker.id = 'tour-marker'; marker.hidden = true;"
                                + "main.append(marker); location.hash = arguments[0]; return true;",
                        hash);
        String name = route.isEmpty()
                ? "home"
                : route.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("-+$", "");
        long settleStart = System.nanoTime();
        boolean settled = settle(navigated);
        phase("settle", settleStart);
        if (!settled) {
            failures.add(new Failure(who, route, width0, "loads", "the page did not settle within 20 s"));
        }
        count("loads");
        String error = (String)
                js().executeScript(
                                "const main = " + MAIN + ";"
                                        + "const a = main.querySelector('.alert-error, .alert--error');"
                                        + "const h = main.querySelector('h1');"
                                        + "return a ? a.innerText.replace(/\\s+/g, ' ').trim() : (h && /^(Siden findes ikke|Siden kunne ikke indlæses|Page not found|The page could not be loaded)$/.test(h.innerText.trim()) ? h.innerText : null);");
        if (error != null) {
            failures.add(new Failure(who, route, width0, "loads", "shows an error: " + error));
        }

        // after a navigation the content may take the focus, but must not be framed by it
        count("main-frame");
        String frame = (String) js().executeScript(MAIN_FRAME_SCRIPT);
        if (frame != null) {
            failures.add(new Failure(who, route, width0, "main-frame", "the focused content area shows " + frame));
        }

        String title = browser.getTitle().trim();
        count("title");
        if (title.isEmpty() || title.equals(plainTitle)) {
            failures.add(new Failure(who, route, width0, "title", "the window title is the plain \"" + title + "\""));
        }
        @SuppressWarnings("unchecked")
        String mainText = (String) ((Map<String, Object>) js().executeScript(TEXT_SCRIPT)).get("main");
        for (Seen other : seen) {
            if (other.title().equals(title) && other.mainText().equals(mainText) && !mainText.isBlank()) {
                // the same page under another route (#/payments shows the tariffs as #/payments/tariffs does)
                aliasOf = other.route().isEmpty() ? "(home)" : other.route();
                @SuppressWarnings("unchecked")
                List<String> links = (List<String>) js().executeScript(LINKS_SCRIPT);
                return links;
            }
        }
        count("title-unique");
        for (Seen other : seen) {
            if (other.title().equals(title) && !other.mainText().equals(mainText)) {
                failures.add(new Failure(
                        who,
                        route,
                        width0,
                        "title-unique",
                        "\"" + title + "\" is also the title of "
                                + (other.route().isEmpty() ? "the home page" : other.route())));
                break;
            }
        }
        seen.add(new Seen(route, title, mainText));
        if (firstPage) {
            count("menu-one-line");
            String menu = (String) js().executeScript(MENU_SCRIPT);
            if (menu != null) {
                failures.add(new Failure(who, "(menu)", width0, "menu-one-line", menu));
            }
        }

        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) js().executeScript(LINKS_SCRIPT);
        // the width the window has first, then the other one: one resize per page
        pageStates++;
        checkState(who, route, width0, name);
        for (int[] size : SIZES) {
            if (size[0] != width0 && !english) {
                long resizeStart = System.nanoTime();
                size(size[0]);
                Thread.sleep(120);
                phase("resize", resizeStart);
                pageStates++;
                checkState(who, route, size[0], name);
            }
        }
        return new ArrayList<>(new LinkedHashSet<>(links));
    }

    /** Waits until the new page replaced the old one, no request is on its way and the page has been still for a while. */
    private boolean settle(boolean navigated) {
        js().executeScript(SETTLE_SCRIPT);
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(40))
                    .until(d -> (Boolean) js().executeScript("const main = " + MAIN + ";"
                            + "return !document.getElementById('tour-marker') && !document.getElementById('loading')"
                            + " && main && main.children.length > 0"
                            + " && window.__tour.pending === 0 && Date.now() - window.__tour.last > " + QUIET_MILLIS
                            + ";"));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private void count(String check) {
        checksRun.merge(check, 1, Integer::sum);
    }

    private void checkState(String who, String route, int width, String name) throws IOException {
        long shotStart = System.nanoTime();
        js().executeScript("window.scrollTo(0, 0);");
        Files.write(
                DIR.resolve(who + "-" + name + "-" + width + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        phase("screenshot", shotStart);

        @SuppressWarnings("unchecked")
        Map<String, Object> text = (Map<String, Object>) js().executeScript(TEXT_SCRIPT);
        String body = (String) text.get("body");
        textCheck(who, route, width, "code-pattern", CODE, body);
        textCheck(who, route, width, "map-pattern", JAVA_MAP, body);
        textCheck(who, route, width, "ref-pattern", REFERENCE, body);
        textCheck(who, route, width, "null-text", NULLISH, body);
        @SuppressWarnings("unchecked")
        List<String> values = (List<String>) text.get("values");
        if (!values.isEmpty()) {
            failures.add(new Failure(who, route, width, "null-text", "a field holds " + values));
        }

        if (english) {
            count("lang-parts");
            @SuppressWarnings("unchecked")
            List<String> danish = (List<String>) js().executeScript(DANISH_SCRIPT);
            if (!danish.isEmpty()) {
                failures.add(new Failure(
                        who,
                        route,
                        width,
                        "lang-parts",
                        "Danish text not marked lang=\"da\" on the English page: " + String.join("; ", danish)));
            }
        }

        count("axe");
        long axeStart = System.nanoTime();
        try {
            Results results = axe(browser);
            for (Rule violation : results.getViolations()) {
                String impact = violation.getImpact() == null ? "unknown" : violation.getImpact();
                axeRules.merge(impact, 1, Integer::sum);
                axeNodes.merge(impact, violation.getNodes().size(), Integer::sum);
                if ("serious".equals(impact) || "critical".equals(impact)) {
                    failures.add(new Failure(
                            who,
                            route,
                            width,
                            "axe",
                            impact + " " + violation.getId() + " "
                                    + violation.getNodes().size() + "x: "
                                    + violation.getHelp() + " ("
                                    + violation.getNodes().stream()
                                            .limit(2)
                                            .map(n -> String.valueOf(n.getTarget()))
                                            .collect(Collectors.joining(", "))
                                    + ")"));
                }
            }
        } catch (RuntimeException e) {
            failures.add(new Failure(who, route, width, "axe", "axe-core did not run: " + e.getMessage()));
        }

        phase("axe", axeStart);
        if (width < 600) {
            count("h-scroll");
            String overflow = (String) js().executeScript(OVERFLOW_SCRIPT);
            if (overflow != null) {
                failures.add(new Failure(who, route, width, "h-scroll", overflow));
            }
        }

        count("focus-visible");
        if ((Boolean) js().executeScript(FOCUS_PREPARE_SCRIPT)) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            String focus = (String) js().executeScript(FOCUS_CHECK_SCRIPT);
            if (focus != null) {
                failures.add(new Failure(who, route, width, "focus-visible", focus));
            }
            js().executeScript("if (document.activeElement) document.activeElement.blur(); window.scrollTo(0, 0);");
        }
    }

    private void textCheck(String who, String route, int width, String check, Pattern pattern, String text) {
        count(check);
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().replaceAll("\\s+", " "));
        }
        if (!found.isEmpty()) {
            failures.add(new Failure(
                    who,
                    route,
                    width,
                    check,
                    found.size() + " visible: "
                            + found.stream()
                                    .limit(6)
                                    .map(f -> f.length() > 80 ? f.substring(0, 80) + "…" : f)
                                    .collect(Collectors.joining(" | "))));
        }
    }

    private String summary(long seconds) {
        StringBuilder s = new StringBuilder("\n=== Console tour ===\n");
        int pages = routesPerRole.values().stream().mapToInt(List::size).sum();
        s.append(String.format(
                Locale.ROOT,
                "pages visited: %d (role × route), page states checked: %d (× %d widths), run time: %d s%n",
                pages,
                pageStates,
                SIZES.length,
                seconds));
        for (Map.Entry<String, List<String>> role : routesPerRole.entrySet()) {
            s.append(String.format(
                    Locale.ROOT,
                    "  %-12s %2d pages %4d s: %s%n",
                    role.getKey(),
                    role.getValue().size(),
                    secondsPerRole.getOrDefault(role.getKey(), 0L),
                    String.join(", ", role.getValue())));
        }
        Map<String, Long> perCheck =
                failures.stream().collect(Collectors.groupingBy(Failure::check, TreeMap::new, Collectors.counting()));
        s.append(String.format(Locale.ROOT, "%-16s %8s %8s%n", "check", "run", "failed"));
        Set<String> checks = new java.util.TreeSet<>(checksRun.keySet());
        checks.addAll(perCheck.keySet());
        for (String check : checks) {
            s.append(String.format(
                    Locale.ROOT,
                    "%-16s %8d %8d%n",
                    check,
                    checksRun.getOrDefault(check, 0),
                    perCheck.getOrDefault(check, 0L)));
        }
        s.append(String.format(
                Locale.ROOT,
                "%-16s %8d %8d%n",
                "total",
                checksRun.values().stream().mapToInt(Integer::intValue).sum(),
                failures.size()));
        s.append("time per phase: ");
        nanosPerPhase.forEach((phase, nanos) -> s.append(phase)
                .append(' ')
                .append(Duration.ofNanos(nanos).toSeconds())
                .append(" s  "));
        s.append('\n');
        s.append("axe violations per impact (rules violated summed over page states / elements):\n");
        for (String impact : List.of("critical", "serious", "moderate", "minor")) {
            s.append(String.format(
                    Locale.ROOT,
                    "  %-10s %5d rules %6d elements%n",
                    impact,
                    axeRules.getOrDefault(impact, 0),
                    axeNodes.getOrDefault(impact, 0)));
        }
        Map<String, Long> perPage = failures.stream()
                .collect(Collectors.groupingBy(
                        f -> f.role() + " " + page(f.route()), TreeMap::new, Collectors.counting()));
        s.append("failures per page: ").append(perPage.isEmpty() ? "none" : "").append('\n');
        perPage.forEach((page, n) -> s.append(String.format(Locale.ROOT, "  %-50s %4d%n", page, n)));
        s.append("screenshots: ").append(DIR.toAbsolutePath()).append('\n');
        s.append("\n=== Failures ===\n").append(failureList());
        return s.toString();
    }

    private static String page(String route) {
        return route.isEmpty() ? "(home)" : route;
    }

    private String failureList() {
        Map<String, List<Failure>> grouped = failures.stream()
                .collect(Collectors.groupingBy(
                        f -> f.role() + " " + page(f.route()), TreeMap::new, Collectors.toList()));
        StringBuilder s = new StringBuilder();
        grouped.forEach((page, list) -> {
            s.append(page).append('\n');
            for (Failure f : list) {
                s.append("    ")
                        .append(f.width() == 0 ? "" : f.width() + " ")
                        .append(f.check())
                        .append(": ")
                        .append(f.detail())
                        .append('\n');
            }
        });
        return s.toString();
    }
}
