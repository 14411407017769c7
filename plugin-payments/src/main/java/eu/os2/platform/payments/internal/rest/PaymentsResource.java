package eu.os2.platform.payments.internal.rest;

import static eu.os2.platform.payments.internal.rest.Rest.required;
import static eu.os2.platform.payments.internal.rest.Rest.user;
import static eu.os2.platform.payments.internal.rest.Rest.year;

import eu.os2.platform.api.document.PdfWriter;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.TariffChange;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.ApiProblem;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.payments.internal.documents.InvoiceDocuments;
import eu.os2.platform.payments.internal.economy.EconomyService;
import eu.os2.platform.payments.internal.invoicing.InvoicingService;
import eu.os2.platform.payments.internal.model.EInvoice;
import eu.os2.platform.payments.internal.model.FeesCsv;
import eu.os2.platform.payments.internal.model.InvoiceCsv;
import eu.os2.platform.payments.internal.model.Reports;
import eu.os2.platform.payments.internal.model.Subscription;
import eu.os2.platform.payments.internal.model.WhatIfCsv;
import eu.os2.platform.payments.internal.population.PopulationService;
import eu.os2.platform.payments.internal.run.InvoiceRunService;
import eu.os2.platform.payments.internal.standing.StandingService;
import eu.os2.platform.payments.internal.store.LedgerEntry;
import eu.os2.platform.payments.internal.subscription.SubscriptionService;
import eu.os2.platform.payments.internal.tariff.TariffService;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * Amounts are JSON strings with two decimals. Every answer is a {@link Dtos} record or one of
 * core-api's published payment records.
 */
