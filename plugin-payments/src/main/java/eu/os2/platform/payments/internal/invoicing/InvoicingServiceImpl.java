package eu.os2.platform.payments.internal.invoicing;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.event.EventTopics;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.InvoiceKind;
import eu.os2.platform.api.payment.PaymentService;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.storage.DuplicateKeyException;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.payments.internal.PaymentsConfig;
import eu.os2.platform.payments.internal.Settings;
import eu.os2.platform.payments.internal.charge.ChargeService;
import eu.os2.platform.payments.internal.model.Billable;
import eu.os2.platform.payments.internal.model.Charge;
import eu.os2.platform.payments.internal.model.ChargeLine;
import eu.os2.platform.payments.internal.model.EInvoice;
import eu.os2.platform.payments.internal.model.Invoices;
import eu.os2.platform.payments.internal.model.Seller;
import eu.os2.platform.payments.internal.notices.InvoiceNotices;
import eu.os2.platform.payments.internal.population.PopulationService;
import eu.os2.platform.payments.internal.store.InvoiceStore;
import eu.os2.platform.payments.internal.store.PaymentTables;
import eu.os2.platform.payments.internal.subscription.SubscriptionService;
import eu.os2.platform.payments.internal.tariff.TariffService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;

/** Invoices, credit notes (numbered from the one gap-free series) and e-invoices; audits and publishes credits. */
@Component(service = InvoicingService.class, configurationPid = PaymentsConfig.PID)
@Designate(ocd = PaymentsConfig.class)
public class InvoicingServiceImpl implements InvoicingService {

    private final PaymentTables tables;
    private final InvoiceStore store;
    private final TariffService tariffs;
    private final PopulationService population;
    private final SubscriptionService subscriptions;
    private final ChargeService charges;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final EventAdmin events;
    private final InvoiceNotices notices;
    private final Seller seller;

    @Activate
    public InvoicingServiceImpl(
            @Reference PaymentTables tables,
            @Reference TariffService tariffs,
            @Reference PopulationService population,
            @Reference SubscriptionService subscriptions,
            @Reference ChargeService charges,
            @Reference AuditLog audit,
            @Reference PlatformClock clock,
            @Reference EventAdmin events,
            @Reference InvoiceNotices notices,
            PaymentsConfig config) {
        this.tables = tables;
        this.store = tables.invoices();
        this.tariffs = tariffs;
        this.population = population;
        this.subscriptions = subscriptions;
        this.charges = charges;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.notices = notices;
        this.seller = Settings.of(config).seller();
    }

    @Override
    public List<Invoice> invoicesOf(long organisationId) {
        return store.invoicesOf(organisationId);
    }

    @Override
    public Optional<Invoice> invoice(long id) {
        return store.invoice(id);
    }

    @Override
    public List<Invoice> invoicesIn(int year) {
        return store.invoicesIn(year);
    }

    @Override
    public Invoice credit(long invoiceNumber, String reason, boolean reissue, PlatformUser actor) {
        Invoice invoice = store.invoice(invoiceNumber)
                .orElseThrow(() -> new NoSuchElementException("no invoice " + invoiceNumber));
        Map<String, String> errors = new LinkedHashMap<>();
        if (invoice.kind() != InvoiceKind.INVOICE) {
            errors.put("invoice", "not-an-invoice");
        } else if (invoice.creditNoteId() != null) {
            errors.put("invoice", "already-credited");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "required");
        } else if (reason.length() > 1000) {
            errors.put("reason", "too-long");
        }
        ValidationException.throwIfAny(errors);
        Charge again = null;
        TariffVersion tariff = null;
        if (reissue) {
            // the tariff the year's invoices were issued under, as the fee view and the run take it
            tariff = charges.tariffOf(invoice.year());
            Billable b = subscriptions.billable(invoice.organisationId());
            again = charges.charge(
                    population.calculator(tariff), b, subscriptions.subscriptions(b.organisationId()), invoice.year());
            if (!again.problems().isEmpty()) {
                throw new ValidationException(Map.of("reissue", "member-has-problems"));
            }
        }
        LocalDate today = clock.today();
        Charge reissued = again;
        Long tariffId = tariff == null ? null : tariff.id();
        long[] numbers = tables.transaction(() -> issueCredit(invoice, reason, reissued, tariffId, today, actor));
        Invoice note = store.invoice(numbers[0]).orElseThrow();
        Map<String, Object> props = new HashMap<>(Map.of(
                EventTopics.PROPERTY_ID,
                invoiceNumber,
                EventTopics.PROPERTY_ACTOR,
                actor.username(),
                "creditNoteId",
                numbers[0]));
        if (numbers.length > 1) {
            props.put("reissuedId", numbers[1]);
        }
        events.postEvent(new Event(PaymentService.TOPIC_INVOICE_CREDITED, props));
        return note;
    }

    /**
     * Issues the credit note (and the reissued invoice), writes their messages and audits it, in the
     * caller's transaction.
     *
     * @return the credit note's number and, when reissued, the new invoice's
     */
    private long[] issueCredit(
            Invoice invoice, String reason, Charge reissued, Long tariffId, LocalDate today, PlatformUser actor) {
        long invoiceNumber = invoice.number();
        long[] numbers;
        try {
            numbers = store.issue("cannot credit invoice " + invoiceNumber, issuing -> {
                long noteNumber = issuing.takeNumber();
                Invoice note = Invoices.creditNote(invoice, noteNumber, noteNumber, today, reason.strip());
                // the credit note takes back the contribution the invoice's product fees carried
                issuing.add(
                        note,
                        invoice.number(),
                        null,
                        note.lines().stream().map(l -> BigDecimal.ZERO).toList(),
                        actor.username());
                issuing.flush();
                if (reissued == null || reissued.lines().isEmpty()) {
                    return new long[] {noteNumber};
                }
                long next = issuing.takeNumber();
                Invoice inv = Invoices.numbered(charges.draft(reissued, today), next, next, invoice.number());
                issuing.add(
                        inv,
                        invoice.number(),
                        tariffId,
                        reissued.lines().stream()
                                .map(ChargeLine::contributionRate)
                                .toList(),
                        actor.username());
                return new long[] {noteNumber, next};
            });
        } catch (DuplicateKeyException e) {
            throw new ValidationException(Map.of("invoice", "already-credited"));
        }
        Invoice note = store.invoice(numbers[0]).orElseThrow();
        // the buyer hears of the documents as stored, in the transaction that issues them
        notices.issued(note);
        if (numbers.length > 1) {
            notices.issued(store.invoice(numbers[1]).orElseThrow());
        }
        audit.appendChange(
                actor.username(), "payments.invoice.credit", "invoice", Long.toString(invoiceNumber), invoice, note);
        return numbers;
    }

    @Override
    public String xml(Invoice invoice, EInvoice.Format format) {
        long credited = invoice.creditedInvoiceId() == null ? 0 : invoice.creditedInvoiceId();
        return new EInvoice(seller).write(invoice, credited, format);
    }

    @Override
    public Seller seller() {
        return seller;
    }
}
