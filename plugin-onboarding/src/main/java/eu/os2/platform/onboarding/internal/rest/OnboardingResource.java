package eu.os2.platform.onboarding.internal.rest;

import eu.os2.platform.api.product.PipelineStep;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.ApiProblem;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.onboarding.internal.OnboardingServiceImpl;
import eu.os2.platform.onboarding.internal.ProductChange;
import eu.os2.platform.onboarding.internal.model.Assessment;
import eu.os2.platform.onboarding.internal.model.AssessmentState;
import eu.os2.platform.onboarding.internal.model.Criterion;
import eu.os2.platform.onboarding.internal.model.Gates;
import eu.os2.platform.onboarding.internal.model.Mark;
import eu.os2.platform.onboarding.internal.model.PublicCodeFetcher;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
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
 * Products and onboarding at {@code /api/v1/onboarding}. Every signed-in user reads products, their
 * levels, checklists and history; the secretariat moves products along the path, records gate
 * exceptions, evaluates and decides level 1; a product's coordinator edits its product and
 * self-assessment; the board records reviews and decides levels 2 and 3; a member representative
 * registers its organisation's ideas. Changes to existing objects need {@code If-Match}.
 */
@Component(service = OnboardingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("onboarding")
@Produces(MediaType.APPLICATION_JSON)
public class OnboardingResource {

    private final OnboardingServiceImpl onboarding;
    private final PublicCodeFetcher fetcher = new PublicCodeFetcher();

    @Activate
    public OnboardingResource(@Reference OnboardingServiceImpl onboarding) {
        this.onboarding = onboarding;
    }

    @GET
    @Path("criteria")
    @RolesAllowed(Access.SIGNED_IN)
    public List<Criterion> criteria() {
        return onboarding.catalogue().criteria();
    }

    @GET
    @Path("products")
    @RolesAllowed(Access.SIGNED_IN)
    public List<Product> products() {
        return onboarding.products();
    }

    @GET
    @Path("levels")
    @RolesAllowed(Access.SIGNED_IN)
    public Map<ProductLevel, Long> levels() {
        return onboarding.levelCounts();
    }

    /** A product with its gates, history, assessments and the current round's checklist. */
    @GET
    @Path("products/{id: \\d+}")
    @RolesAllowed(Access.SIGNED_IN)
    public Response product(@PathParam("id") long id) {
        Product p = onboarding.product(id).orElseThrow(() -> new NoSuchElementException("no product " + id));
        Assessment current = onboarding.assessment(id, onboarding.currentRound());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("product", p);
        answer.put("organisations", onboarding.organisationNames(p));
        answer.put("factChoices", Gates.FACTS);
        answer.put("gates", onboarding.gates(id));
        answer.put("history", onboarding.history(id));
        answer.put("assessments", onboarding.assessmentsOf(id).stream().map(a -> Map.of("id", a.id(), "round", a.round(), "state", a.state(),
                "decided", a.decided() == null ? "" : a.decided().name())).toList());
        answer.put("currentRound", onboarding.currentRound());
        answer.put("deadline", onboarding.deadline(onboarding.currentRound()));
        answer.put("levels", onboarding.levels(current));
        return Response.ok(answer).header(HttpHeaders.ETAG, PlatformRest.etag(p.version())).build();
    }

    @POST
    @Path("products")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SIGNED_IN)
    public Response register(ProductChange change, @Context SecurityContext security) {
        Product p = onboarding.register(required(change), user(security));
        return Response.created(URI.create("onboarding/products/" + p.id())).entity(p).header(HttpHeaders.ETAG, PlatformRest.etag(p.version())).build();
    }

    @PUT
    @Path("products/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SIGNED_IN)
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ProductChange change, @Context SecurityContext security) {
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/onboarding/products/" + id);
        Product p = onboarding.update(id, version, required(change), user(security));
        return Response.ok(p).header(HttpHeaders.ETAG, PlatformRest.etag(p.version())).build();
    }

    record StepRequest(PipelineStep step) {}

    @POST
    @Path("products/{id: \\d+}/advance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response advance(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, StepRequest body, @Context SecurityContext security) {
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/onboarding/products/" + id);
        Product p = onboarding.advance(id, version, required(body).step(), user(security));
        return Response.ok(p).header(HttpHeaders.ETAG, PlatformRest.etag(p.version())).build();
    }

    record ExceptionRequest(Gates.Gate gate, String explanation) {}

    @POST
    @Path("products/{id: \\d+}/exceptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response explain(@PathParam("id") long id, ExceptionRequest body, @Context SecurityContext security) {
        onboarding.explain(id, required(body).gate(), body.explanation(), user(security));
        return Response.noContent().build();
    }

    /** Reads a publiccode.yml (the body, YAML text) into the product and its current self-assessment. */
    @POST
    @Path("products/{id: \\d+}/publiccode")
    @Consumes({"application/yaml", "text/yaml", MediaType.TEXT_PLAIN})
    @RolesAllowed(Access.SIGNED_IN)
    public Map<String, Object> publicCode(@PathParam("id") long id, String yaml, @Context SecurityContext security) {
        return onboarding.importPublicCode(id, yaml, user(security));
    }

    record PublicCodeAddress(String url) {}

    /** Fetches the product's publiccode.yml from an https address (public hosts only) and reads it as above. */
    @POST
    @Path("products/{id: \\d+}/publiccode/fetch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SIGNED_IN)
    public Map<String, Object> publicCodeFrom(@PathParam("id") long id, PublicCodeAddress body, @Context SecurityContext security) {
        return onboarding.importPublicCodeFrom(id, required(body).url(), fetcher, user(security));
    }

    // ---- assessments

    @GET
    @Path("products/{id: \\d+}/assessments/{round: \\d{4}-[12]}")
    @RolesAllowed(Access.SIGNED_IN)
    public Response assessment(@PathParam("id") long id, @PathParam("round") String round) {
        Assessment a = onboarding.assessment(id, round);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("assessment", a);
        answer.put("levels", onboarding.levels(a));
        answer.put("deadline", onboarding.deadline(round));
        return Response.ok(answer).header(HttpHeaders.ETAG, PlatformRest.etag(a.version())).build();
    }

    record MarksRequest(List<Mark> marks) {}

    @PUT
    @Path("products/{id: \\d+}/assessments/{round: \\d{4}-[12]}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SIGNED_IN)
    public Response saveMarks(@PathParam("id") long id, @PathParam("round") String round, @HeaderParam("If-Match") String ifMatch, MarksRequest body,
            @Context SecurityContext security) {
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/onboarding/products/" + id + "/assessments/" + round);
        Assessment a = onboarding.saveMarks(id, round, version, required(body).marks(), user(security));
        return Response.ok(Map.of("assessment", a, "levels", onboarding.levels(a))).header(HttpHeaders.ETAG, PlatformRest.etag(a.version())).build();
    }

    record StepBody(Map<String, String> lights, String note, ProductLevel level, String reason) {}

    /** Moves an assessment on: {@code submit}, {@code evaluate} (lights, note), {@code review} (note, level), {@code decide} (level, reason). */
    @POST
    @Path("assessments/{id: \\d+}/{action: submit|evaluate|review|decide}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SIGNED_IN)
    public Response move(@PathParam("id") long id, @PathParam("action") String action, @HeaderParam("If-Match") String ifMatch, StepBody body,
            @Context SecurityContext security) {
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/onboarding/assessments/" + id + "/" + action);
        PlatformUser user = user(security);
        StepBody b = body == null ? new StepBody(null, null, null, null) : body;
        Assessment a = switch (action) {
            case "submit" -> onboarding.submit(id, version, user);
            case "evaluate" -> onboarding.evaluate(id, version, b.lights(), b.note(), user);
            case "review" -> onboarding.review(id, version, b.note(), b.level(), user);
            default -> onboarding.decide(id, version, b.level(), b.reason(), user);
        };
        return Response.ok(a).header(HttpHeaders.ETAG, PlatformRest.etag(a.version())).build();
    }

    /** The review queue of the current round: submitted, evaluated and reviewed assessments. */
    @GET
    @Path("review-queue")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public List<Map<String, Object>> queue() {
        return onboarding.products().stream().map(p -> Map.entry(p, onboarding.assessment(p.id(), onboarding.currentRound())))
                .filter(e -> e.getValue().state() != AssessmentState.DRAFT && e.getValue().state() != AssessmentState.DECIDED)
                .map(e -> Map.<String, Object>of("productId", e.getKey().id(), "product", e.getKey().name(), "assessmentId", e.getValue().id(),
                        "state", e.getValue().state(), "qualifying", String.valueOf(onboarding.levels(e.getValue()).qualifying())))
                .toList();
    }

    @GET
    @Path("reminders")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public List<Map<String, Object>> reminders() {
        return onboarding.reminders();
    }

    private static PlatformUser user(SecurityContext security) {
        return (PlatformUser) security.getUserPrincipal();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw ApiProblem.badRequest("a JSON body is required");
        }
        return body;
    }
}
