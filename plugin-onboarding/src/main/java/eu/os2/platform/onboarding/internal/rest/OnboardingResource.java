package eu.os2.platform.onboarding.internal.rest;

import eu.os2.platform.api.product.PipelineStep;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.UserService;
import eu.os2.platform.onboarding.internal.ProductChange;
import eu.os2.platform.onboarding.internal.assessment.Assessments;
import eu.os2.platform.onboarding.internal.model.Assessment;
import eu.os2.platform.onboarding.internal.model.AssessmentState;
import eu.os2.platform.onboarding.internal.model.Gates;
import eu.os2.platform.onboarding.internal.model.Mark;
import eu.os2.platform.onboarding.internal.pipeline.Pipeline;
import eu.os2.platform.onboarding.internal.publiccode.PublicCodeImport;
import eu.os2.platform.onboarding.internal.registry.ProductRegistry;
import eu.os2.platform.onboarding.internal.reminders.Reminders;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
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
 * registers its organisation's ideas. Changes to existing objects need {@code If-Match}. Every answer
 * is one of this package's {@code *Dto} records; a list is declared as an array, never as a generic
 * type: the JSON provider writes an error answer with the method's generic return type, and a problem
 * body does not fit a {@code List<…>} or a {@code Map<…>} (issue 12: {@code /onboarding/levels}).
 * Texts a user reads (criteria, refusals) come in the language of {@code Accept-Language}: Danish
 * unless English is preferred.
 */
