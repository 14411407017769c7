package eu.os2.platform.itests;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP client against the platform: keeps the session cookie and the CSRF token. */
final class HttpSession {

    private final String base;
    private final HttpClient client;
    private String csrfToken;
    private String lastProblem = "none";

    HttpSession(String base) {
        this.base = base;
        // HTTP/1.1 as a browser speaks it to a plain-http server: the client's default, HTTP/2, would
        // ask every new connection to upgrade, which the platform's Jetty does not offer
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(20))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path, String json, String... headers)
            throws IOException, InterruptedException {
        return sendBody(method, path, "application/json", json, headers);
    }

    /** Sends a body of any content type, e.g. {@code text/csv}. */
    HttpResponse<String> sendBody(String method, String path, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = send(
                "POST", "/api/v1/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        Matcher token = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(response.body());
        csrfToken = token.find() ? token.group(1) : null;
        return response;
    }

    /**
     * Logs in as {@link #login(String, String)} does, and tries again for up to 30 s while the REST
     * application answers 404 "No service was found": after health turns UP, or after a restart, the
     * JAX-RS whiteboard may still be rebuilding it for a moment.
     */
    HttpResponse<String> loginWhenReady(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = login(username, password);
        for (int i = 0;
                i < 60 && response.statusCode() == 404 && response.body().contains("No service was found");
                i++) {
            Thread.sleep(500);
            response = login(username, password);
        }
        return response;
    }

    /**
     * Logs in as {@link #login(String, String)} does, with extra request headers (name, value,
     * ...), e.g. the {@code X-Forwarded-For} a reverse proxy in front of the platform adds.
     */
    HttpResponse<String> login(String username, String password, String... headers)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(
                "POST",
                "/api/v1/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}",
                headers);
        Matcher token = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(response.body());
        csrfToken = token.find() ? token.group(1) : null;
        return response;
    }

    /** A GET with extra request headers (name, value, ...), e.g. a {@code Cookie} of another client. */
    HttpResponse<String> getWith(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** @return the client with this session's cookie, for requests the methods here do not make */
    HttpClient client() {
        return client;
    }

    String csrfToken() {
        return csrfToken;
    }

    /**
     * Polls until the path answers 200, at most {@code seconds}; returns the last response code, -1
     * when the last attempt got no answer ({@link #lastProblem()} says why).
     */
    int awaitOk(String path, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int status = -1;
        while (System.nanoTime() < end) {
            try {
                HttpResponse<String> response = get(path);
                status = response.statusCode();
                if (status == 200) {
                    return status;
                }
                String body = response.body();
                lastProblem = "HTTP " + status + " " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
            } catch (IOException e) {
                status = -1;
                lastProblem = e.toString();
            }
            Thread.sleep(200);
        }
        return status;
    }

    /** @return what the last unsuccessful attempt of {@link #awaitOk} got: a status or an exception */
    String lastProblem() {
        return lastProblem;
    }
}
