package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The platform as an admin installs it for production: demo mode off, the first administrator from
 * {@code etc/eu.os2.platform.core.cfg}. Every platform bundle must be UP (a plugin's idle demo
 * component must not keep its bundle from working), and no demo user exists.
 *
 * <p>Then the administrator backs the platform up ({@code POST /api/v1/admin/backup}), the machine
 * is set up again from nothing but that file (a fresh {@code data/} holding only the unpacked
 * backup), and the platform started on it holds the same audit chain, to its newest entry, and the
 * same rows in every table ({@code GET /api/v1/admin/consistency}) — apart from the session the
 * check's own login adds. Only administrators may do either.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionModeIT {

    private static final ObjectMapper JSON = new ObjectMapper();

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
    @Order(1)
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

    @Test
    @Order(3)
    void aBackupRestoredOnAFreshDataFolderHoldsTheSameAuditChainAndRows() throws Exception {
        HttpSession admin = new HttpSession(platform.base);
        assertThat(admin.loginWhenReady(ADMIN, PASSWORD).statusCode()).isEqualTo(200);
        // something the administrator did, which the restored platform must still hold
        HttpResponse<String> created = admin.send(
                "POST",
                "/api/v1/members",
                "{\"cvr\":\"29188386\",\"name\":\"Backup Kommune\",\"kind\":\"MUNICIPALITY\","
                        + "\"municipalityCode\":101,\"joined\":\"2020-01-01\",\"status\":\"ACTIVE\"}",
                "X-CSRF-Token",
                admin.csrfToken());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> made = admin.send("POST", "/api/v1/admin/backup", "", "X-CSRF-Token", admin.csrfToken());
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        JsonNode backup = JSON.readTree(made.body());
        Path file = Path.of(backup.path("path").asText());
        assertThat(file)
                .exists()
                .hasParent(platform.home().resolve("data/backups").toAbsolutePath());
        assertThat(backup.path("bytes").asLong()).isEqualTo(Files.size(file));
        JsonNode held = backup.path("consistency");
        assertThat(held.path("auditIntact").asBoolean()).isTrue();
        assertThat(held.path("auditEntries").asLong()).isPositive();
        assertThat(held.path("rows").path("core_user").asLong()).isPositive();
        assertThat(held.path("rows").path("core_organisation").asLong()).isEqualTo(1);

        // the machine is lost: all that is left is the backup, copied elsewhere
        Path kept = Files.copy(
                file,
                Path.of("target/production-mode-backup.zip").toAbsolutePath(),
                StandardCopyOption.REPLACE_EXISTING);
        platform.close();
        deleteRecursively(platform.home().resolve("data"));
        unzip(kept, platform.home().resolve("data/os2"));
        platform.startAgain();

        HttpSession restored = new HttpSession(platform.base);
        assertThat(restored.loginWhenReady(ADMIN, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(restored.get("/api/v1/members?q=Backup").body()).contains("Backup Kommune");
        HttpResponse<String> checked = restored.get("/api/v1/admin/consistency");
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        JsonNode now = JSON.readTree(checked.body());
        assertThat(now.path("auditIntact").asBoolean()).isTrue();
        assertThat(now.path("auditHead").asText())
                .isEqualTo(held.path("auditHead").asText());
        // the backup's own audit entry was written after the copy, so the copy does not hold it
        assertThat(now.path("auditEntries").asLong())
                .isEqualTo(held.path("auditEntries").asLong());
        ObjectNode rowsNow = (ObjectNode) now.path("rows").deepCopy();
        ObjectNode rowsHeld = (ObjectNode) held.path("rows").deepCopy();
        // the restored platform's login made one more session than the backup held
        assertThat(rowsNow.remove("core_session").asLong())
                .isEqualTo(rowsHeld.remove("core_session").asLong() + 1);
        assertThat(rowsNow).isEqualTo(rowsHeld);
    }

    @Test
    @Order(2)
    void noBackupWithoutSigningInAsAnAdministrator() throws Exception {
        // which roles are refused (403 to all but administrators) is AccessMatrixIT's table
        HttpSession anonymous = new HttpSession(platform.base);
        HttpResponse<String> refused = anonymous.send("POST", "/api/v1/admin/backup", "");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(anonymous.get("/api/v1/admin/consistency").statusCode()).isEqualTo(401);
        assertThat(platform.home().resolve("data/backups")).doesNotExist();
    }

    private static void unzip(Path zip, Path folder) throws IOException {
        folder = Files.createDirectories(folder.toAbsolutePath().normalize());
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path to = folder.resolve(entry.getName()).normalize();
                if (!to.startsWith(folder)) {
                    throw new IOException("a backup entry outside its folder: " + entry.getName());
                }
                Files.copy((InputStream) in, to);
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