@Component(service = OnboardingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("onboarding")
@Produces(MediaType.APPLICATION_JSON)
public class OnboardingResource {

    private final ProductRegistry registry;
    private final Pipeline pipeline;
    private final Assessments assessments;
    private final PublicCodeImport publicCode;
    private final Reminders reminders;
    private final UserService users;

    @Activate
    public OnboardingResource(
            @Reference ProductRegistry registry,
            @Reference Pipeline pipeline,
            @Reference Assessments assessments,
            @Reference PublicCodeImport publicCode,
            @Reference Reminders reminders,
            @Reference UserService users) {
        this.registry = registry;
        this.pipeline = pipeline;
        this.assessments = assessments;
        this.publicCode = publicCode;
        this.reminders = reminders;
        this.users = users;
    }

    @GET
    @Path("criteria")
    @RolesAllowed(Access.SIGNED_IN)
    public CriterionDto[] criteria(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        boolean english = PlatformRest.prefersEnglish(language);
        return assessments.catalogue().criteria().stream()
                .map(c -> CriterionDto.of(c, english))
                .toArray(CriterionDto[]::new);
    }

    @GET
    @Path("products")
    @RolesAllowed(Access.SIGNED_IN)
    public ProductDto[] products() {
        return registry.products().stream().map(ProductDto::of).toArray(ProductDto[]::new);
    }

    @GET
    @Path("levels")
    @RolesAllowed(Access.SIGNED_IN)
    public LevelCountsDto levels() {
        return LevelCountsDto.of(assessments.levelCounts());
    }

    /**
     * A product with its gates, history, assessments and the current round's checklist, and the
     * display names of the people it names (coordinator, the history's actors) by username.
     */
    @GET
    @Path("products/{id: \\d+}")
    @RolesAllowed(Access.SIGNED_IN)
    public Response product(@PathParam("id") long id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Product p = ProblemTexts.localized(language, () -> registry.require(id));
        String round = assessments.currentRound();
        Map<String, String> organisations = new LinkedHashMap<>();
        registry.organisationNames(p).forEach((org, name) -> organisations.put(Long.toString(org), name));
        Map<String, GateDto> gates = new LinkedHashMap<>();
        pipeline.gates(id).forEach((gate, g) -> gates.put(gate, GateDto.of(g)));
        List<HistoryDto> history =
                registry.history(id).stream().map(HistoryDto::of).toList();
        Map<String, String> people = new LinkedHashMap<>();
        Stream.concat(Stream.of(p.coordinator()), history.stream().map(HistoryDto::actor))
                .filter(Objects::nonNull)
                .distinct()
                .forEach(username -> displayName(username).ifPresent(name -> people.put(username, name)));
        ProductDetailDto answer = new ProductDetailDto(
                ProductDto.of(p),
                organisations,
                Gates.FACTS,
                gates,
                history,
                assessments.assessmentsOf(id).stream()
                        .map(AssessmentSummaryDto::of)
                        .toList(),
                round,
                assessments.deadline(round),
                LevelsDto.of(assessments.levels(assessments.assessment(id, round))),
                people);
        return Response.ok(answer)
                .header(HttpHeaders.ETAG, PlatformRest.etag(p.version()))
                .build();
    }

    @POST
    @Path("products")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SIGNED_IN)
    public Response register(
            ProductChange change,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            @Context SecurityContext security) {
        Product p =
                ProblemTexts.localized(language, () -> registry.register(required(change, language), user(security)));
        return Response.created(URI.create("onboarding/products/" + p.id()))
                .entity(ProductDto.of(p))
                .header(HttpHeaders.ETAG, PlatformRest.etag(p.version()))
                .build();
    }

    @PUT
    @Path("products/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SIGNED_IN)
    public Response update(
            @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            ProductChange change,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            @Context SecurityContext security) {
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/onboarding/products/" + id);
        return withEtag(ProblemTexts.localized(
                language, () -> registry.update(id, version, required(change, language), user(security))));
    }

    record StepRequest(PipelineStep step) {}

    @POST
    @Path("products/{id: \\d+}/advance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response advance(
            @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            StepRequest body,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            @Context SecurityContext security) {
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/onboarding/products/" + id);
        return withEtag(ProblemTexts.localized(
                language,
                () -> pipeline.advance(id, version, required(body, language).step(), user(security))));
    }

    record ExceptionRequest(Gates.Gate gate, String explanation) {}

    @POST
    @Path("products/{id: \\d+}/exceptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response explain(
            @PathParam("id") long id,
            ExceptionRequest body,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            @Context SecurityContext security) {
        ProblemTexts.localized(language, () -> {
            pipeline.explain(id, required(body, language).gate(), body.explanation(), user(security));
            return null;
        });
        return Response.noContent().build();
    }

    /** Reads a publiccode.yml (the body, YAML text) into the product and its current self-assessment. */
    @POST
    @Path("products/{id: \\d+}/publiccode")
    @Consumes({"application/yaml", "text/yaml", MediaType.TEXT_PLAIN})
    @RolesAllowed(Access.SIGNED_IN)
    public PublicCodeImportDto publicCode(
            @PathParam("id") long id,
            String yaml,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            @Context SecurityContext security) {
        return PublicCodeImportDto.of(
                ProblemTexts.localized(language, () -> publicCode.importPublicCode(id, yaml, user(security))));
    }

    record PublicCodeAddress(String url) {}

    /** Fetches the product's publiccode.yml from an https address (public hosts only) and reads it as above. */
    @POST
    @Path("products/{id: \\d+}/publiccode/fetch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SIGNED_IN)
    public PublicCodeImportDto publicCodeFrom(
            @PathParam("id") long id,
            PublicCodeAddress body,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            @Context SecurityContext security) {
        return PublicCodeImportDto.of(ProblemTexts.localized(
                language,
                () -> publicCode.importPublicCodeFrom(
                        id, required(body, language).url(), user(security))));
    }

    // ---- assessments

    @GET
    @Path("products/{id: \\d+}/assessments/{round: \\d{4}-[12]}")
    @RolesAllowed(Access.SIGNED_IN)
    public Response assessment(
            @PathParam("id") long id,
            @PathParam("round") String round,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Assessment a = ProblemTexts.localized(language, () -> assessments.assessment(id, round));
        AssessmentViewDto answer = new AssessmentViewDto(
                AssessmentDto.of(a), LevelsDto.of(assessments.levels(a)), assessments.deadline(round));
        return Response.ok(answer)
                .header(HttpHeaders.ETAG, PlatformRest.etag(a.version()))
                .build();
    }

    record MarksRequest(List<Mark> marks) {}

    @PUT
    @Path("products/{id: \\d+}/assessments/{round: \\d{4}-[12]}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SIGNED_IN)
    public Response saveMarks(
            @PathParam("id") long id,
            @PathParam("round") String round,
            @HeaderParam("If-Match") String ifMatch,
            MarksRequest body,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            @Context SecurityContext security) {
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/onboarding/products/" + id + "/assessments/" + round);
        Assessment a = ProblemTexts.localized(
                language,
                () -> assessments.saveMarks(
                        id, round, version, required(body, language).marks(), user(security)));
        return Response.ok(new AssessmentSavedDto(AssessmentDto.of(a), LevelsDto.of(assessments.levels(a))))
                .header(HttpHeaders.ETAG, PlatformRest.etag(a.version()))
                .build();
    }

    record StepBody(Map<String, String> lights, String note, ProductLevel level, String reason) {}

    /**
     * Moves an assessment on: {@code submit}, {@code evaluate} (lights, note), {@code review} (note,
     * level), {@code decide} (level, reason).
     */
    @POST
    @Path("assessments/{id: \\d+}/{action: submit|evaluate|review|decide}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SIGNED_IN)
    public Response move(
            @PathParam("id") long id,
            @PathParam("action") String action,
            @HeaderParam("If-Match") String ifMatch,
            StepBody body,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            @Context SecurityContext security) {
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/onboarding/assessments/" + id + "/" + action);
        PlatformUser user = user(security);
        StepBody b = body == null ? new StepBody(null, null, null, null) : body;
        Assessment a = ProblemTexts.localized(language, () -> switch (action) {
            case "submit" -> assessments.submit(id, version, user);
            case "evaluate" -> assessments.evaluate(id, version, b.lights(), b.note(), user);
            case "review" -> assessments.review(id, version, b.note(), b.level(), user);
            default -> assessments.decide(id, version, b.level(), b.reason(), user);
        });
        return Response.ok(AssessmentDto.of(a))
                .header(HttpHeaders.ETAG, PlatformRest.etag(a.version()))
                .build();
    }

    /** The review queue of the current round: submitted, evaluated and reviewed assessments. */
    @GET
    @Path("review-queue")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public QueueEntryDto[] queue() {
        String round = assessments.currentRound();
        return registry.products().stream()
                .map(p -> Map.entry(p, assessments.assessment(p.id(), round)))
                .filter(e -> e.getValue().state() != AssessmentState.DRAFT
                        && e.getValue().state() != AssessmentState.DECIDED)
                .map(e -> new QueueEntryDto(
                        e.getKey().id(),
                        e.getKey().name(),
                        e.getValue().id(),
                        e.getValue().state(),
                        String.valueOf(assessments.levels(e.getValue()).qualifying())))
                .toArray(QueueEntryDto[]::new);
    }

    @GET
    @Path("reminders")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public ReminderDto[] reminders() {
        return reminders.reminders().stream().map(ReminderDto::of).toArray(ReminderDto[]::new);
    }

    private static Response withEtag(Product p) {
        return Response.ok(ProductDto.of(p))
                .header(HttpHeaders.ETAG, PlatformRest.etag(p.version()))
                .build();
    }

    private static PlatformUser user(SecurityContext security) {
        return (PlatformUser) security.getUserPrincipal();
    }

    private static <T> T required(T body, String language) {
        if (body == null) {
            throw ProblemTexts.noBody(language);
        }
        return body;
    }

    /** @return the user's display name, when the directory knows the username and it differs from it */
    private Optional<String> displayName(String username) {
        return users.find(username)
                .map(PlatformUser::displayName)
                .filter(name -> !name.isBlank() && !name.equals(username));
    }
}
