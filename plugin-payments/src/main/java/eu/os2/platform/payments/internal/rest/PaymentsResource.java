package eu.os2.platform.payments.internal.rest;

import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.PaymentStandingService;
import eu.os2.platform.api.payment.StandingRecord;
import eu.os2.platform.api.payment.TariffChange;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.ApiProblem;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.user.AccessDeniedException;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.payments.internal.PaymentServiceImpl;
import eu.os2.platform.payments.internal.model.BillingDetails;
import eu.os2.platform.payments.internal.model.EInvoice;
import eu.os2.platform.payments.internal.model.InvoiceCsv;
import eu.os2.platform.payments.internal.model.PopulationCsv;
import eu.os2.platform.payments.internal.model.PopulationFigure;
import eu.os2.platform.payments.internal.model.Reports;
import eu.os2.platform.payments.internal.model.Subscription;
import eu.os2.platform.payments.internal.store.PaymentStore;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
 * The payment model at {@code /api/v1/payments}. Every signed-in user reads the tariffs; the
 * secretariat and administrators change everything; the board also reads fees, invoices, the
 * economy and what-if; a member representative reads only its own organisation's fees, invoices
 * and standing. Changes to an existing object need {@code If-Match} with the ETag last read.
 * Amounts are JSON strings with two decimals.
 */
