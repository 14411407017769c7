package eu.os2.platform.payments.internal.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.os2.platform.api.attention.AttentionItem;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.Buyer;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.InvoiceKind;
import eu.os2.platform.api.payment.InvoiceLine;
import eu.os2.platform.api.payment.LineKind;
import eu.os2.platform.api.payment.PaymentStanding;
import eu.os2.platform.api.payment.StandingRecord;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.payments.internal.invoicing.InvoicingService;
import eu.os2.platform.payments.internal.model.Invoices;
import eu.os2.platform.payments.internal.model.Reports.RunState;
import eu.os2.platform.payments.internal.model.Reports.RunStatus;
import eu.os2.platform.payments.internal.run.InvoiceRunService;
import eu.os2.platform.payments.internal.standing.StandingService;
import eu.os2.platform.testing.TestDatabases;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public class PaymentAttentionTest {

    static final long BALLERUP = 5;
    static final PlatformUser MEMBER = new PlatformUser(10, "rep", "Rep", Set.of(Role.MEMBER_REPRESENTATIVE), BALLERUP);
    static final PlatformUser OTHER = new PlatformUser(11, "rep2", "Rep 2", Set.of(Role.MEMBER_REPRESENTATIVE), 6L);
    static final PlatformUser SECRETARIAT =
            new PlatformUser(2, "sekretariat", "Sekretariatet", Set.of(Role.SECRETARIAT), null);
    static final PlatformUser BOARD = new PlatformUser(3, "board", "Bestyrelsen", Set.of(Role.BOARD), null);

    InvoicingService invoicing = mock(InvoicingService.class);
    StandingService standing = mock(StandingService.class);
    InvoiceRunService runs = mock(InvoiceRunService.class);

    /** An invoice of 1.000,00 kr. + 25 % VAT, due 30 days after its issue. */
    public static Invoice invoice(long number, long organisation, LocalDate issued) {
        Money line = Money.kroner(1000);
        Money vat = Invoices.vat(line, BigDecimal.valueOf(25));
        return new Invoice(
                number,
                number,
                InvoiceKind.INVOICE,
                organisation,
                issued.getYear(),
                issued,
                issued.plusDays(30),
                new Buyer("Kommune " + organisation, "29188380", "5798000000155", null, null, null, null, null),
                List.of(new InvoiceLine(1, LineKind.MEMBERSHIP_FEE, null, "Kontingent", "Takst", line)),
                line,
                BigDecimal.valueOf(25),
                vat,
                line.plus(vat),
                null,
                null,
                null,
                null);
    }

    PaymentAttention at(String instant) {
        return new PaymentAttention(invoicing, standing, runs, TestDatabases.clockAt(instant));
    }

    @BeforeEach
    void noStandingNoRuns() {
        when(standing.current(BALLERUP)).thenReturn(Optional.empty());
        when(standing.currentStandings()).thenReturn(Map.of());
        when(runs.runStatuses()).thenReturn(List.of());
    }

    @Test
    void aNewUnpaidInvoiceThenAnOverdueOneAndItGoesWhenPaid() {
        Invoice inv = invoice(17, BALLERUP, LocalDate.of(2026, 1, 15));
        when(invoicing.invoicesOf(BALLERUP)).thenReturn(List.of(inv));

        List<AttentionItem> fresh = at("2026-01-20T09:00:00Z").itemsFor(MEMBER);
        assertThat(fresh)
                .containsExactly(new AttentionItem(
                        "payments.invoice-open/17",
                        "Ny faktura nr. 17 på 1.250,00 kr. fra OS2. Den skal betales senest 14. februar 2026.",
                        "New invoice no. 17 of DKK 1,250.00 from OS2. It is due for payment by 14 February 2026.",
                        "#/payments/organisation/5",
                        LocalDate.of(2026, 2, 14),
                        false));

        AttentionItem later = at("2026-02-10T09:00:00Z").itemsFor(MEMBER).get(0);
        assertThat(later.textDa()).startsWith("Faktura nr. 17 på 1.250,00 kr. er ikke betalt endnu.");
        assertThat(later.urgent()).as("due within a week").isTrue();

        AttentionItem overdue = at("2026-02-15T09:00:00Z").itemsFor(MEMBER).get(0);
        assertThat(overdue.textDa())
                .isEqualTo("Faktura nr. 17 på 1.250,00 kr. er ikke betalt. Den forfaldt 14. februar 2026.");
        assertThat(overdue.urgent()).isTrue();

        // a payment recorded before the invoice does not pay it; one recorded after does
        when(standing.current(BALLERUP)).thenReturn(Optional.of(paid("2026-01-10T09:00:00Z")));
        assertThat(at("2026-02-15T09:00:00Z").itemsFor(MEMBER)).hasSize(1);
        when(standing.current(BALLERUP)).thenReturn(Optional.of(paid("2026-02-16T09:00:00Z")));
        assertThat(at("2026-02-17T09:00:00Z").itemsFor(MEMBER)).isEmpty();
    }

    @Test
    void aNewCreditNoteIsShownForTwoWeeksAndTheCreditedInvoiceIsNoLongerOpen() {
        Invoice inv = invoice(17, BALLERUP, LocalDate.of(2026, 1, 15));
        Invoice note = Invoices.creditNote(inv, 18, 18, LocalDate.of(2026, 1, 20), "Forkert");
        Invoice credited = new Invoice(
                inv.id(),
                inv.number(),
                inv.kind(),
                inv.organisationId(),
                inv.year(),
                inv.issueDate(),
                inv.dueDate(),
                inv.buyer(),
                inv.lines(),
                inv.lineTotal(),
                inv.vatRate(),
                inv.vat(),
                inv.total(),
                null,
                18L,
                null,
                null);
        when(invoicing.invoicesOf(BALLERUP)).thenReturn(List.of(note, credited));
        assertThat(at("2026-01-21T09:00:00Z").itemsFor(MEMBER))
                .extracting(AttentionItem::key, AttentionItem::textDa)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "payments.invoice-new/17", "Ny faktura nr. 17 på 1.250,00 kr. fra OS2."),
                        org.assertj.core.groups.Tuple.tuple(
                                "payments.invoice-new/18",
                                "Ny kreditnota nr. 18 på 1.250,00 kr. fra OS2; den krediterer faktura nr. 17."));
        assertThat(at("2026-02-04T09:00:00Z").itemsFor(MEMBER)).isEmpty();
    }

    @Test
    void someoneElseOrTheBoardSeesNoInvoiceOfTheOrganisation() {
        when(invoicing.invoicesOf(BALLERUP)).thenReturn(List.of(invoice(17, BALLERUP, LocalDate.of(2026, 1, 15))));
        when(invoicing.invoicesOf(6)).thenReturn(List.of());
        assertThat(at("2026-01-20T09:00:00Z").itemsFor(OTHER)).isEmpty();
        assertThat(at("2026-01-20T09:00:00Z").itemsFor(BOARD)).isEmpty();
    }

    @Test
    void theSecretariatSeesTheYearNotYetRunAndTheOverdueInvoicesInOneLine() {
        when(invoicing.invoicesIn(2026)).thenReturn(List.of());
        when(invoicing.invoicesIn(2025)).thenReturn(List.of());
        assertThat(at("2026-01-05T09:00:00Z").itemsFor(SECRETARIAT))
                .containsExactly(new AttentionItem(
                        "payments.invoice-run/2026",
                        "Fakturakørslen for 2026 er ikke gennemført endnu.",
                        "The invoice run for 2026 has not been done yet.",
                        "#/payments/run",
                        null,
                        false));

        when(runs.runStatuses()).thenReturn(List.of(run(2026, RunState.FAILED), run(2025, RunState.DONE)));
        assertThat(at("2026-01-05T09:00:00Z").itemsFor(SECRETARIAT)).hasSize(1);
        when(runs.runStatuses()).thenReturn(List.of(run(2026, RunState.DONE)));
        Invoice a = invoice(1, 5, LocalDate.of(2026, 1, 15));
        Invoice b = invoice(2, 6, LocalDate.of(2026, 1, 15));
        Invoice c = invoice(3, 7, LocalDate.of(2026, 3, 1));
        Invoice old = invoice(90, 8, LocalDate.of(2025, 11, 1));
        when(invoicing.invoicesIn(2026)).thenReturn(List.of(c, b, a));
        when(invoicing.invoicesIn(2025)).thenReturn(List.of(old));
        // organisation 6 paid after its invoice was issued
        when(standing.currentStandings()).thenReturn(Map.of(6L, paid("2026-02-01T10:00:00Z")));
        assertThat(at("2026-03-02T09:00:00Z").itemsFor(SECRETARIAT))
                .containsExactly(new AttentionItem(
                        "payments.invoices-overdue",
                        "2 fakturaer er forfaldne og ikke betalt.",
                        "2 invoices are past due and unpaid.",
                        "#/payments/invoices?year=2025",
                        LocalDate.of(2025, 12, 1),
                        true));
        assertThat(at("2026-03-02T09:00:00Z").itemsFor(MEMBER)).isEmpty();
    }

    static StandingRecord paid(String at) {
        return new StandingRecord(BALLERUP, PaymentStanding.PAID, "Betalt", "sekretariat", Instant.parse(at));
    }

    static RunStatus run(int year, RunState state) {
        return new RunStatus(
                1, year, state, 40, 40, 40, 0, 0, Money.ZERO, List.of(), null, "sekretariat", Instant.EPOCH, null);
    }
}
