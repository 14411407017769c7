package eu.os2.platform.payments.internal.attention;

import eu.os2.platform.api.attention.AttentionItem;
import eu.os2.platform.api.attention.AttentionSource;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.InvoiceKind;
import eu.os2.platform.api.payment.StandingRecord;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.payments.internal.documents.Formats;
import eu.os2.platform.payments.internal.invoicing.InvoicingService;
import eu.os2.platform.payments.internal.model.Reports.RunState;
import eu.os2.platform.payments.internal.run.InvoiceRunService;
import eu.os2.platform.payments.internal.standing.StandingService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Payments on the home page. A member representative (or a partner's contact) sees each open
 * invoice of its organisation — urgent once past due — and a document issued to it in the last 14
 * days; the secretariat sees that the current year's invoice run has not been done yet, and how
 * many invoices are past due and unpaid. Computed from the current state, so a line goes when the
 * run is done or the payment is recorded.
 */
@Component(service = AttentionSource.class)
public class PaymentAttention implements AttentionSource {

    /** How long a newly issued invoice or credit note is shown as new. */
    static final int NEW_DAYS = 14;

    private final InvoicingService invoicing;
    private final StandingService standing;
    private final InvoiceRunService runs;
    private final PlatformClock clock;

    @Activate
    public PaymentAttention(
            @Reference InvoicingService invoicing,
            @Reference StandingService standing,
            @Reference InvoiceRunService runs,
            @Reference PlatformClock clock) {
        this.invoicing = invoicing;
        this.standing = standing;
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public List<AttentionItem> itemsFor(PlatformUser user) {
        List<AttentionItem> items = new ArrayList<>();
        LocalDate today = clock.today();
        if (user.organisationId() != null && user.belongsTo(user.organisationId())) {
            items.addAll(forOrganisation(user.organisationId(), today));
        }
        if (user.hasRole(Role.SECRETARIAT)) {
            items.addAll(forSecretariat(today));
        }
        return items;
    }

    private List<AttentionItem> forOrganisation(long organisationId, LocalDate today) {
        StandingRecord latest = standing.current(organisationId).orElse(null);
        String link = "#/payments/organisation/" + organisationId;
        List<AttentionItem> items = new ArrayList<>();
        List<Invoice> invoices = new ArrayList<>(invoicing.invoicesOf(organisationId));
        invoices.sort(Comparator.comparingLong(Invoice::number));
        for (Invoice inv : invoices) {
            boolean isNew = !inv.issueDate().isBefore(today.minusDays(NEW_DAYS));
            if (OpenInvoices.open(inv, latest)) {
                items.add(open(inv, isNew, today, link));
            } else if (isNew) {
                items.add(issued(inv, link));
            }
        }
        return items;
    }

    private static AttentionItem open(Invoice inv, boolean isNew, LocalDate today, String link) {
        boolean overdue = today.isAfter(inv.dueDate());
        String da;
        String en;
        if (overdue) {
            da = "Faktura nr. %d på %s er ikke betalt. Den forfaldt %s.";
            en = "Invoice no. %d of %s has not been paid. It was due on %s.";
        } else if (isNew) {
            da = "Ny faktura nr. %d på %s fra OS2. Den skal betales senest %s.";
            en = "New invoice no. %d of %s from OS2. It is due for payment by %s.";
        } else {
            da = "Faktura nr. %d på %s er ikke betalt endnu. Den skal betales senest %s.";
            en = "Invoice no. %d of %s has not been paid yet. It is due for payment by %s.";
        }
        return new AttentionItem(
                "payments.invoice-open/" + inv.number(),
                da.formatted(
                        inv.number(),
                        Formats.money(inv.total(), Language.DA),
                        Formats.date(inv.dueDate(), Language.DA)),
                en.formatted(
                        inv.number(),
                        Formats.money(inv.total(), Language.EN),
                        Formats.date(inv.dueDate(), Language.EN)),
                link,
                inv.dueDate(),
                overdue || !today.plusDays(7).isBefore(inv.dueDate()));
    }

    private static AttentionItem issued(Invoice inv, String link) {
        String da;
        String en;
        if (inv.kind() == InvoiceKind.CREDIT_NOTE) {
            da = "Ny kreditnota nr. %d på %s fra OS2; den krediterer faktura nr. %d."
                    .formatted(inv.number(), Formats.money(inv.total().negate(), Language.DA), inv.creditedInvoiceId());
            en = "New credit note no. %d of %s from OS2; it credits invoice no. %d."
                    .formatted(inv.number(), Formats.money(inv.total().negate(), Language.EN), inv.creditedInvoiceId());
        } else {
            da = "Ny faktura nr. %d på %s fra OS2.".formatted(inv.number(), Formats.money(inv.total(), Language.DA));
            en = "New invoice no. %d of %s from OS2.".formatted(inv.number(), Formats.money(inv.total(), Language.EN));
        }
        return new AttentionItem("payments.invoice-new/" + inv.number(), da, en, link, null, false);
    }

    private List<AttentionItem> forSecretariat(LocalDate today) {
        List<AttentionItem> items = new ArrayList<>();
        int year = today.getYear();
        boolean runDone = runs.runStatuses().stream().anyMatch(r -> r.year() == year && r.state() == RunState.DONE);
        if (!runDone) {
            items.add(new AttentionItem(
                    "payments.invoice-run/" + year,
                    "Fakturakørslen for " + year + " er ikke gennemført endnu.",
                    "The invoice run for " + year + " has not been done yet.",
                    "#/payments/run",
                    null,
                    false));
        }
        // invoices are due 30 days after issue: an unpaid one older than last year's is for the secretariat's books
        List<Invoice> recent = new ArrayList<>(invoicing.invoicesIn(year));
        recent.addAll(invoicing.invoicesIn(year - 1));
        Map<Long, StandingRecord> latest = new HashMap<>(standing.currentStandings());
        List<Invoice> overdue = OpenInvoices.open(recent, latest).stream()
                .filter(i -> today.isAfter(i.dueDate()))
                .toList();
        if (!overdue.isEmpty()) {
            Invoice oldest = overdue.get(0);
            int n = overdue.size();
            items.add(new AttentionItem(
                    "payments.invoices-overdue",
                    n == 1 ? "1 faktura er forfalden og ikke betalt." : n + " fakturaer er forfaldne og ikke betalt.",
                    n == 1 ? "1 invoice is past due and unpaid." : n + " invoices are past due and unpaid.",
                    "#/payments/invoices?year=" + oldest.year(),
                    oldest.dueDate(),
                    true));
        }
        return items;
    }
}
