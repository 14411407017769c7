package eu.os2.platform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import eu.os2.platform.api.plugin.PluginGate;
import eu.os2.platform.api.plugin.PluginNotice;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.itests.lifecycle.MigratingComponent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Dictionary;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceReference;

/**
 * Partner plugins through their life in one booted platform: a plugin in {@code deploy/} updated
 * with a new Liquibase changeset (applied at once, no restart), then with a broken one (rolled back
 * to the last good jar, the Liquibase message in the Plugins REST and health); a plugin built for
 * another core-api refused before it resolves; and, with {@code trust.mode} switched to enforce at
 * runtime, an unsigned plugin refused and an allow-listed one started.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginLifecycleIT {

    private static final String BASE = Distribution.base();
    private static final String LIFECYCLE = "eu.example.partner.lifecycle";
    private static final int SETTLE_SECONDS = 2;

    @Inject
    BundleContext context;

    @Inject
    PluginGate gate;

    @Configuration
    public Option[] configuration() {
        return Distribution.withDemoData(
                "plugin-lifecycle",
                editConfigurationFilePut(
                        "etc/eu.os2.platform.plugins.cfg", "rollback.settleSeconds", Integer.toString(SETTLE_SECONDS)));
    }

    @Before
    public void platformIsUp() throws Exception {
        Distribution.awaitHealthy(120);
    }

    @Test
    public void anUpdateMigratesAtOnceAndABrokenUpdateIsRolledBackWithTheLiquibaseMessage() throws Exception {
        Path deploy = Path.of(System.getProperty("karaf.base"), "deploy");
        Path deployed = deploy.resolve("lifecycle-plugin.jar");
        Path kept = Path.of(System.getProperty("karaf.data"), "os2-plugins", LIFECYCLE);
        try {
            // v1: the table
            place(deployed, lifecyclePlugin("1.0.1", CHANGESET_TABLE));
            Bundle bundle = await("v1 active", () -> active(LIFECYCLE, "1.0.1"), 60);
            await("table of v1", () -> columnExists("LIFECYCLE_MEETING", "TITLE") ? "yes" : null, 30);
            await("v1 kept", () -> "1.0.1".equals(keptVersion(kept)) ? "kept" : null, 30);

            // v2: a new column, applied by the update, without a restart
            byte[] v2 = lifecyclePlugin("1.0.2", CHANGESET_TABLE + CHANGESET_COLUMN);
            long updated = System.nanoTime();
            place(deployed, v2);
            await("v2 active", () -> active(LIFECYCLE, "1.0.2"), 60);
            await("column of v2", () -> columnExists("LIFECYCLE_MEETING", "PLACE") ? "yes" : null, 30);
            System.out.printf(
                    "Update to 1.0.2 with a new column live after %.1f s%n", (System.nanoTime() - updated) / 1e9);
            await("v2 kept", () -> "1.0.2".equals(keptVersion(kept)) ? "kept" : null, 30);

            // v3: a broken changeset; back to v2, the failed jar kept aside, the reason shown
            long broken = System.nanoTime();
            place(deployed, lifecyclePlugin("1.0.3", CHANGESET_TABLE + CHANGESET_COLUMN + CHANGESET_BROKEN));
            PluginNotice rolledBack = await(
                    "rolled-back notice",
                    () -> gate.notices(bundle).stream()
                            .filter(n -> n.code().equals("rolled-back"))
                            .findFirst()
                            .orElse(null),
                    60);
            assertFalse(rolledBack.blocking());
            assertTrue(rolledBack.en(), rolledBack.en().startsWith("Update to 1.0.3 failed: "));
            assertTrue(rolledBack.en(), rolledBack.en().endsWith("; rolled back to 1.0.2"));
            assertTrue(rolledBack.en(), rolledBack.en().toLowerCase(Locale.ROOT).contains("lifecycle_no_such_table"));
            assertFalse(rolledBack.en(), rolledBack.en().contains("InvocationTargetException"));
            assertTrue(rolledBack.da(), rolledBack.da().startsWith("Opdatering til 1.0.3 mislykkedes: "));
            await("v2 back", () -> active(LIFECYCLE, "1.0.2"), 60);
            System.out.printf(
                    "Broken update to 1.0.3 rolled back to 1.0.2 (active) after %.1f s%n",
                    (System.nanoTime() - broken) / 1e9);
            assertEquals(
                    "deploy/ holds v2 again", PluginJars.sha256(v2), PluginJars.sha256(Files.readAllBytes(deployed)));
            assertTrue("failed jar kept aside", Files.isRegularFile(kept.resolve("failed-1.0.3.jar")));
            assertTrue("column of v2 still there", columnExists("LIFECYCLE_MEETING", "PLACE"));

            HttpSession admin = new HttpSession(BASE);
            assertEquals(
                    200,
                    admin.loginWhenReady("demo-admin", Distribution.DEMO_PASSWORD)
                            .statusCode());
            HttpResponse<String> plugins = admin.get("/api/v1/partner-plugins");
            assertEquals(plugins.body(), 200, plugins.statusCode());
            String entry = entryOf(plugins.body(), LIFECYCLE);
            assertTrue(entry, entry.contains("rolled-back"));
            assertTrue(entry, entry.contains("Update to 1.0.3 failed"));
            assertTrue(entry, entry.toLowerCase(Locale.ROOT).contains("lifecycle_no_such_table"));

            // health works its answer out at most once a second
            String degraded = await(
                    "health DEGRADED",
                    () -> {
                        try {
                            HttpResponse<String> h = new HttpSession(BASE).get("/api/v1/health");
                            return h.statusCode() == 200 && h.body().startsWith("{\"status\":\"DEGRADED\"")
                                    ? h.body()
                                    : null;
                        } catch (IOException e) {
                            return null;
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return null;
                        }
                    },
                    5);
            String healthEntry = entryOf(degraded, LIFECYCLE);
            assertTrue(healthEntry, healthEntry.contains("rolled-back"));

            // the notice stays until the next successful update
            Thread.sleep((SETTLE_SECONDS + 2) * 1000L);
            assertTrue(gate.notices(bundle).stream().anyMatch(n -> n.code().equals("rolled-back")));
            place(deployed, lifecyclePlugin("1.0.4", CHANGESET_TABLE + CHANGESET_COLUMN + CHANGESET_SECOND_COLUMN));
            await("v4 active", () -> active(LIFECYCLE, "1.0.4"), 60);
            // the bundle is active before its component has migrated: wait for the column as for v2's
            await("column of v4", () -> columnExists("LIFECYCLE_MEETING", "STARTS_AT") ? "yes" : null, 30);
            await("v4 kept", () -> "1.0.4".equals(keptVersion(kept)) ? "kept" : null, 30);
            assertTrue(gate.notices(bundle).stream().noneMatch(n -> n.code().equals("rolled-back")));
        } finally {
            Files.deleteIfExists(deployed);
            await("plugin uninstalled", () -> find(LIFECYCLE).isEmpty() ? "gone" : null, 30);
        }
    }

    @Test
    public void aFirstInstallThatFailsStaysDownWithTheRootCause() throws Exception {
        Path deployed = Path.of(System.getProperty("karaf.base"), "deploy", "broken-first.jar");
        String name = "eu.example.partner.brokenfirst";
        try {
            place(
                    deployed,
                    plugin(
                            name,
                            "brokenfirst",
                            "2.0.0",
                            CHANGESET_BROKEN
                                    .replace("author: lifecycle", "author: brokenfirst")
                                    .replaceFirst("^  -", "databaseChangeLog:\n  -")));
            Bundle bundle = await("installed", () -> find(name).orElse(null), 30);
            HttpSession admin = new HttpSession(BASE);
            assertEquals(
                    200,
                    admin.loginWhenReady("demo-admin", Distribution.DEMO_PASSWORD)
                            .statusCode());
            String entry = await(
                    "the failure in the Plugins REST",
                    () -> {
                        try {
                            String body = admin.get("/api/v1/partner-plugins").body();
                            String plugin = entryOf(body, name);
                            return plugin.toLowerCase(Locale.ROOT).contains("lifecycle_no_such_table") ? plugin : null;
                        } catch (IOException | InterruptedException | AssertionError e) {
                            return null;
                        }
                    },
                    30);
            assertTrue(entry, entry.contains("\"working\":false"));
            assertFalse(entry, entry.contains("InvocationTargetException"));
            assertFalse(entry, entry.contains("rolled-back"));
            Thread.sleep((SETTLE_SECONDS + 1) * 1000L);
            assertEquals(
                    "no roll-back without a last good version",
                    "2.0.0",
                    bundle.getVersion().toString());
            String health = new HttpSession(BASE).get("/api/v1/health").body();
            assertTrue(health, health.startsWith("{\"status\":\"DEGRADED\""));
            assertTrue(health, entryOf(health, name).contains("\"status\":\"DOWN\""));
        } finally {
            Files.deleteIfExists(deployed);
            await("plugin uninstalled", () -> find(name).isEmpty() ? "gone" : null, 30);
        }
    }

    @Test
    public void aPluginBuiltForAnotherCoreApiIsRefusedBeforeItResolves() throws Exception {
        List<Integer> events = new CopyOnWriteArrayList<>();
        BundleListener listener = event -> {
            if ("eu.example.partner.future".equals(event.getBundle().getSymbolicName())) {
                events.add(event.getType());
            }
        };
        context.addBundleListener(listener);
        Path jar = Files.createTempFile("future-plugin", ".jar");
        Files.write(jar, plainPlugin("eu.example.partner.future", "future", Map.of("OS2-Core-API", "[2.0,3.0)")));
        Bundle future = context.installBundle(jar.toUri().toString());
        try {
            try {
                future.start();
                fail("a plugin built for core-api 2 started");
            } catch (BundleException expected) {
                // refused
            }
            assertEquals(Bundle.INSTALLED, future.getState());
            assertFalse("never resolved", events.contains(BundleEvent.RESOLVED));
            PluginNotice mismatch = gate.notices(future).get(0);
            assertEquals("core-api-mismatch", mismatch.code());
            assertTrue(mismatch.blocking());
            assertEquals("Built for core-api [2.0,3.0); this platform provides 0.1.0", mismatch.en());
            assertEquals("Bygget til core-api [2.0,3.0); platformen har 0.1.0", mismatch.da());

            HttpSession admin = new HttpSession(BASE);
            assertEquals(
                    200,
                    admin.loginWhenReady("demo-admin", Distribution.DEMO_PASSWORD)
                            .statusCode());
            String entry = entryOf(admin.get("/api/v1/partner-plugins").body(), "eu.example.partner.future");
            assertTrue(entry, entry.contains("Built for core-api [2.0,3.0); this platform provides 0.1.0"));
        } finally {
            context.removeBundleListener(listener);
            future.uninstall();
        }
    }

    @Test
    public void inEnforceModeAnUnsignedPluginIsRefusedAndAnAllowListedOneStarts() throws Exception {
        Path etc = Path.of(System.getProperty("karaf.etc"));
        Path allowList = etc.resolve("os2-plugin-allowlist-it.txt");
        Path unsigned = Files.createTempFile("unsigned-plugin", ".jar");
        Files.write(unsigned, plainPlugin("eu.example.partner.unsigned", "unsigned", Map.of()));
        Path listed = Files.createTempFile("listed-plugin", ".jar");
        byte[] listedJar = plainPlugin("eu.example.partner.listed", "listed", Map.of());
        Files.write(listed, listedJar);
        Files.writeString(
                allowList, "# allowed in the test\neu.example.partner.listed " + PluginJars.sha256(listedJar) + "\n");
        Bundle refused = null;
        Bundle admitted = null;
        configure(Map.of("trust.mode", "enforce", "trust.allowList", allowList.toString()));
        try {
            refused = context.installBundle(unsigned.toUri().toString());
            Bundle probe = refused;
            PluginNotice untrusted = await(
                    "enforce applied",
                    () -> gate.notices(probe).stream()
                            .filter(n -> n.code().equals("untrusted") && n.blocking())
                            .findFirst()
                            .orElse(null),
                    30);
            assertTrue(untrusted.en(), untrusted.en().contains("Neither a trusted signature nor an allow-list entry"));
            assertTrue(untrusted.en(), untrusted.en().contains(PluginJars.sha256(Files.readAllBytes(unsigned))));
            try {
                refused.start();
                fail("an unsigned plugin started in enforce mode");
            } catch (BundleException expected) {
                // refused
            }
            assertEquals(Bundle.INSTALLED, refused.getState());

            admitted = context.installBundle(listed.toUri().toString());
            admitted.start();
            assertEquals(Bundle.ACTIVE, admitted.getState());
            assertTrue(gate.notices(admitted).isEmpty());
        } finally {
            configure(Map.of("trust.mode", "warn"));
            if (refused != null) {
                refused.uninstall();
            }
            if (admitted != null) {
                admitted.uninstall();
            }
            Files.deleteIfExists(allowList);
        }
    }

    // ---- the plugins

    private static final String CHANGESET_TABLE = """
            databaseChangeLog:
              - changeSet:
                  id: 1
                  author: lifecycle
                  changes:
                    - createTable:
                        tableName: lifecycle_meeting
                        columns:
                          - column: {name: id, type: BIGINT, constraints: {primaryKey: true}}
                          - column: {name: title, type: VARCHAR(200)}
            """;
    private static final String CHANGESET_COLUMN = """
              - changeSet:
                  id: 2
                  author: lifecycle
                  changes:
                    - addColumn:
                        tableName: lifecycle_meeting
                        columns:
                          - column: {name: place, type: VARCHAR(100)}
            """;
    private static final String CHANGESET_BROKEN = """
              - changeSet:
                  id: 3
                  author: lifecycle
                  changes:
                    - sql:
                        sql: ALTER TABLE lifecycle_no_such_table ADD COLUMN x INT
            """;

    private static final String CHANGESET_SECOND_COLUMN = """
              - changeSet:
                  id: 4
                  author: lifecycle
                  changes:
                    - addColumn:
                        tableName: lifecycle_meeting
                        columns:
                          - column: {name: starts_at, type: TIMESTAMP}
            """;

    private static final String COMPONENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.4.0" name="eu.example.partner.lifecycle.Migrating"
                immediate="true" activate="activate">
              <implementation class="eu.os2.platform.itests.lifecycle.MigratingComponent"/>
              <reference name="storage" interface="eu.os2.platform.api.storage.PlatformStorage" field="storage"/>
            </scr:component>
            """;

    /** A version of the lifecycle plugin. */
    private static byte[] lifecyclePlugin(String version, String changelog) throws IOException {
        return plugin(LIFECYCLE, "lifecycle", version, changelog);
    }

    /** A plugin with one component that applies the given changelog when it activates. */
    private static byte[] plugin(String symbolicName, String id, String version, String changelog) throws IOException {
        String classFile = MigratingComponent.class.getName().replace('.', '/') + ".class";
        byte[] bytes;
        try (InputStream in = MigratingComponent.class.getClassLoader().getResourceAsStream(classFile)) {
            assertNotNull(classFile, in);
            bytes = in.readAllBytes();
        }
        return jar(
                Map.of(
                        "Bundle-SymbolicName", symbolicName,
                        "Bundle-Version", version,
                        "Bundle-Name", "Lifecycle test plugin",
                        "Bundle-Vendor", "Eksempel Kommune",
                        "OS2-Plugin", id,
                        "OS2-Core-API", "[0.1,1)",
                        "Import-Package",
                                "eu.os2.platform.api.storage;version=\"[0.1,1)\",org.osgi.framework;version=\"[1.8,2)\"",
                        "Service-Component", "OSGI-INF/migrating.xml"),
                Map.of(
                        classFile,
                        bytes,
                        "OSGI-INF/migrating.xml",
                        COMPONENT.getBytes(StandardCharsets.UTF_8),
                        MigratingComponent.CHANGELOG,
                        changelog.getBytes(StandardCharsets.UTF_8)));
    }

    /** A plugin without code. */
    private static byte[] plainPlugin(String symbolicName, String id, Map<String, String> more) throws IOException {
        Map<String, String> headers = new java.util.HashMap<>(
                Map.of("Bundle-SymbolicName", symbolicName, "Bundle-Version", "1.0.0", "OS2-Plugin", id));
        headers.putAll(more);
        return jar(headers, Map.of("readme.txt", id.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] jar(Map<String, String> headers, Map<String, byte[]> entries) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        headers.forEach(main::putValue);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, byte[]> entry : new java.util.TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    // ---- helpers

    /** Puts a jar into deploy/ in one step, as an admin's copy or the console's upload does. */
    private static void place(Path target, byte[] jar) throws IOException {
        Path temporary = Files.createTempFile(Path.of(System.getProperty("karaf.data")), "it-", ".part");
        Files.write(temporary, jar);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Optional<Bundle> find(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return Optional.of(bundle);
            }
        }
        return Optional.empty();
    }

    private Bundle active(String symbolicName, String version) {
        return find(symbolicName)
                .filter(b -> b.getState() == Bundle.ACTIVE
                        && b.getVersion().toString().equals(version))
                .orElse(null);
    }

    private static String keptVersion(Path kept) {
        Path info = kept.resolve("last-good.properties");
        if (!Files.isRegularFile(info)) {
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(info)) {
            properties.load(in);
        } catch (IOException e) {
            return null;
        }
        return properties.getProperty("version");
    }

    /** Looked up after {@link #platformIsUp}, which starts what the container's start-up left unstarted. */
    private PlatformStorage storage() {
        ServiceReference<PlatformStorage> reference = context.getServiceReference(PlatformStorage.class);
        assertNotNull("platform storage", reference);
        return context.getService(reference);
    }

    private boolean columnExists(String table, String column) {
        try (Connection connection = storage().dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE UPPER(TABLE_NAME) = ? AND UPPER(COLUMN_NAME) = ?")) {
            query.setString(1, table);
            query.setString(2, column);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getInt(1) > 0;
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Changes the plugin settings through Configuration Admin, as the console or {@code config:edit} do. */
    @SuppressWarnings("unchecked")
    private void configure(Map<String, String> changes) throws Exception {
        ServiceReference<?> reference = context.getServiceReference("org.osgi.service.cm.ConfigurationAdmin");
        Object admin = context.getService(reference);
        try {
            ClassLoader loader = getClass().getClassLoader();
            Class<?> adminType = Class.forName("org.osgi.service.cm.ConfigurationAdmin", true, loader);
            Class<?> configurationType = Class.forName("org.osgi.service.cm.Configuration", true, loader);
            Object configuration = adminType
                    .getMethod("getConfiguration", String.class, String.class)
                    .invoke(admin, "eu.os2.platform.plugins", null);
            Dictionary<String, Object> properties = (Dictionary<String, Object>)
                    configurationType.getMethod("getProperties").invoke(configuration);
            if (properties == null) {
                properties = new java.util.Hashtable<>();
            }
            for (Map.Entry<String, String> change : changes.entrySet()) {
                properties.put(change.getKey(), change.getValue());
            }
            configurationType.getMethod("update", Dictionary.class).invoke(configuration, properties);
        } finally {
            context.ungetService(reference);
        }
    }

    /** @return the JSON object of the named bundle or plugin in a list answer, up to its end */
    private static String entryOf(String body, String symbolicName) {
        int at = body.indexOf("\"symbolicName\":\"" + symbolicName + "\"");
        assertTrue(symbolicName + " in " + body, at >= 0);
        int next = body.indexOf("\"symbolicName\":", at + 20);
        return body.substring(at, next < 0 ? body.length() : next);
    }

    private static <T> T await(String what, Supplier<T> condition, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            T value = condition.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited " + seconds + " s in vain for: " + what);
    }
}
