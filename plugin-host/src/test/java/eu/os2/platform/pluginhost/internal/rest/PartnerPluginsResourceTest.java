package eu.os2.platform.pluginhost.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import eu.os2.platform.api.audit.AuditEntry;
import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.pluginhost.internal.PartnerPlugin;
import eu.os2.platform.testing.RecordingAuditLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PartnerPluginsResourceTest {

    private static final String DA = "da";
    private static final String EN = "en-GB,en;q=0.9,da;q=0.5";

    /** An administrator's request, as the platform's filter leaves it. */
    private static final SecurityContext ADMIN = new SecurityContext() {
        @Override
        public Principal getUserPrincipal() {
            return new PlatformUser(1, "admin@os2.eu", "Admin", Set.of(Role.ADMIN), null);
        }

        @Override
        public boolean isUserInRole(String role) {
            return true;
        }

        @Override
        public boolean isSecure() {
            return true;
        }

        @Override
        public String getAuthenticationScheme() {
            return "session";
        }
    };

    private RecordingAuditLog audit;
    private FakePartnerPlugins plugins;
    private PartnerPluginsResource resource;

    @BeforeEach
    void setUp() {
        plugins = new FakePartnerPlugins();
        plugins.add(FakePartnerPlugins.plugin(
                "eu.example.partner.meetings", "Ballerup Kommune", "Netværksmøder", "ACTIVE", "1.1.0"));
        plugins.add(FakePartnerPlugins.plugin("eu.example.partner.hello", "Aarhus Kommune", "Hello", "RESOLVED", null));
        plugins.add(FakePartnerPlugins.plugin(
                "eu.example.partner.agenda", "Ballerup Kommune", "Dagsorden", "ACTIVE", null));
        audit = new RecordingAuditLog();
        resource = new PartnerPluginsResource(plugins, audit);
    }

    // ---- reading

    @Test
    void theListHasEveryFieldSortedByOrganisationThenName() {
        List<PluginAnswer> list = resource.list();

        assertThat(list)
                .extracting(PluginAnswer::symbolicName)
                .containsExactly(
                        "eu.example.partner.hello", "eu.example.partner.agenda", "eu.example.partner.meetings");
        PluginAnswer hello = list.get(0);
        assertThat(hello.bundleId()).isEqualTo("eu.example.partner.hello".length());
        assertThat(hello.pluginId()).isEqualTo("hello");
        assertThat(hello.organisation()).isEqualTo("Aarhus Kommune");
        assertThat(hello.coreApiRange()).isEqualTo("[0.1,1)");
        assertThat(hello.trust()).isEqualTo("allow-listed");
        assertThat(hello.trustDetail()).isEqualTo("eu.example.partner.hello 0a1b2c");
        assertThat(hello.state()).isEqualTo("RESOLVED");
        assertThat(hello.working()).isFalse();
        assertThat(hello.notices())
                .containsExactly(new PluginAnswer.Notice(
                        "stopped", false, "Stoppet af en administrator", "Stopped by an administrator"));
        assertThat(hello.problems()).containsExactly("missing requirement osgi.wiring.package=eu.example.nowhere");
        assertThat(hello.lastGoodVersion()).isNull();
        assertThat(hello.pageRoles()).containsExactly("admin", PluginAnswer.SIGNED_IN);
        assertThat(list.get(2).lastGoodVersion()).isEqualTo("1.1.0");
    }

    @Test
    void theCatalogueHoldsNoAdministratorDetail() {
        List<CatalogueEntry> catalogue = resource.catalogue();

        assertThat(catalogue).extracting(CatalogueEntry::pluginId).containsExactly("hello", "agenda", "meetings");
        assertThat(catalogue.get(0))
                .isEqualTo(
                        new CatalogueEntry("Aarhus Kommune", "Hello", "hello", "1.2.0", true, "allow-listed", false));
        assertThat(Arrays.stream(CatalogueEntry.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("organisation", "name", "pluginId", "version", "compatible", "trust", "working");
    }

    @Test
    void onePluginOrNotFoundInTheLanguageAsked() {
        assertThat(resource.get("eu.example.partner.hello", DA).version()).isEqualTo("1.2.0");

        Map<String, Object> problem = problem(404, () -> resource.get("eu.example.partner.nobody", EN));
        assertThat(problem).containsEntry("type", PlatformRest.PROBLEM_TYPE_BASE + "not-found");
        assertThat(problem.get("detail"))
                .isEqualTo("No partner plugin has the symbolic name eu.example.partner.nobody.");
        assertThat(problem(404, () -> resource.get("eu.example.partner.nobody", null))
                        .get("title"))
                .isEqualTo("Findes ikke");
    }

    // ---- upload

    @Test
    void anUploadedJarIsHandedOnWithItsNameAndAnswered201WithItsLocation() throws IOException {
        byte[] jar = jar("eu.example.partner.uploaded");

        Response response = resource.upload(ADMIN, "uploaded-1.0.0.jar", DA, new ByteArrayInputStream(jar));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getLocation().toString()).endsWith("partner-plugins/eu.example.partner.uploaded");
        assertThat(((PluginAnswer) response.getEntity()).symbolicName()).isEqualTo("eu.example.partner.uploaded");
        assertThat(plugins.lastFileName).isEqualTo("uploaded-1.0.0.jar");
        assertThat(plugins.lastUpload).isEqualTo(jar);
        assertThat(resource.list()).extracting(PluginAnswer::symbolicName).contains("eu.example.partner.uploaded");
        // who put which code into the platform
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("admin@os2.eu");
            assertThat(entry.action()).isEqualTo("plugins.upload");
            assertThat(entry.entityId()).isEqualTo("eu.example.partner.uploaded");
            assertThat(entry.after())
                    .contains("file=uploaded-1.0.0.jar")
                    .contains("sha256=" + java.util.HexFormat.of().formatHex(sha256(jar)));
        });
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRefusedJarIs422WithTheGatesReasonInTheRequestsLanguage() throws IOException {
        plugins.refuseNext = FakePartnerPlugins.UNTRUSTED;
        byte[] jar = jar("eu.example.partner.bad");

        Map<String, Object> danish =
                problem(422, () -> resource.upload(ADMIN, "bad.jar", "da, en;q=0.8", new ByteArrayInputStream(jar)));
        Map<String, Object> english =
                problem(422, () -> resource.upload(ADMIN, "bad.jar", EN, new ByteArrayInputStream(jar)));

        assertThat(danish)
                .containsEntry("type", PlatformRest.PROBLEM_TYPE_BASE + "plugin-refused")
                .containsEntry("title", "Pluginnet blev afvist")
                .containsEntry("detail", FakePartnerPlugins.UNTRUSTED.da())
                .containsEntry("code", "untrusted")
                .containsEntry("status", 422);
        assertThat(english)
                .containsEntry("title", "Plugin refused")
                .containsEntry(
                        "detail",
                        "eu.example.partner.bad is neither signed by a trusted signer nor on the allow-list.");
    }

    @Test
    void garbageAnEmptyBodyAndAZipWithoutManifestAre400AndNeverHandedOn() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("hej".getBytes(StandardCharsets.UTF_8));
        }
        for (byte[] body : List.of(
                "this is not a jar".getBytes(StandardCharsets.UTF_8),
                new byte[0],
                zip.toByteArray(),
                Arrays.copyOf(jar("cut"), 40))) {
            Map<String, Object> problem =
                    problem(400, () -> resource.upload(ADMIN, "x.jar", EN, new ByteArrayInputStream(body)));
            assertThat(problem.get("detail").toString()).startsWith("The file is not a jar");
        }
        assertThat(problem(400, () -> resource.upload(ADMIN, "x.jar", DA, null))
                        .get("detail")
                        .toString())
                .startsWith("Filen er ikke en jar-fil");
        assertThat(plugins.calls).isEmpty();
    }

    @Test
    void aJarOverTheLimitIs413() {
        InputStream endless = new InputStream() {
            private long left = JarCheck.MAX_BYTES + 10L;

            @Override
            public int read() {
                return left-- > 0 ? 'P' : -1;
            }
        };

        Map<String, Object> problem = problem(413, () -> resource.upload(ADMIN, "big.jar", EN, endless));

        assertThat(problem).containsEntry("type", PlatformRest.PROBLEM_TYPE_BASE + "payload-too-large");
        assertThat(problem.get("detail").toString()).contains("32 MiB");
        assertThat(plugins.calls).isEmpty();
    }

    @Test
    void aMissingOrUnsafeFileNameIs400OnTheNameField() throws IOException {
        byte[] jar = jar("named");
        assertThat(problem(400, () -> resource.upload(ADMIN, null, EN, new ByteArrayInputStream(jar))))
                .containsEntry("errors", Map.of("name", "required"));
        for (String name : List.of("../deploy/x.jar", "x.zip", "a b.jar", ".hidden.jar", "x.jar/", "")) {
            assertThat(problem(400, () -> resource.upload(ADMIN, name, EN, new ByteArrayInputStream(jar))))
                    .as(name)
                    .containsKey("errors");
        }
        assertThat(plugins.calls).isEmpty();
    }

    // ---- start, stop, uninstall, roll back

    @Test
    void startAndStopAnswerThePluginAfterwards() {
        assertThat(resource.start(ADMIN, "eu.example.partner.hello", DA).state())
                .isEqualTo("ACTIVE");
        assertThat(resource.stop(ADMIN, "eu.example.partner.hello", DA).state()).isEqualTo("RESOLVED");
        assertThat(audit.entries())
                .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::entityId)
                .containsExactly(
                        tuple("admin@os2.eu", "plugins.start", "eu.example.partner.hello"),
                        tuple("admin@os2.eu", "plugins.stop", "eu.example.partner.hello"));
        assertThat(audit.entries().get(0).before()).contains("state=RESOLVED");
        assertThat(audit.entries().get(0).after()).contains("state=ACTIVE");
        assertThat(plugins.calls).containsExactly("start eu.example.partner.hello", "stop eu.example.partner.hello");
    }

    @Test
    void aStartThatFailsIs409WithTheReason() {
        plugins.startFailure = "Activator start error in bundle eu.example.partner.hello";

        Map<String, Object> problem = problem(409, () -> resource.start(ADMIN, "eu.example.partner.hello", EN));

        assertThat(problem).containsEntry("type", PlatformRest.PROBLEM_TYPE_BASE + "plugin-not-changed");
        assertThat(problem.get("detail"))
                .isEqualTo(
                        "eu.example.partner.hello could not be started: Activator start error in bundle eu.example.partner.hello");
    }

    @Test
    void anUnknownPluginIs404ForEveryChangeAndNothingIsCalled() {
        String nobody = "eu.example.partner.nobody";
        problem(404, () -> resource.start(ADMIN, nobody, DA));
        problem(404, () -> resource.stop(ADMIN, nobody, DA));
        problem(404, () -> resource.rollBack(ADMIN, nobody, DA));
        problem(404, () -> resource.uninstall(ADMIN, nobody, DA));
        assertThat(plugins.calls).isEmpty();
    }

    @Test
    void uninstallIs204AndThePluginIsGone() {
        Response response = resource.uninstall(ADMIN, "eu.example.partner.agenda", DA);

        assertThat(response.getStatus()).isEqualTo(204);
        assertThat(resource.list()).extracting(PluginAnswer::symbolicName).doesNotContain("eu.example.partner.agenda");
        assertThat(resource.catalogue()).extracting(CatalogueEntry::pluginId).doesNotContain("agenda");
    }

    @Test
    void aRollBackGoesToTheLastGoodVersionAndWithoutOneIs409() {
        PluginAnswer back = resource.rollBack(ADMIN, "eu.example.partner.meetings", EN);
        assertThat(back.version()).isEqualTo("1.1.0");
        assertThat(back.lastGoodVersion()).isNull();

        Map<String, Object> problem = problem(409, () -> resource.rollBack(ADMIN, "eu.example.partner.hello", DA));
        assertThat(problem)
                .containsEntry("type", PlatformRest.PROBLEM_TYPE_BASE + "no-last-good-version")
                .containsEntry(
                        "detail",
                        "eu.example.partner.hello har ingen tidligere fungerende version at rulle tilbage til.");
        assertThat(plugins.calls).containsExactly("rollBack eu.example.partner.meetings");
    }

    @Test
    void aRollBackTheImplementationCannotDoIs409WithItsReason() {
        // the list said there was a last good version; the jar has gone meanwhile
        FakePartnerPlugins failing = new FakePartnerPlugins() {
            @Override
            public PartnerPlugin rollBack(String symbolicName) {
                throw new IllegalStateException("the last good jar is gone");
            }
        };
        failing.add(FakePartnerPlugins.plugin("eu.example.partner.gone", "Aarhus Kommune", "Gone", "ACTIVE", "1.0.0"));

        Map<String, Object> problem = problem(
                409, () -> new PartnerPluginsResource(failing, audit).rollBack(ADMIN, "eu.example.partner.gone", EN));

        assertThat(problem)
                .containsEntry("type", PlatformRest.PROBLEM_TYPE_BASE + "plugin-not-changed")
                .containsEntry("detail", "eu.example.partner.gone could not be rolled back: the last good jar is gone");
    }

    // ---- access

    @Test
    void everyMethodIsForAdministratorsButTheCatalogueForEveryoneSignedIn() {
        int resourceMethods = 0;
        for (Method method : PartnerPluginsResource.class.getDeclaredMethods()) {
            boolean endpoint = method.isAnnotationPresent(GET.class)
                    || method.isAnnotationPresent(POST.class)
                    || method.isAnnotationPresent(DELETE.class);
            if (!endpoint) {
                continue;
            }
            resourceMethods++;
            RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
            assertThat(roles).as(method.getName()).isNotNull();
            assertThat(roles.value())
                    .as(method.getName())
                    .containsExactly(method.getName().equals("catalogue") ? Access.SIGNED_IN : Access.ADMIN);
        }
        assertThat(resourceMethods).isEqualTo(8);
    }

    // ---- helpers

    @SuppressWarnings("unchecked")
    private static Map<String, Object> problem(int status, Runnable call) {
        WebApplicationException failure = catchThrowableOfType(WebApplicationException.class, call::run);
        assertThat(failure).as("a problem answer").isNotNull();
        Response response = failure.getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getMediaType().toString()).isEqualTo(PlatformRest.PROBLEM_JSON);
        Map<String, Object> body = (Map<String, Object>) response.getEntity();
        assertThat(body).containsEntry("status", status);
        return body;
    }

    private static byte[] jar(String symbolicName) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("OS2-Plugin", "x");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            out.putNextEntry(new ZipEntry("static/x/page.js"));
            out.write("export function render() {}".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
