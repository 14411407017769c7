package eu.os2.platform.pluginhost.internal.rest;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.pluginhost.internal.PartnerPlugin;
import eu.os2.platform.pluginhost.internal.PartnerPlugins;
import eu.os2.platform.pluginhost.internal.PluginRefusedException;
import eu.os2.platform.pluginhost.internal.trust.TrustCheck;
import java.io.InputStream;
import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The partner plugins at {@code /api/v1/partner-plugins}. Administrators see every detail, upload
 * a jar (the same checks as a jar dropped into deploy/), start, stop, uninstall and roll back;
 * every signed-in user reads the catalogue. Refusals and failures are problem+json in the
 * request's language: 404 for an unknown plugin, 422 for a jar the platform will not run (with the
 * gate's reason), 409 for a roll-back without an earlier working version, 400 for a body that is not
 * a jar and 413 for one that is too large.
 */
@Component(service = PartnerPluginsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("partner-plugins")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerPluginsResource {

    /** The media type of a jar; {@code application/octet-stream} is taken as well. */
    public static final String JAVA_ARCHIVE = "application/java-archive";

    private static final String SYMBOLIC_NAME = "{symbolicName: [A-Za-z0-9_][A-Za-z0-9._-]*}";

    private static final Comparator<PartnerPlugin> ORDER = Comparator.comparing(
                    (PartnerPlugin p) -> lower(p.organisation()))
            .thenComparing(p -> lower(p.name()))
            .thenComparing(PartnerPlugin::symbolicName);

    private final PartnerPlugins plugins;
    private final AuditLog audit;

    @Activate
    public PartnerPluginsResource(@Reference PartnerPlugins plugins, @Reference AuditLog audit) {
        this.plugins = plugins;
        this.audit = audit;
    }

    /** Every partner plugin with everything the platform knows about it. */
    @GET
    @RolesAllowed(Access.ADMIN)
    public List<PluginAnswer> list() {
        return plugins.list().stream().sorted(ORDER).map(PluginAnswer::of).toList();
    }

    /** The catalogue: every partner plugin, without the administrator's detail. */
    @GET
    @Path("catalogue")
    @RolesAllowed(Access.SIGNED_IN)
    public List<CatalogueEntry> catalogue() {
        return plugins.list().stream().sorted(ORDER).map(CatalogueEntry::of).toList();
    }

    /** One partner plugin. */
    @GET
    @Path(SYMBOLIC_NAME)
    @RolesAllowed(Access.ADMIN)
    public PluginAnswer get(
            @PathParam("symbolicName") String symbolicName, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return PluginAnswer.of(existing(symbolicName, PlatformRest.prefersEnglish(language)));
    }

    /**
     * Uploads a jar, named by the {@code name} query parameter. It is checked as a jar dropped into
     * deploy/ is; the answer is 201 with the plugin as installed.
     */
    @POST
    @Consumes({JAVA_ARCHIVE, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Access.ADMIN)
    public Response upload(
            @Context SecurityContext security,
            @QueryParam("name") String name,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            InputStream body) {
        boolean en = PlatformRest.prefersEnglish(language);
        String nameProblem = JarCheck.fileNameProblem(name);
        if (nameProblem != null) {
            throw PluginProblems.badName(nameProblem, en);
        }
        byte[] jar = JarCheck.read(body);
        if (jar == null) {
            throw PluginProblems.tooLarge(JarCheck.MAX_BYTES, en);
        }
        if (!JarCheck.isJar(jar)) {
            throw PluginProblems.notAJar(en);
        }
        PartnerPlugin installed;
        try {
            installed = plugins.upload(name, jar);
        } catch (PluginRefusedException e) {
            throw PluginProblems.refused(e.notice(), en);
        }
        Map<String, Object> after = new LinkedHashMap<>(snapshot(installed));
        after.put("file", name);
        after.put("sha256", TrustCheck.sha256(jar));
        audit.appendChange(actor(security), "plugins.upload", "plugin", installed.symbolicName(), null, after);
        return Response.created(URI.create("partner-plugins/" + installed.symbolicName()))
                .entity(PluginAnswer.of(installed))
                .build();
    }

    /** Starts a plugin; the answer is the plugin afterwards. */
    @POST
    @Path(SYMBOLIC_NAME + "/start")
    @RolesAllowed(Access.ADMIN)
    public PluginAnswer start(
            @Context SecurityContext security,
            @PathParam("symbolicName") String symbolicName,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return act(security, symbolicName, language, "start", plugins::start);
    }

    /** Stops a plugin; the answer is the plugin afterwards. */
    @POST
    @Path(SYMBOLIC_NAME + "/stop")
    @RolesAllowed(Access.ADMIN)
    public PluginAnswer stop(
            @Context SecurityContext security,
            @PathParam("symbolicName") String symbolicName,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return act(security, symbolicName, language, "stop", plugins::stop);
    }

    /** Goes back to the plugin's last good jar; 409 when there is none or it cannot be done now. */
    @POST
    @Path(SYMBOLIC_NAME + "/rollback")
    @RolesAllowed(Access.ADMIN)
    public PluginAnswer rollBack(
            @Context SecurityContext security,
            @PathParam("symbolicName") String symbolicName,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        boolean en = PlatformRest.prefersEnglish(language);
        PartnerPlugin before = existing(symbolicName, en);
        if (before.lastGoodVersion() == null) {
            throw PluginProblems.noLastGood(symbolicName, en);
        }
        try {
            PartnerPlugin after = plugins.rollBack(symbolicName);
            audit.appendChange(
                    actor(security), "plugins.rollback", "plugin", symbolicName, snapshot(before), snapshot(after));
            return PluginAnswer.of(after);
        } catch (IllegalStateException e) {
            // it already runs that version, or the jar has gone meanwhile
            throw PluginProblems.notChanged(symbolicName, "rollback", e.getMessage(), en);
        } catch (PluginRefusedException e) {
            throw PluginProblems.refused(e.notice(), en);
        } catch (NoSuchElementException e) {
            throw PluginProblems.notFound(symbolicName, en);
        }
    }

    /** Uninstalls a plugin and removes its jar from deploy/; 204. */
    @DELETE
    @Path(SYMBOLIC_NAME)
    @RolesAllowed(Access.ADMIN)
    public Response uninstall(
            @Context SecurityContext security,
            @PathParam("symbolicName") String symbolicName,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        boolean en = PlatformRest.prefersEnglish(language);
        PartnerPlugin before = existing(symbolicName, en);
        change(symbolicName, "uninstall", en, () -> plugins.uninstall(symbolicName));
        audit.appendChange(actor(security), "plugins.uninstall", "plugin", symbolicName, snapshot(before), null);
        return Response.noContent().build();
    }

    /** What the audit log keeps of a plugin before and after an administrator's action. */
    private static Map<String, Object> snapshot(PartnerPlugin plugin) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("version", plugin.version());
        snapshot.put("state", plugin.state());
        snapshot.put("trust", plugin.trust());
        snapshot.put("trustDetail", plugin.trustDetail());
        return snapshot;
    }

    private static String actor(SecurityContext security) {
        return ((PlatformUser) security.getUserPrincipal()).username();
    }

    /** Runs an action on an existing plugin, audits it with the plugin before and after, and answers the plugin. */
    private PluginAnswer act(
            SecurityContext security,
            String symbolicName,
            String language,
            String action,
            java.util.function.Consumer<String> work) {
        boolean en = PlatformRest.prefersEnglish(language);
        PartnerPlugin before = existing(symbolicName, en);
        change(symbolicName, action, en, () -> work.accept(symbolicName));
        PartnerPlugin after = existing(symbolicName, en);
        audit.appendChange(
                actor(security), "plugins." + action, "plugin", symbolicName, snapshot(before), snapshot(after));
        return PluginAnswer.of(after);
    }

    private PartnerPlugin existing(String symbolicName, boolean en) {
        return plugins.find(symbolicName).orElseThrow(() -> PluginProblems.notFound(symbolicName, en));
    }

    private static void change(String symbolicName, String action, boolean en, Runnable change) {
        try {
            change.run();
        } catch (PluginRefusedException e) {
            throw PluginProblems.refused(e.notice(), en);
        } catch (NoSuchElementException e) {
            throw PluginProblems.notFound(symbolicName, en);
        } catch (IllegalStateException e) {
            throw PluginProblems.notChanged(symbolicName, action, e.getMessage(), en);
        }
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
