package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every write endpoint of every platform bundle, as the platform's own OpenAPI description lists
 * them, receives at least 30 hostile bodies (see {@link HostileBodies}) as the administrator, with
 * real ids of the demo data in the path and the current ETag in {@code If-Match}, so that the body
 * gets as far as the checks behind the access rules. No answer may be a 5xx, and every 4xx must be
 * a problem+json whose type, title and status are there and whose text names no Java type. The
 * figures are printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

    private static final String API = "/api/v1";
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    /** A qualified Java name or a stack trace's words. */
    private static final Pattern JAVA = Pattern.compile(
            "\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*|\\bat [a-z]+\\.[a-z]+\\.|Exception\\b|DeserializationFeature");

    private static final Pattern ID_SEGMENT = Pattern.compile("\\{([^}/]+)}");

    private RunningDistribution platform;
    private HttpSession admin;
    private Map<String, String> ids;
    private JsonNode api;

    @BeforeAll
    void start() throws Exception {
        // the many failed logins of the login endpoint's hostile bodies must not lock the test's own address out
        platform = RunningDistribution.start(
                RunningDistribution.copyOfDistribution(java.nio.file.Path.of("target/hostile-input")),
                Map.of(
                        "eu.os2.platform.web.cfg",
                        Map.of("login.freeFailures", "100000", "login.addressFailuresPerHour", "100000")));
        admin = new HttpSession(platform.base);
        login();
        ids = DemoIds.read(admin);
        api = HostileBodies.JSON.readTree(admin.get(API + "/openapi.json").body());
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    private void login() throws Exception {
        HttpResponse<String> login = admin.loginWhenReady("demo-admin", Distribution.DEMO_PASSWORD);
        assertThat(login.statusCode()).as("login: %s", login.body()).isEqualTo(200);
    }

    @Test
    void noHostileBodyBreaksARequest() throws Exception {
        HostileBodies hostile = new HostileBodies(api, ids);
        List<String> failures = new ArrayList<>();
        Map<String, int[]> perEndpoint = new TreeMap<>();
        Map<String, Map<Integer, Integer>> perStatus = new TreeMap<>();
        Map<String, Long> nanosPerBody = new TreeMap<>();
        int sent = 0;
        int serverErrors = 0;
        long startedAt = System.nanoTime();
        Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                if (!WRITES.contains(operation.getKey()) || path.getKey().equals("/auth/logout")) {
                    continue;
                }
                String endpoint = method + " " + API + path.getKey();
                JsonNode content = operation.getValue().path("requestBody").path("content");
                String type =
                        content.fieldNames().hasNext() ? content.fieldNames().next() : "application/json";
                List<HostileBodies.Body> bodies = new ArrayList<>();
                if (type.contains("json")) {
                    bodies.addAll(hostile.json(content.path(type).path("schema")));
                }
                if (!type.contains("json") || content.isMissingNode() || content.isEmpty()) {
                    // a text endpoint, or one that reads no body: it gets both kinds
                    bodies.addAll(HostileBodies.text());
                    if (!type.contains("json")) {
                        bodies.addAll(hostile.json(null));
                    }
                }
                int[] counts = perEndpoint.computeIfAbsent(endpoint, e -> new int[4]);
                Map<Integer, Integer> statuses = perStatus.computeIfAbsent(endpoint, e -> new TreeMap<>());
                for (String concrete : concretePaths(path.getKey())) {
                    for (HostileBodies.Body body : bodies) {
                        long bodyStart = System.nanoTime();
                        HttpResponse<String> response = send(method, concrete, type, body.text(), false);
                        nanosPerBody.merge(
                                body.name().replaceAll("=.*", "=…"), System.nanoTime() - bodyStart, Long::sum);
                        sent++;
                        serverErrors += check(endpoint, body.name(), response, failures, counts);
                        statuses.merge(response.statusCode(), 1, Integer::sum);
                    }
                    long hugeStart = System.nanoTime();
                    HttpResponse<String> huge =
                            send(method, concrete, type, "{\"a\":\"" + "x".repeat(HostileBodies.HUGE) + "\"}", true);
                    nanosPerBody.merge("10-MB", System.nanoTime() - hugeStart, Long::sum);
                    sent++;
                    serverErrors += check(endpoint, "10-MB", huge, failures, counts);
                    if (huge.statusCode() != 413) {
                        failures.add(endpoint + " [10-MB] → " + huge.statusCode() + " instead of 413");
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        System.out.printf(
                "Hostile input: %d requests to %d write endpoints in %.0f s, %d answered 5xx, %d failures%n",
                sent, perEndpoint.size(), seconds, serverErrors, failures.size());
        nanosPerBody.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(12)
                .forEach(e -> System.out.printf("  %-40s %6.1f s in all%n", e.getKey(), e.getValue() / 1e9));
        perEndpoint.forEach((endpoint, c) -> System.out.printf(
                "  %-70s %4d requests: %3d 2xx, %4d 4xx, %d 5xx %s%n",
                endpoint, c[0], c[1], c[2], c[3], perStatus.get(endpoint)));
        assertThat(perEndpoint)
                .as("write endpoints found in the OpenAPI description")
                .hasSizeGreaterThan(40);
        assertThat(perEndpoint.values()).allSatisfy(c -> assertThat(c[0]).isGreaterThanOrEqualTo(30));
        assertThat(failures).as("answers that broke the rules").isEmpty();
    }

    /** @return 1 when the answer was a server error; records what broke the rules */
    private static int check(
            String endpoint, String body, HttpResponse<String> response, List<String> failures, int[] counts) {
        int status = response.statusCode();
        counts[0]++;
        String text = response.body();
        String shown = text.length() > 300 ? text.substring(0, 300) + "…" : text;
        if (status >= 500) {
            counts[3]++;
            failures.add(endpoint + " [" + body + "] → " + status + " " + shown);
            return 1;
        }
        if (status < 400) {
            counts[1]++;
            return 0;
        }
        counts[2]++;
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (!contentType.startsWith("application/problem+json")) {
            failures.add(endpoint + " [" + body + "] → " + status + " as " + contentType + ": " + shown);
            return 0;
        }
        try {
            JsonNode problem = HostileBodies.JSON.readTree(text);
            if (!problem.path("type").isTextual()
                    || !problem.path("title").isTextual()
                    || problem.path("status").asInt() != status) {
                failures.add(endpoint + " [" + body + "] → " + status + " incomplete problem: " + shown);
            }
        } catch (IOException e) {
            failures.add(endpoint + " [" + body + "] → " + status + " not JSON: " + shown);
        }
        Matcher java = JAVA.matcher(text);
        if (java.find()) {
            failures.add(endpoint + " [" + body + "] → " + status + " names '" + java.group() + "': " + shown);
        }
        return 0;
    }

    /** @return the path with the demo data's ids in (an action path once per action) */
    private List<String> concretePaths(String template) {
        String[] segments = template.split("/");
        List<String> paths = new ArrayList<>();
        paths.add("");
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            Matcher variable = ID_SEGMENT.matcher(segment);
            List<String> values = variable.matches() ? values(segments[i - 1], variable.group(1)) : List.of(segment);
            List<String> longer = new ArrayList<>();
            for (String prefix : paths) {
                for (String value : values) {
                    longer.add(prefix + "/" + value);
                }
            }
            paths = longer;
        }
        return paths.stream().map(p -> API + p).toList();
    }

    private List<String> values(String collection, String variable) {
        String name = variable.replaceAll(":.*", "").trim();
        if (name.equals("year")) {
            return List.of("2031");
        }
        if (name.equals("round")) {
            return List.of(ids.get("round"));
        }
        if (name.equals("action")) {
            return List.of("submit", "evaluate", "review", "decide");
        }
        String key = switch (collection) {
            case "users" -> "user";
            case "members", "organisations" -> "ballerup";
            case "periods" -> "period";
            case "initiatives" -> "initiative";
            case "tariffs" -> "tariff";
            case "subscriptions" -> "subscription";
            case "invoices" -> "ballerupInvoice";
            case "runs" -> "run";
            case "assemblies" -> "assembly";
            case "ballots" -> "ballot";
            case "products" -> "product";
            case "assessments" -> "assessment";
            default -> null;
        };
        return List.of(key == null ? "999999" : ids.getOrDefault(key, "999999"));
    }

    private HttpResponse<String> send(String method, String path, String type, String body, boolean expectContinue)
            throws Exception {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = attempt(method, path, type, body, expectContinue);
            if (response.statusCode() == 401 && attempt == 0 && signedOut()) {
                login(); // a hostile body to an account endpoint ended the session: sign in again
                continue;
            }
            return response;
        }
    }

    /** @return whether the session is gone (a 401 from the sign-in endpoint itself refuses only the body) */
    private boolean signedOut() throws Exception {
        return admin.get(API + "/auth/me").statusCode() == 401;
    }

    private HttpResponse<String> attempt(String method, String path, String type, String body, boolean expectContinue)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.base + path))
                .timeout(Duration.ofSeconds(60))
                .expectContinue(expectContinue)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", type)
                .header("X-CSRF-Token", String.valueOf(admin.csrfToken()));
        if (method.equals("PUT")) {
            // the current version, so that the change reaches the checks of its content
            admin.get(path).headers().firstValue("ETag").ifPresent(tag -> request.header("If-Match", tag));
        }
        return admin.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
