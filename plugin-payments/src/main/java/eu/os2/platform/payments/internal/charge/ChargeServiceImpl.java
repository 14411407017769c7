package eu.os2.platform.payments.internal.charge;

import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.payments.internal.PaymentsConfig;
import eu.os2.platform.payments.internal.Settings;
import eu.os2.platform.payments.internal.model.Billable;
import eu.os2.platform.payments.internal.model.Charge;
import eu.os2.platform.payments.internal.model.FeeCalculator;
import eu.os2.platform.payments.internal.model.Invoices;
import eu.os2.platform.payments.internal.model.PaymentRules;
import eu.os2.platform.payments.internal.model.Reports.MemberCharge;
import eu.os2.platform.payments.internal.model.Subscription;
import eu.os2.platform.payments.internal.population.PopulationService;
import eu.os2.platform.payments.internal.store.InvoiceStore;
import eu.os2.platform.payments.internal.store.PaymentTables;
import eu.os2.platform.payments.internal.store.TariffStore;
import eu.os2.platform.payments.internal.subscription.SubscriptionService;
import eu.os2.platform.payments.internal.tariff.TariffService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Charges from the tariff, the facts and the subscriptions, checked for what an e-invoice needs. */
@Component(service = ChargeService.class, configurationPid = PaymentsConfig.PID)
public class ChargeServiceImpl implements ChargeService {

    private final InvoiceStore invoices;
    private final TariffStore tariffStore;
    private final TariffService tariffs;
    private final PopulationService population;
    private final SubscriptionService subscriptions;
    private final PlatformClock clock;
    private final Settings settings;

    @Activate
    public ChargeServiceImpl(
            @Reference PaymentTables tables,
            @Reference TariffService tariffs,
            @Reference PopulationService population,
            @Reference SubscriptionService subscriptions,
            @Reference PlatformClock clock,
            PaymentsConfig config) {
        this.invoices = tables.invoices();
        this.tariffStore = tables.tariffs();
        this.tariffs = tariffs;
        this.population = population;
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.settings = Settings.of(config);
    }

    @Override
    public Charge charge(FeeCalculator calculator, Billable member, List<Subscription> subscriptions, int year) {
        return checked(calculator.charge(member, subscriptions, year));
    }

    @Override
    public Invoice draft(Charge charge, LocalDate issued) {
        return Invoices.draft(charge, settings.vatRate(), issued, issued.plusDays(settings.paymentTermsDays()));
    }

    @Override
    public MemberCharge memberCharge(Charge charge, boolean alreadyIssued, LocalDate today) {
        Invoice draft = draft(charge, today);
        return new MemberCharge(
                charge.member().organisationId(),
                charge.member().name(),
                draft.lines(),
                draft.lineTotal(),
                draft.total(),
                alreadyIssued,
                charge.warnings(),
                charge.problems());
    }

    @Override
    public MemberCharge feesOf(long organisationId, int year) {
        Billable b = subscriptions.billable(organisationId);
        List<Invoice> ofYear = invoices.invoicesOf(organisationId).stream()
                .filter(i -> i.year() == year)
                .toList();
        Invoice issued = ChargeService.standing(ofYear).get(organisationId);
        if (issued != null && issued.creditNoteId() == null) {
            return issued(issued);
        }
        Charge charge =
                charge(population.calculator(tariffOf(year)), b, subscriptions.subscriptions(organisationId), year);
        return memberCharge(charge, issued != null, clock.today());
    }

    @Override
    public TariffVersion tariffOf(int year) {
        return tariffStore.invoicedTariff(year).flatMap(tariffs::tariff).orElseGet(() -> tariffs.tariffFor(year));
    }

    @Override
    public MemberCharge issued(Invoice invoice) {
        return new MemberCharge(
                invoice.organisationId(),
                invoice.buyer().name(),
                invoice.lines(),
                invoice.lineTotal(),
                invoice.total(),
                true,
                List.of(),
                List.of());
    }

    /** Adds the problems that stop an e-invoice: a buyer without EAN/GLN or without billing details. */
    private static Charge checked(Charge charge) {
        if (charge.lines().isEmpty()) {
            return charge;
        }
        List<String> problems = new ArrayList<>(charge.problems());
        Billable b = charge.member();
        if (b.ean() == null || b.ean().isBlank()) {
            problems.add(b.name() + " har intet EAN/GLN-nummer i medlemsregistret (kræves til e-faktura).");
        }
        if (!PaymentRules.billing(b.billing(), b.kind()).isEmpty()) {
            problems.add(b.name() + " mangler faktureringsoplysninger (ordrenummer, personreference, adresse).");
        }
        return problems.size() == charge.problems().size()
                ? charge
                : new Charge(b, charge.year(), charge.lines(), charge.warnings(), List.copyOf(problems));
    }
}
