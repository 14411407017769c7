package eu.os2.platform.payments.internal.rest;

import static eu.os2.platform.payments.internal.rest.Rest.forOrganisation;
import static eu.os2.platform.payments.internal.rest.Rest.required;
import static eu.os2.platform.payments.internal.rest.Rest.user;
import static eu.os2.platform.payments.internal.rest.Rest.year;

import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.StandingRecord;
import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.payments.internal.charge.ChargeService;
import eu.os2.platform.payments.internal.invoicing.InvoicingService;
import eu.os2.platform.payments.internal.model.BillingDetails;
import eu.os2.platform.payments.internal.model.Subscription;
import eu.os2.platform.payments.internal.standing.StandingService;
import eu.os2.platform.payments.internal.subscription.SubscriptionService;
import java.net.URI;
import java.util.List;
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
 * One organisation's part of the payment model at {@code /api/v1/payments/organisations/{id}}: billing
 * details, subscriptions, fees, invoices and payment standing. The secretariat and the board see every
 * organisation; a member representative or a partner only its own.
 */
@Component(service = OrganisationPaymentsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("payments/organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationPaymentsResource {

    private final SubscriptionService subscriptions;
    private final ChargeService charges;
    private final InvoicingService invoicing;
    private final StandingService standing;

    @Activate
    public OrganisationPaymentsResource(
            @Reference SubscriptionService subscriptions,
            @Reference ChargeService charges,
            @Reference InvoicingService invoicing,
            @Reference StandingService standing) {
        this.subscriptions = subscriptions;
        this.charges = charges;
        this.invoicing = invoicing;
        this.standing = standing;
    }

    @GET
    @Path("{id: \\d+}/billing")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD, Access.MEMBER_REPRESENTATIVE, Access.PARTNER})
    public Response billing(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        forOrganisation(security, id, Rest.english(acceptLanguage));
        BillingDetails b = subscriptions.billing(id);
        return Response.ok(Dtos.Billing.of(b))
                .header(HttpHeaders.ETAG, PlatformRest.etag(b.version()))
                .build();
    }

    @PUT
    @Path("{id: \\d+}/billing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response saveBilling(
            @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            Requests.Billing body,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        PlatformUser user = user(security);
        boolean english = Rest.english(acceptLanguage);
        long version = PlatformRest.versionFromIfMatch(ifMatch, "/payments/organisations/" + id + "/billing");
        Requests.Billing b = required(body, english);
        BillingDetails saved = Rest.found(
                english,
                () -> subscriptions.saveBilling(
                        id,
                        version,
                        new BillingDetails(
                                id,
                                b.orderReference(),
                                b.personReference(),
                                b.street(),
                                b.postcode(),
                                b.city(),
                                b.manualTier(),
                                b.tierReason(),
                                version),
                        user));
        return Response.ok(Dtos.Billing.of(saved))
                .header(HttpHeaders.ETAG, PlatformRest.etag(saved.version()))
                .build();
    }

    @GET
    @Path("{id: \\d+}/subscriptions")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD, Access.MEMBER_REPRESENTATIVE, Access.PARTNER})
    public List<Dtos.SubscriptionDto> subscriptions(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        forOrganisation(security, id, Rest.english(acceptLanguage));
        return subscriptions.subscriptions(id).stream()
                .map(Dtos.SubscriptionDto::of)
                .toList();
    }

    @POST
    @Path("{id: \\d+}/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response subscribe(
            @PathParam("id") long id,
            Requests.Subscribe body,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        PlatformUser user = user(security);
        boolean english = Rest.english(acceptLanguage);
        Requests.Subscribe s = required(body, english);
        Subscription created =
                Rest.found(english, () -> subscriptions.subscribe(id, s.product(), s.from(), s.passive(), user));
        return Response.created(URI.create("payments/subscriptions/" + created.id()))
                .entity(Dtos.SubscriptionDto.of(created))
                .header(HttpHeaders.ETAG, PlatformRest.etag(created.version()))
                .build();
    }

    /** What the organisation pays for the year and why (a dry-run view of its invoice). */
    @GET
    @Path("{id: \\d+}/fees")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD, Access.MEMBER_REPRESENTATIVE, Access.PARTNER})
    public Dtos.MemberCharge fees(
            @PathParam("id") long id,
            @QueryParam("year") Integer year,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        boolean english = Rest.english(acceptLanguage);
        forOrganisation(security, id, english);
        int y = year(year, english);
        return Dtos.MemberCharge.of(Rest.found(english, () -> charges.feesOf(id, y)));
    }

    @GET
    @Path("{id: \\d+}/invoices")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD, Access.MEMBER_REPRESENTATIVE, Access.PARTNER})
    public List<Invoice> invoicesOf(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        forOrganisation(security, id, Rest.english(acceptLanguage));
        return invoicing.invoicesOf(id);
    }

    @GET
    @Path("{id: \\d+}/standing")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD, Access.MEMBER_REPRESENTATIVE, Access.PARTNER})
    public Dtos.Standing standing(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        forOrganisation(security, id, Rest.english(acceptLanguage));
        List<StandingRecord> history = standing.history(id);
        return new Dtos.Standing(history.isEmpty() ? null : history.get(0), standing.treatedAsWithdrawn(id), history);
    }

    @POST
    @Path("{id: \\d+}/standing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SECRETARIAT)
    public Response recordStanding(
            @PathParam("id") long id,
            Requests.Standing body,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        PlatformUser user = user(security);
        boolean english = Rest.english(acceptLanguage);
        Requests.Standing b = required(body, english);
        StandingRecord r = Rest.found(english, () -> standing.record(id, b.standing(), b.note(), user));
        return Response.created(URI.create("payments/organisations/" + id + "/standing"))
                .entity(r)
                .build();
    }
}
