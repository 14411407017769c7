package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The platform as an admin installs it for production: demo mode off, the first administrator from
 * {@code etc/eu.os2.platform.core.cfg}. Every platform bundle must be UP (a plugin's idle demo
 * component must not keep its bundle from working), and no demo user exists.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionModeIT {

    private static final String ADMIN = "it-admin@example.dk";
    private static final String PASSWORD = "a production password 2026";

    private RunningDistribution platform;

    @BeforeAll
    void start() throws Exception {
        // start() waits for health 200: every platform bundle UP, with demo mode off
        platform = RunningDistribution.start(
                RunningDistribution.copyOfDistribution(Path.of("target/production-mode")),
                Map.of(
                        "eu.os2.platform.demo.cfg",
                        Map.of("enabled", "false"),
                        "eu.os2.platform.core.cfg",
                        Map.of("admin.username", ADMIN, "admin.initialPassword", PASSWORD)));
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void everyPlatformBundleIsUpAndOnlyTheFirstAdministratorSignsIn() throws Exception {
        HttpResponse<String> health = new HttpSession(platform.base).get("/api/v1/health");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).startsWith("{\"status\":\"UP\"").doesNotContain("\"status\":\"DOWN\"");
        assertThat(new HttpSession(platform.base)
                        .login("demo-admin", Distribution.DEMO_PASSWORD)
                        .statusCode())
                .isEqualTo(401);
        HttpSession admin = new HttpSession(platform.base);
        assertThat(admin.loginWhenReady(ADMIN, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(admin.get("/api/v1/voting/assemblies").body()).isEqualTo("[]");
    }
}