@Component(service = PaymentsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentsResource {

    private final PaymentServiceImpl payments;

    @Activate
    public PaymentsResource(@Reference PaymentServiceImpl payments) {
        this.payments = payments;
    }

    // ---- tariffs

    @GET
    @Path("tariffs")
    @RolesAllowed(Access.SIGNED_IN)
    public List<TariffVersion> tariffs() {
        return payments.tariffs();
    }

    /** The product names a tariff may price: {@code registry} false when no product registry is there (any name goes). */
    @GET
    @Path("products")
    @RolesAllowed(Access.SIGNED_IN)
    public Map<String, Object> products() {
        Optional<List<String>> names = payments.registeredProducts();
        return Map.of("registry", names.isPresent(), "products", names.orElse(List.of()));
    }

    @GET
    @Path("tariffs/{id: \\d+}")
    @RolesAllowed(Access.SIGNED_IN)
    public Response tariff(@PathParam("id") long id) {
        TariffVersion t = payments.tariff(id).orElseThrow(() -> new NoSuchElementException("no tariff version " + id));
        return Response.ok(t).header(HttpHeaders.ETAG, PlatformRest.etag(t.version())).build();
    }

    @POST
    @Path("tariffs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response createTariff(TariffChange change, @Context SecurityContext security) {
        TariffVersion created = payments.createDraft(required(change), user(security));
        return Response.created(URI.create("payments/tariffs/" + created.id())).entity(created)
                .header(HttpHeaders.ETAG, PlatformRest.etag(created.version())).build();
    }

    @PUT
    @Path("tariffs/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response updateTariff(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, TariffChange change,
            @Context SecurityContext security) {
        PlatformUser user = user(security);
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/payments/tariffs/" + id);
        TariffVersion updated = payments.updateDraft(id, version, required(change), user);
        return Response.ok(updated).header(HttpHeaders.ETAG, PlatformRest.etag(updated.version())).build();
    }

    @POST
    @Path("tariffs/{id: \\d+}/adopt")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response adopt(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, Requests.Adopt body,
            @Context SecurityContext security) {
        PlatformUser user = user(security);
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/payments/tariffs/" + id);
        TariffVersion adopted = payments.adopt(id, version, required(body).decisionRef(), user);
        return Response.ok(adopted).header(HttpHeaders.ETAG, PlatformRest.etag(adopted.version())).build();
    }

    @GET
    @Path("tariffs/{id: \\d+}/what-if")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public Reports.WhatIf whatIf(@PathParam("id") long id, @QueryParam("year") Integer year) {
        return payments.whatIf(id, year(year));
    }

    // ---- index series and population

    @GET
    @Path("index")
    @RolesAllowed(Access.SIGNED_IN)
    public Map<Integer, BigDecimal> index() {
        return payments.index();
    }

    @PUT
    @Path("index/{year: \\d{4}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Map<Integer, BigDecimal> setIndex(@PathParam("year") int year, Requests.IndexValue body, @Context SecurityContext security) {
        payments.setIndex(year, required(body).value(), user(security));
        return payments.index();
    }

    /** @return the imported figures per year: {@code {"2020": {"101": 632340, …}}} */
    @GET
    @Path("population")
    @RolesAllowed(Access.SIGNED_IN)
    public Map<Integer, Map<Integer, Long>> population(@QueryParam("year") Integer year) {
        return payments.population().stream().filter(f -> year == null || f.year() == year)
                .collect(Collectors.groupingBy(PopulationFigure::year, TreeMap::new,
                        Collectors.toMap(PopulationFigure::municipalityCode, PopulationFigure::inhabitants, (a, b) -> b, TreeMap::new)));
    }

    /** Imports a CSV file (Danmarks Statistik's FOLK1A/BY2 export or the platform's own list); all or nothing. */
    @POST
    @Path("population")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Access.SECRETARIAT)
    public Map<String, Object> importPopulation(String csv, @QueryParam("source") String source, @Context SecurityContext security) {
        PopulationCsv.Result result = payments.importPopulation(csv, source, user(security));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("figures", result.figures().size());
        answer.put("skipped", result.skipped());
        answer.put("years", result.figures().stream().map(PopulationFigure::year).distinct().sorted().toList());
        return answer;
    }

    // ---- per organisation

    @GET
    @Path("organisations/{id: \\d+}/billing")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD, Access.MEMBER_REPRESENTATIVE, Access.PARTNER})
    public Response billing(@PathParam("id") long id, @Context SecurityContext security) {
        forOrganisation(security, id);
        BillingDetails b = payments.billing(id);
        return Response.ok(b).header(HttpHeaders.ETAG, PlatformRest.etag(b.version())).build();
    }

    @PUT
    @Path("organisations/{id: \\d+}/billing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response saveBilling(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, Requests.Billing body,
            @Context SecurityContext security) {
        PlatformUser user = user(security);
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/payments/organisations/" + id + "/billing");
        Requests.Billing b = required(body);
        BillingDetails saved = payments.saveBilling(id, version, new BillingDetails(id, b.orderReference(), b.personReference(), b.street(),
                b.postcode(), b.city(), b.manualTier(), b.tierReason(), version), user);
        return Response.ok(saved).header(HttpHeaders.ETAG, PlatformRest.etag(saved.version())).build();
    }

    @GET
    @Path("organisations/{id: \\d+}/subscriptions")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD, Access.MEMBER_REPRESENTATIVE, Access.PARTNER})
    public List<Subscription> subscriptions(@PathParam("id") long id, @Context SecurityContext security) {
        forOrganisation(security, id);
        return payments.subscriptions(id);
    }

    @POST
    @Path("organisations/{id: \\d+}/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response subscribe(@PathParam("id") long id, Requests.Subscribe body, @Context SecurityContext security) {
        PlatformUser user = user(security);
        Requests.Subscribe s = required(body);
        Subscription created = payments.subscribe(id, s.product(), s.from(), s.passive(), user);
        return Response.created(URI.create("payments/subscriptions/" + created.id())).entity(created)
                .header(HttpHeaders.ETAG, PlatformRest.etag(created.version())).build();
    }

    @PUT
    @Path("subscriptions/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response changeSubscription(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, Requests.ChangeSubscription body,
            @Context SecurityContext security) {
        PlatformUser user = user(security);
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/payments/subscriptions/" + id);
        Subscription changed = payments.changeSubscription(id, version, required(body).to(), body.passive(), user);
        return Response.ok(changed).header(HttpHeaders.ETAG, PlatformRest.etag(changed.version())).build();
    }

    /** What the organisation pays for the year and why (a dry-run view of its invoice). */
    @GET
    @Path("organisations/{id: \\d+}/fees")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD, Access.MEMBER_REPRESENTATIVE, Access.PARTNER})
    public Reports.MemberCharge fees(@PathParam("id") long id, @QueryParam("year") Integer year, @Context SecurityContext security) {
        forOrganisation(security, id);
        return payments.feesOf(id, year(year));
    }

    @GET
    @Path("organisations/{id: \\d+}/invoices")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD, Access.MEMBER_REPRESENTATIVE, Access.PARTNER})
    public List<Invoice> invoicesOf(@PathParam("id") long id, @Context SecurityContext security) {
        forOrganisation(security, id);
        return payments.invoicesOf(id);
    }

    @GET
    @Path("organisations/{id: \\d+}/standing")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD, Access.MEMBER_REPRESENTATIVE, Access.PARTNER})
    public Map<String, Object> standing(@PathParam("id") long id, @Context SecurityContext security) {
        forOrganisation(security, id);
        List<StandingRecord> history = payments.history(id);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("current", history.isEmpty() ? null : history.get(0));
        answer.put("treatedAsWithdrawn", ((PaymentStandingService) payments).treatedAsWithdrawn(id));
        answer.put("history", history);
        return answer;
    }

    @POST
    @Path("organisations/{id: \\d+}/standing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response recordStanding(@PathParam("id") long id, Requests.Standing body, @Context SecurityContext security) {
        PlatformUser user = user(security);
        StandingRecord r = payments.record(id, required(body).standing(), body.note(), user);
        return Response.created(URI.create("payments/organisations/" + id + "/standing")).entity(r).build();
    }

    @GET
    @Path("standings")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public Map<Long, StandingRecord> standings() {
        return payments.currentStandings();
    }

    // ---- the invoice run

    /** The dry run: every organisation's fee for the year, what would be issued and what stops it. */
    @GET
    @Path("fees")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public Reports.Preview preview(@QueryParam("year") Integer year) {
        return payments.preview(year(year));
    }

    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response startRun(Requests.Run body, @Context SecurityContext security) {
        PlatformUser user = user(security);
        Reports.RunStatus run = payments.startRun(year(required(body).year()), user);
        return Response.accepted(run).location(URI.create("payments/runs/" + run.id())).build();
    }

    @GET
    @Path("runs")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public List<Reports.RunStatus> runs() {
        return payments.runStatuses();
    }

    @GET
    @Path("runs/{id: \\d+}")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public Reports.RunStatus run(@PathParam("id") long id) {
        return payments.runStatus(id).orElseThrow(() -> new NoSuchElementException("no invoice run " + id + " on this node"));
    }

    // ---- invoices

    @GET
    @Path("invoices")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public List<Invoice> invoices(@QueryParam("year") Integer year) {
        return payments.invoicesIn(year(year));
    }

    @GET
    @Path("invoices.csv")
    @Produces("text/csv")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public Response invoicesCsv(@QueryParam("year") Integer year) {
        int y = year(year);
        return Response.ok(InvoiceCsv.write(payments.invoicesIn(y)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"os2-fakturaer-" + y + ".csv\"").build();
    }

    @GET
    @Path("invoices/{id: \\d+}")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD, Access.MEMBER_REPRESENTATIVE, Access.PARTNER})
    public Invoice invoice(@PathParam("id") long id, @Context SecurityContext security) {
        return visible(security, id);
    }

    @GET
    @Path("invoices/{id: \\d+}/xml")
    @Produces(MediaType.APPLICATION_XML)
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD, Access.MEMBER_REPRESENTATIVE, Access.PARTNER})
    public Response xml(@PathParam("id") long id, @QueryParam("format") String format, @Context SecurityContext security) {
        Invoice invoice = visible(security, id);
        EInvoice.Format f;
        try {
            f = EInvoice.Format.valueOf((format == null || format.isBlank() ? "oioubl" : format.strip()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(400, "validation", "Invalid data", "format is oioubl or peppol", Map.of("format", "unknown"));
        }
        if (invoice.buyer().ean() == null || invoice.buyer().ean().isBlank()) {
            throw new ApiProblem(409, "no-endpoint", "No e-invoice address", "the buyer has no EAN/GLN on this invoice", Map.of());
        }
        return Response.ok(payments.xml(invoice, f), "application/xml; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + EInvoice.fileName(invoice, f) + "\"").build();
    }

    @POST
    @Path("invoices/{id: \\d+}/credit-note")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response credit(@PathParam("id") long id, Requests.Credit body, @Context SecurityContext security) {
        PlatformUser user = user(security);
        Invoice note = payments.credit(id, required(body).reason(), body.reissue(), user);
        return Response.created(URI.create("payments/invoices/" + note.id())).entity(note).build();
    }

    // ---- the association's economy

    @GET
    @Path("economy")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public Map<String, Object> economy() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("years", payments.economy());
        answer.put("ledger", payments.ledger());
        return answer;
    }

    @POST
    @Path("ledger")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response ledger(Requests.Ledger body, @Context SecurityContext security) {
        PlatformUser user = user(security);
        Requests.Ledger l = required(body);
        PaymentStore.LedgerEntry entry = payments.record(l.year() == null ? 0 : l.year(), l.account(), l.amount(), l.note(), user);
        return Response.created(URI.create("payments/economy")).entity(entry).build();
    }

    // ---- access

    private static PlatformUser user(SecurityContext security) {
        return (PlatformUser) security.getUserPrincipal();
    }

    /** The secretariat and the board see every organisation; a member representative or a partner only its own. */
    private static void forOrganisation(SecurityContext security, long organisationId) {
        if (!sees(user(security), organisationId)) {
            throw new AccessDeniedException("a member representative or partner sees only its own organisation");
        }
    }

    private static boolean sees(PlatformUser user, long organisationId) {
        return user.hasRole(Role.SECRETARIAT) || user.hasRole(Role.BOARD) || user.belongsTo(organisationId);
    }

    private Invoice visible(SecurityContext security, long id) {
        Optional<Invoice> invoice = payments.invoice(id);
        PlatformUser user = user(security);
        // someone else's invoice answers as if it did not exist
        if (invoice.isEmpty() || !sees(user, invoice.get().organisationId())) {
            throw new NoSuchElementException("no invoice " + id);
        }
        return invoice.get();
    }

    private static int year(Integer year) {
        if (year == null) {
            throw new ApiProblem(400, "validation", "Invalid data", "year is required", Map.of("year", "required"));
        }
        if (year < 2000 || year > 2100) {
            throw new ApiProblem(400, "validation", "Invalid data", "year must be 2000-2100", Map.of("year", "out-of-range"));
        }
        return year;
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw ApiProblem.badRequest("a JSON body is required");
        }
        return body;
    }
}
