package eu.os2.platform.onboarding.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import eu.os2.platform.api.validation.ValidationException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublicCodeFetcherTest {

    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/publiccode.yml",
                exchange -> answer(exchange, 200, Samples.PUBLICCODE.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/huge.yml", exchange -> answer(exchange, 200, new byte[PublicCode.MAX_CHARS + 10]));
        server.createContext("/slow.yml", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 30; i++) { // a byte a second: the whole answer would take 30 s
                    out.write('#');
                    out.flush();
                    Thread.sleep(1000);
                }
            } catch (InterruptedException | IOException e) {
                // the client gave up
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            answer(exchange, 302, new byte[0]);
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, byte[] body)
            throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theFileIsFetchedAndReadsAsAPubliccodeYml() {
        String text = new PublicCodeFetcher(true, Duration.ofSeconds(5)).fetch(base + "/publiccode.yml");
        assertThat(PublicCode.parse(text).name())
                .isEqualTo(PublicCode.parse(Samples.PUBLICCODE).name());
    }

    @Test
    void tooLargeMissingAndRedirectedFilesAreRefused() {
        PublicCodeFetcher fetcher = new PublicCodeFetcher(true, Duration.ofSeconds(5));
        assertRefused(() -> fetcher.fetch(base + "/huge.yml"), "too-large");
        assertRefused(() -> fetcher.fetch(base + "/nothing-here.yml"), "fetch-failed");
        assertRefused(() -> fetcher.fetch(base + "/moved"), "fetch-failed"); // no redirect is followed
    }

    @Test
    void aServerThatSendsSlowlyIsGivenUpOnAtTheDeadline() {
        long start = System.nanoTime();
        assertRefused(
                () -> new PublicCodeFetcher(true, Duration.ofSeconds(1)).fetch(base + "/slow.yml"), "fetch-failed");
        // the whole answer would take 30 s; the fetch ends at its 1 s deadline, not at the end of the answer
        assertThat((System.nanoTime() - start) / 1_000_000_000.0).isLessThan(10.0);
    }

    @Test
    void onlyHttpsToPublicHostsIsFetched() {
        PublicCodeFetcher fetcher = new PublicCodeFetcher();
        assertRefused(() -> fetcher.fetch(base + "/publiccode.yml"), "invalid-url"); // plain http
        assertRefused(() -> fetcher.fetch("file:///etc/passwd"), "invalid-url");
        assertRefused(() -> fetcher.fetch("https://user:secret@example.org/publiccode.yml"), "invalid-url");
        assertRefused(() -> fetcher.fetch("not an address"), "invalid-url");
        assertRefused(() -> fetcher.fetch(null), "invalid-url");
        for (String internal : new String[] {
            "https://127.0.0.1/x.yml",
            "https://localhost/x.yml",
            "https://10.0.0.8/x.yml",
            "https://192.168.1.20/x.yml",
            "https://172.16.5.5/x.yml",
            "https://169.254.169.254/latest/meta-data/",
            "https://[::1]/x.yml",
            "https://[fd00::1]/x.yml",
            "https://100.64.0.1/x.yml",
            "https://0.0.0.0/x.yml"
        }) {
            assertRefused(() -> fetcher.fetch(internal), "private-address");
        }
    }

    private static void assertRefused(Runnable fetch, String code) {
        assertThatThrownBy(fetch::run)
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("url", code));
    }
}
