package eu.os2.platform.payments.internal.calendar;

import eu.os2.platform.api.calendar.CalendarEvent;
import eu.os2.platform.api.calendar.CalendarSource;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.message.Outbox;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.StandingRecord;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.payments.internal.attention.OpenInvoices;
import eu.os2.platform.payments.internal.documents.Formats;
import eu.os2.platform.payments.internal.invoicing.InvoicingService;
import eu.os2.platform.payments.internal.standing.StandingService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Payment due dates in the calendar of an organisation's representatives (and a partner's
 * contacts): each open invoice of their organisation as a whole-day event on its due date, from a
 * year back. A paid or credited invoice leaves the feed. The payment model has no fixed date for
 * the yearly invoice run, so the secretariat gets no event from here.
 */
@Component(service = CalendarSource.class)
public class PaymentCalendar implements CalendarSource {

    private final InvoicingService invoicing;
    private final StandingService standing;
    private final PlatformClock clock;
    private final Outbox outbox;

    @Activate
    public PaymentCalendar(
            @Reference InvoicingService invoicing,
            @Reference StandingService standing,
            @Reference PlatformClock clock,
            @Reference Outbox outbox) {
        this.invoicing = invoicing;
        this.standing = standing;
        this.clock = clock;
        this.outbox = outbox;
    }

    @Override
    public List<CalendarEvent> events(PlatformUser user, Language language) {
        Long organisationId = user.organisationId();
        if (organisationId == null || !user.belongsTo(organisationId)) {
            return List.of();
        }
        LocalDate from = clock.today().minusYears(1);
        Map<Long, StandingRecord> latest = standing.current(organisationId)
                .map(r -> Map.of(organisationId, r))
                .orElse(Map.of());
        String url = outbox.consoleUrl() + "#/payments/organisation/" + organisationId;
        return OpenInvoices.open(invoicing.invoicesOf(organisationId), latest).stream()
                .filter(i -> !i.dueDate().isBefore(from))
                .map(i -> dueDate(i, language, url))
                .toList();
    }

    static CalendarEvent dueDate(Invoice invoice, Language language, String url) {
        String amount = Formats.money(invoice.total(), language);
        return CalendarEvent.day(
                "os2-payments-invoice-" + invoice.number() + "-due@os2.eu",
                language.pick("Betaling af OS2-faktura nr. ", "Payment of OS2 invoice no. ") + invoice.number(),
                language.pick(
                        "Faktura nr. " + invoice.number() + " for " + invoice.year() + " på " + amount
                                + " inklusive moms skal være betalt i dag. Betalingsreference: " + invoice.number()
                                + ".",
                        "Invoice no. " + invoice.number() + " for " + invoice.year() + " of " + amount
                                + " including VAT is due today. Payment reference: " + invoice.number() + "."),
                invoice.dueDate(),
                url);
    }
}