@Component(service = PaymentsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentsResource {

    private final TariffService tariffs;
    private final PopulationService population;
    private final SubscriptionService subscriptions;
    private final InvoicingService invoicing;
    private final InvoiceRunService runs;
    private final EconomyService economy;
    private final StandingService standing;
    private final InvoiceDocuments documents;

    @Activate
    public PaymentsResource(
            @Reference TariffService tariffs,
            @Reference PopulationService population,
            @Reference SubscriptionService subscriptions,
            @Reference InvoicingService invoicing,
            @Reference InvoiceRunService runs,
            @Reference EconomyService economy,
            @Reference StandingService standing,
            @Reference InvoiceDocuments documents) {
        this.tariffs = tariffs;
        this.population = population;
        this.subscriptions = subscriptions;
        this.invoicing = invoicing;
        this.runs = runs;
        this.economy = economy;
        this.standing = standing;
        this.documents = documents;
    }

    // ---- tariffs

    @GET
    @Path("tariffs")
    @RolesAllowed(Access.SIGNED_IN)
    public List<TariffVersion> tariffs() {
        return tariffs.tariffs();
    }

    /** The product names a tariff may price: {@code registry} false when no product registry is there (any name goes). */
    @GET
    @Path("products")
    @RolesAllowed(Access.SIGNED_IN)
    public Dtos.Products products() {
        Optional<List<String>> names = tariffs.registeredProducts();
        return new Dtos.Products(names.isPresent(), names.orElse(List.of()));
    }

    @GET
    @Path("tariffs/{id: \\d+}")
    @RolesAllowed(Access.SIGNED_IN)
    public Response tariff(@PathParam("id") long id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        TariffVersion t = tariffs.tariff(id)
                .orElseThrow(() -> Rest.notFound("no tariff version " + id, Rest.english(acceptLanguage)));
        return Response.ok(t)
                .header(HttpHeaders.ETAG, PlatformRest.etag(t.version()))
                .build();
    }

    @POST
    @Path("tariffs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response createTariff(TariffChange change, @Context SecurityContext security) {
        TariffVersion created = tariffs.createDraft(required(change), user(security));
        return Response.created(URI.create("payments/tariffs/" + created.id()))
                .entity(created)
                .header(HttpHeaders.ETAG, PlatformRest.etag(created.version()))
                .build();
    }

    @PUT
    @Path("tariffs/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response updateTariff(
            @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            TariffChange change,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        PlatformUser user = user(security);
        boolean english = Rest.english(acceptLanguage);
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/payments/tariffs/" + id);
        TariffChange c = required(change, english);
        TariffVersion updated = Rest.found(english, () -> tariffs.updateDraft(id, version, c, user));
        return Response.ok(updated)
                .header(HttpHeaders.ETAG, PlatformRest.etag(updated.version()))
                .build();
    }

    @POST
    @Path("tariffs/{id: \\d+}/adopt")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response adopt(
            @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            Requests.Adopt body,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        PlatformUser user = user(security);
        boolean english = Rest.english(acceptLanguage);
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/payments/tariffs/" + id);
        String decisionRef = required(body, english).decisionRef();
        TariffVersion adopted = Rest.found(english, () -> tariffs.adopt(id, version, decisionRef, user));
        return Response.ok(adopted)
                .header(HttpHeaders.ETAG, PlatformRest.etag(adopted.version()))
                .build();
    }

    @GET
    @Path("tariffs/{id: \\d+}/what-if")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public Dtos.WhatIf whatIf(
            @PathParam("id") long id,
            @QueryParam("year") Integer year,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        boolean english = Rest.english(acceptLanguage);
        int y = year(year, english);
        return Dtos.WhatIf.of(Rest.found(english, () -> economy.whatIf(id, y)));
    }

    /** The what-if comparison as CSV, escaped against spreadsheet formulas; the same access as the comparison. */
    @GET
    @Path("tariffs/{id: \\d+}/what-if.csv")
    @Produces("text/csv")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public Response whatIfCsv(
            @PathParam("id") long id,
            @QueryParam("year") Integer year,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        boolean english = Rest.english(acceptLanguage);
        int y = year(year, english);
        Reports.WhatIf w = Rest.found(english, () -> economy.whatIf(id, y));
        return Response.ok(WhatIfCsv.write(w), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"os2-konsekvens-" + id + "-" + y + ".csv\"")
                .build();
    }

    // ---- index series and population

    @GET
    @Path("index")
    @RolesAllowed(Access.SIGNED_IN)
    public Dtos.Index index() {
        return Dtos.Index.of(population.index());
    }

    @PUT
    @Path("index/{year: \\d{4}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Dtos.Index setIndex(
            @PathParam("year") int year, Requests.IndexValue body, @Context SecurityContext security) {
        population.setIndex(year, required(body).value(), user(security));
        return Dtos.Index.of(population.index());
    }

    /** @return the imported figures per year: {@code {"2020": {"101": 632340, …}}} */
    @GET
    @Path("population")
    @RolesAllowed(Access.SIGNED_IN)
    public Dtos.Population population(@QueryParam("year") Integer year) {
        return Dtos.Population.of(population.population().stream()
                .filter(f -> year == null || f.year() == year)
                .toList());
    }

    /** Imports a CSV file (Danmarks Statistik's FOLK1A/BY2 export or the platform's own list); all or nothing. */
    @POST
    @Path("population")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Access.SECRETARIAT)
    public Dtos.PopulationImport importPopulation(
            String csv, @QueryParam("source") String source, @Context SecurityContext security) {
        return Dtos.PopulationImport.of(population.importPopulation(csv, source, user(security)));
    }

    @PUT
    @Path("subscriptions/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response changeSubscription(
            @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            Requests.ChangeSubscription body,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        PlatformUser user = user(security);
        boolean english = Rest.english(acceptLanguage);
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/payments/subscriptions/" + id);
        Requests.ChangeSubscription c = required(body, english);
        Subscription changed =
                Rest.found(english, () -> subscriptions.changeSubscription(id, version, c.to(), c.passive(), user));
        return Response.ok(Dtos.SubscriptionDto.of(changed))
                .header(HttpHeaders.ETAG, PlatformRest.etag(changed.version()))
                .build();
    }

    @GET
    @Path("standings")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public Dtos.Standings standings() {
        return Dtos.Standings.of(standing.currentStandings());
    }

    // ---- the invoice run

    /** The dry run: every organisation's fee for the year, what would be issued and what stops it. */
    @GET
    @Path("fees")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public Dtos.Preview preview(
            @QueryParam("year") Integer year, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return Dtos.Preview.of(runs.preview(year(year, Rest.english(acceptLanguage))));
    }

    /** The members' fees for the year as CSV (one row per organisation, the fee by kind); the same access as the fees. */
    @GET
    @Path("fees.csv")
    @Produces("text/csv")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public Response feesCsv(
            @QueryParam("year") Integer year, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        int y = year(year, Rest.english(acceptLanguage));
        return Response.ok(FeesCsv.write(runs.preview(y)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"os2-betaling-" + y + ".csv\"")
                .build();
    }

    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response startRun(
            Requests.Run body,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        PlatformUser user = user(security);
        boolean english = Rest.english(acceptLanguage);
        Reports.RunStatus run = runs.startRun(year(required(body, english).year(), english), user);
        return Response.accepted(Dtos.RunStatus.of(run))
                .location(URI.create("payments/runs/" + run.id()))
                .build();
    }

    @GET
    @Path("runs")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public List<Dtos.RunStatus> runs() {
        return runs.runStatuses().stream().map(Dtos.RunStatus::of).toList();
    }

    @GET
    @Path("runs/{id: \\d+}")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public Dtos.RunStatus run(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return Dtos.RunStatus.of(runs.runStatus(id)
                .orElseThrow(() -> Rest.notFound("no invoice run " + id, Rest.english(acceptLanguage))));
    }

    // ---- invoices

    @GET
    @Path("invoices")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public List<Invoice> invoices(
            @QueryParam("year") Integer year, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return invoicing.invoicesIn(year(year, Rest.english(acceptLanguage)));
    }

    @GET
    @Path("invoices.csv")
    @Produces("text/csv")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public Response invoicesCsv(
            @QueryParam("year") Integer year, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        int y = year(year, Rest.english(acceptLanguage));
        return Response.ok(InvoiceCsv.write(invoicing.invoicesIn(y)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"os2-fakturaer-" + y + ".csv\"")
                .build();
    }

    @GET
    @Path("invoices/{id: \\d+}")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD, Access.MEMBER_REPRESENTATIVE, Access.PARTNER})
    public Invoice invoice(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        return visible(security, id, Rest.english(acceptLanguage));
    }

    @GET
    @Path("invoices/{id: \\d+}/xml")
    @Produces(MediaType.APPLICATION_XML)
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD, Access.MEMBER_REPRESENTATIVE, Access.PARTNER})
    public Response xml(
            @PathParam("id") long id,
            @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        boolean english = Rest.english(acceptLanguage);
        Invoice invoice = visible(security, id, english);
        EInvoice.Format f;
        try {
            f = EInvoice.Format.valueOf(
                    (format == null || format.isBlank() ? "oioubl" : format.strip()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(
                    400,
                    "validation",
                    "Invalid data",
                    Rest.say(english, "format er oioubl eller peppol.", "format is oioubl or peppol."),
                    Map.of("format", "unknown"));
        }
        if (invoice.buyer().ean() == null || invoice.buyer().ean().isBlank()) {
            throw new ApiProblem(
                    409,
                    "no-endpoint",
                    Rest.say(english, "Ingen e-fakturaadresse", "No e-invoice address"),
                    Rest.say(
                            english,
                            "Køberen har intet EAN/GLN-nummer på denne faktura.",
                            "The buyer has no EAN/GLN on this invoice."),
                    Map.of());
        }
        return Response.ok(invoicing.xml(invoice, f), "application/xml; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + EInvoice.fileName(invoice, f) + "\"")
                .build();
    }

    /**
     * The invoice or credit note as a PDF people read, in Danish or English ({@code lang}, else the
     * browser's preference); refused as the XML is.
     */
    @GET
    @Path("invoices/{id: \\d+}.pdf")
    @Produces(PdfWriter.MEDIA_TYPE)
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD, Access.MEMBER_REPRESENTATIVE, Access.PARTNER})
    public Response pdf(
            @PathParam("id") long id,
            @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        Invoice invoice = visible(security, id, Rest.english(acceptLanguage));
        Language language = Rest.language(lang, acceptLanguage);
        return Response.ok(documents.pdf(invoice, language), PdfWriter.MEDIA_TYPE)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + InvoiceDocuments.fileName(invoice, language) + "\"")
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("invoices/{id: \\d+}/credit-note")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response credit(
            @PathParam("id") long id,
            Requests.Credit body,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        PlatformUser user = user(security);
        boolean english = Rest.english(acceptLanguage);
        Requests.Credit c = required(body, english);
        Invoice note = Rest.found(english, () -> invoicing.credit(id, c.reason(), c.reissue(), user));
        return Response.created(URI.create("payments/invoices/" + note.id()))
                .entity(note)
                .build();
    }

    // ---- the association's economy

    @GET
    @Path("economy")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
    public Dtos.Economy economy() {
        return Dtos.Economy.of(economy.economy(), economy.ledger());
    }

    @POST
    @Path("ledger")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response ledger(Requests.Ledger body, @Context SecurityContext security) {
        PlatformUser user = user(security);
        Requests.Ledger l = required(body);
        LedgerEntry entry = economy.record(l.year() == null ? 0 : l.year(), l.account(), l.amount(), l.note(), user);
        return Response.created(URI.create("payments/economy"))
                .entity(Dtos.Ledger.of(entry))
                .build();
    }

    private Invoice visible(SecurityContext security, long id, boolean english) {
        Optional<Invoice> invoice = invoicing.invoice(id);
        // someone else's invoice answers as if it did not exist
        if (invoice.isEmpty() || !Rest.sees(user(security), invoice.get().organisationId())) {
            throw Rest.notFound("no invoice " + id, english);
        }
        return invoice.get();
    }
}
