package eu.os2.platform.web.internal.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.rest.PublicEndpoint;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.web.internal.console.BundleInventory;
import eu.os2.platform.web.internal.console.BundleInventory.BundleInfo;
import eu.os2.platform.web.internal.store.DatabaseProbe;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/v1/health}: UP (200) when the database answers, every bundle of the platform's
 * feature is installed and active ({@link ExpectedBundles}: none still to come while Karaf installs
 * the boot features), every platform bundle is active with all its components and the REST
 * application serves every resource registered so far ({@link RestReadiness}); DEGRADED (200: the platform serves, an admin should look) when besides
 * that a partner plugin is down or an update of one was rolled back; DOWN (503) otherwise. Partner
 * bundles never take the platform down. Public, for load balancers and monitoring: the answer is
 * worked out at most once a second (for the public view and for the secretariat's), so polling it costs
 * next to nothing, and it turns DOWN within 2 s of the database going away.
 */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private final BundleInventory inventory;
    private final BundleContext context;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile JaxrsServiceRuntime runtime;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile PlatformStorage storage;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile FeaturesService features;

    /** How long a worked-out answer is given again. */
    static final long FRESH_NANOS = 1_000_000_000L;

    /**
     * A worked-out answer.
     *
     * @param at when it was worked out ({@link System#nanoTime()})
     * @param status 200 or 503
     * @param json the answer's body, written once
     */
    public record Answer(long at, int status, byte[] json) {}

    private volatile Answer plain;
    private volatile Answer detailed;

    @Activate
    public HealthResource(BundleContext context, @Reference BundleInventory inventory) {
        this.context = context;
        this.inventory = inventory;
    }

    @GET
    @PublicEndpoint
    public Response health(@Context SecurityContext security) {
        // the gate's texts (hashes, file names, a failed migration's message) for those who see the
        // Plugins page; anyone else, a load balancer too, gets the codes
        boolean details = security != null
                && security.getUserPrincipal() instanceof PlatformUser user
                && user.hasRole(Role.SECRETARIAT);
        Answer answer = answer(details);
        return Response.status(answer.status())
                .entity(answer.json())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    /**
     * @param details with the texts of the partner plugins' notices, for the secretariat
     * @return the answer worked out within the last second
     */
    public Answer answer(boolean details) {
        Answer answer = details ? detailed : plain;
        if (answer == null || System.nanoTime() - answer.at() >= FRESH_NANOS) {
            synchronized (this) {
                answer = details ? detailed : plain;
                if (answer == null || System.nanoTime() - answer.at() >= FRESH_NANOS) {
                    answer = workOut(details);
                    if (details) {
                        detailed = answer;
                    } else {
                        plain = answer;
                    }
                }
            }
        }
        return answer;
    }

    private Answer workOut(boolean details) {
        long at = System.nanoTime();
        Map<String, Object> database = database();
        Map<String, Object> expected = ExpectedBundles.of(context, features);
        List<BundleInfo> bundles = inventory.bundles();
        Map<String, Object> rest = RestReadiness.of(context, runtime);
        boolean up = "UP".equals(database.get("status"))
                && "UP".equals(expected.get("status"))
                && "UP".equals(rest.get("status"))
                && bundles.stream().filter(BundleInfo::platform).allMatch(BundleInfo::working);
        Map<String, Object> body = new LinkedHashMap<>();
        boolean degraded = bundles.stream().filter(b -> !b.platform()).anyMatch(BundleInfo::needsAttention);
        body.put("status", up ? (degraded ? "DEGRADED" : "UP") : "DOWN");
        body.put("database", database);
        body.put("platform", expected);
        body.put("rest", rest);
        body.put(
                "bundles",
                bundles.stream()
                        .map(b -> {
                            Map<String, Object> entry = new LinkedHashMap<>();
                            entry.put("symbolicName", b.symbolicName());
                            entry.put("version", b.version());
                            entry.put("state", b.state());
                            entry.put("status", b.working() ? "UP" : "DOWN");
                            entry.put("platform", b.platform());
                            if (!b.notices().isEmpty()) {
                                entry.put(
                                        "notices",
                                        b.notices().stream()
                                                .map(n -> details
                                                        ? Map.of(
                                                                "code",
                                                                n.code(),
                                                                "blocking",
                                                                n.blocking(),
                                                                "message",
                                                                n.en())
                                                        : Map.of("code", n.code(), "blocking", n.blocking()))
                                                .toList());
                            }
                            return entry;
                        })
                        .toList());
        try {
            return new Answer(at, up ? 200 : 503, JsonProvider.MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the health answer", e);
        }
    }

    private Map<String, Object> database() {
        return DatabaseProbe.probe(storage);
    }
}
