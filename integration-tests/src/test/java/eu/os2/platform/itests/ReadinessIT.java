package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A load balancer's view of a boot: the distribution is launched on a fresh {@code data/} and, from the
 * first moment its port answers, health and one public endpoint of each platform part are asked in turn,
 * every 20 ms. Whenever health says UP (or DEGRADED), every one of those endpoints must answer at once —
 * never 404 (its resource not registered yet), never a refused connection, never a 5xx. The test ends
 * once health has said UP 20 times in a row, and prints how long the boot took to its first UP.
 */
class ReadinessIT {

    /**
     * An endpoint of each platform part, asked without signing in: a public one answers 200, one for
     * signed-in users 401 — either way its resource is there; 404 would say it is not registered yet.
     */
    private static final List<String> ENDPOINTS = List.of(
            "/api/v1/auth/options",
            "/api/v1/members",
            "/api/v1/initiatives/statuses",
            "/api/v1/initiatives/public/strategy",
            "/api/v1/payments/tariffs",
            "/api/v1/voting/statutes",
            "/api/v1/onboarding/products",
            "/api/v1/partner-plugins",
            "/console/");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    @Test
    void healthSaysUpOnlyWhenEveryPlatformEndpointAnswers() throws Exception {
        Path home = RunningDistribution.copyOfDistribution(Path.of("target/readiness"));
        long start = System.nanoTime();
        List<String> wrong = new ArrayList<>();
        int samples = 0;
        int upInARow = 0;
        double firstAnswer = -1;
        double firstUp = -1;
        try (RunningDistribution node = RunningDistribution.launched(home, Map.of())) {
            while (upInARow < 20 && seconds(start) < 180) {
                int health = status(node.base + "/api/v1/health");
                samples++;
                if (health > 0 && firstAnswer < 0) {
                    firstAnswer = seconds(start);
                }
                if (health == 200) {
                    if (firstUp < 0) {
                        firstUp = seconds(start);
                    }
                    upInARow++;
                    for (String path : ENDPOINTS) {
                        int answer = status(node.base + path);
                        if (answer == 404 || answer <= 0 || answer >= 500) {
                            wrong.add(String.format(
                                    Locale.ROOT, "%.2f s: health UP, %s answered %d", seconds(start), path, answer));
                        }
                    }
                } else {
                    upInARow = 0;
                }
                Thread.sleep(20);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%nReadiness: first answer %.2f s after launch, first UP %.2f s, %d health samples, %d wrong%n",
                firstAnswer,
                firstUp,
                samples,
                wrong.size());
        assertThat(upInARow).as("health said UP 20 times in a row within 180 s").isEqualTo(20);
        assertThat(wrong).as("endpoints that failed while health said UP").isEmpty();
    }

    /** @return the answer's status, or -1 when the port does not answer yet */
    private int status(String url) throws InterruptedException {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(5))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
