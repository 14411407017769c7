package eu.os2.platform.payments.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.os2.platform.api.calendar.CalendarEvent;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.PaymentStanding;
import eu.os2.platform.api.payment.StandingRecord;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.payments.internal.attention.PaymentAttentionTest;
import eu.os2.platform.payments.internal.invoicing.InvoicingService;
import eu.os2.platform.payments.internal.model.Invoices;
import eu.os2.platform.payments.internal.standing.StandingService;
import eu.os2.platform.testing.RecordingOutbox;
import eu.os2.platform.testing.TestDatabases;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaymentCalendarTest {

    InvoicingService invoicing = mock(InvoicingService.class);
    StandingService standing = mock(StandingService.class);
    PaymentCalendar calendar = new PaymentCalendar(
            invoicing, standing, TestDatabases.clockAt("2026-03-01T09:00:00Z"), new RecordingOutbox());

    static final PlatformUser MEMBER = new PlatformUser(10, "rep", "Rep", Set.of(Role.MEMBER_REPRESENTATIVE), 5L);

    @Test
    void theOpenInvoicesDueDatesAreWholeDaysInTheRepresentativesCalendar() {
        Invoice open = PaymentAttentionTest.invoice(17, 5, LocalDate.of(2026, 1, 15));
        Invoice longAgo = PaymentAttentionTest.invoice(3, 5, LocalDate.of(2024, 1, 15));
        Invoice credited = PaymentAttentionTest.invoice(12, 5, LocalDate.of(2026, 2, 1));
        Invoice note = Invoices.creditNote(credited, 13, 13, LocalDate.of(2026, 2, 2), "Fejl");
        when(invoicing.invoicesOf(5)).thenReturn(List.of(open, longAgo, withCreditNote(credited, 13), note));
        when(standing.current(5)).thenReturn(Optional.empty());

        List<CalendarEvent> da = calendar.events(MEMBER, Language.DA);
        assertThat(da)
                .containsExactly(CalendarEvent.day(
                        "os2-payments-invoice-17-due@os2.eu",
                        "Betaling af OS2-faktura nr. 17",
                        "Faktura nr. 17 for 2026 på 1.250,00 kr. inklusive moms skal være betalt i dag."
                                + " Betalingsreference: 17.",
                        LocalDate.of(2026, 2, 14),
                        "https://platform.example/console/#/payments/organisation/5"));
        CalendarEvent en = calendar.events(MEMBER, Language.EN).get(0);
        assertThat(en.summary()).isEqualTo("Payment of OS2 invoice no. 17");
        assertThat(en.description()).contains("DKK 1,250.00");
        assertThat(en.day()).isEqualTo(LocalDate.of(2026, 2, 14));

        // paid: gone from the feed
        when(standing.current(5))
                .thenReturn(Optional.of(new StandingRecord(
                        5, PaymentStanding.PAID, "Betalt", "sekretariat", Instant.parse("2026-02-20T10:00:00Z"))));
        assertThat(calendar.events(MEMBER, Language.DA)).isEmpty();
    }

    @Test
    void theSecretariatAndOtherOrganisationsGetNoDueDates() {
        PlatformUser secretariat = new PlatformUser(2, "s", "S", Set.of(Role.SECRETARIAT), null);
        PlatformUser viewer = new PlatformUser(4, "v", "V", Set.of(Role.VIEWER), 5L);
        assertThat(calendar.events(secretariat, Language.DA)).isEmpty();
        assertThat(calendar.events(viewer, Language.DA)).isEmpty();
    }

    static Invoice withCreditNote(Invoice i, long note) {
        return new Invoice(
                i.id(),
                i.number(),
                i.kind(),
                i.organisationId(),
                i.year(),
                i.issueDate(),
                i.dueDate(),
                i.buyer(),
                i.lines(),
                i.lineTotal(),
                i.vatRate(),
                i.vat(),
                i.total(),
                null,
                note,
                null,
                null);
    }
}
