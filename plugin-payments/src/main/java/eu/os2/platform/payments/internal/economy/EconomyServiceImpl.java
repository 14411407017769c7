package eu.os2.platform.payments.internal.economy;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.LineKind;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.payments.internal.PaymentsConfig;
import eu.os2.platform.payments.internal.Settings;
import eu.os2.platform.payments.internal.model.Billable;
import eu.os2.platform.payments.internal.model.Charge;
import eu.os2.platform.payments.internal.model.ChargeLine;
import eu.os2.platform.payments.internal.model.FeeCalculator;
import eu.os2.platform.payments.internal.model.Reports.EconomyYear;
import eu.os2.platform.payments.internal.model.Reports.WhatIf;
import eu.os2.platform.payments.internal.model.Reports.WhatIfRow;
import eu.os2.platform.payments.internal.model.Subscription;
import eu.os2.platform.payments.internal.population.PopulationService;
import eu.os2.platform.payments.internal.store.InvoiceStore;
import eu.os2.platform.payments.internal.store.LedgerEntry;
import eu.os2.platform.payments.internal.store.LedgerStore;
import eu.os2.platform.payments.internal.store.PaymentTables;
import eu.os2.platform.payments.internal.subscription.SubscriptionService;
import eu.os2.platform.payments.internal.tariff.TariffService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The economy by the chart of accounts from issued invoices and the ledger; the what-if of a draft tariff. */
@Component(service = EconomyService.class, configurationPid = PaymentsConfig.PID)
public class EconomyServiceImpl implements EconomyService {

    private final PaymentTables tables;
    private final InvoiceStore invoices;
    private final LedgerStore ledger;
    private final TariffService tariffs;
    private final PopulationService population;
    private final SubscriptionService subscriptions;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final Money reserveTarget;

    @Activate
    public EconomyServiceImpl(
            @Reference PaymentTables tables,
            @Reference TariffService tariffs,
            @Reference PopulationService population,
            @Reference SubscriptionService subscriptions,
            @Reference AuditLog audit,
            @Reference PlatformClock clock,
            PaymentsConfig config) {
        this.tables = tables;
        this.invoices = tables.invoices();
        this.ledger = tables.ledger();
        this.tariffs = tariffs;
        this.population = population;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.clock = clock;
        this.reserveTarget = Settings.of(config).reserveTarget();
    }

    @Override
    public List<EconomyYear> economy() {
        List<LedgerEntry> entries = ledger.ledger();
        List<EconomyYear> result = new ArrayList<>();
        Money reserve = Money.ZERO;
        for (int year : invoices.economyYears()) {
            InvoiceStore.InvoicedIncome invoiced = invoices.invoicedIncome(year);
            Money other = sum(entries, year, "OTHER_INCOME")
                    .plus(invoiced.byKind().getOrDefault(LineKind.SUPPLIER_PARTNER_FEE, Money.ZERO));
            Money membership = invoiced.byKind().getOrDefault(LineKind.MEMBERSHIP_FEE, Money.ZERO);
            Money income = membership.plus(other).plus(invoiced.contributions());
            Money expenses = sum(entries, year, "EXPENSES");
            Money resultOfYear = income.minus(expenses);
            reserve = reserve.plus(sum(entries, year, "RESERVE_OPENING")).plus(resultOfYear);
            result.add(new EconomyYear(
                    year,
                    membership,
                    other,
                    invoiced.contributions(),
                    income,
                    expenses,
                    resultOfYear,
                    reserve,
                    reserveTarget,
                    reserve.minus(reserveTarget),
                    invoiced.byKind().getOrDefault(LineKind.PRODUCT_FEE, Money.ZERO),
                    invoiced.byKind().getOrDefault(LineKind.JOINING_FEE, Money.ZERO)));
        }
        return result;
    }

    private static Money sum(List<LedgerEntry> entries, int year, String account) {
        return entries.stream()
                .filter(e -> e.year() == year && e.account().equals(account))
                .map(LedgerEntry::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    @Override
    public List<LedgerEntry> ledger() {
        return ledger.ledger();
    }

    @Override
    public LedgerEntry record(int year, String account, Money amount, String note, PlatformUser actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (year < 2000 || year > 2100) {
            errors.put("year", "out-of-range");
        }
        if (account == null
                || !Set.of("OTHER_INCOME", "EXPENSES", "RESERVE_OPENING").contains(account)) {
            errors.put("account", "unknown-account");
        }
        if (amount == null) {
            errors.put("amount", "required");
        } else if (amount.isNegative() && !"RESERVE_OPENING".equals(account)) {
            errors.put("amount", "negative");
        }
        if (note == null || note.isBlank()) {
            errors.put("note", "required");
        } else if (note.length() > 500) {
            errors.put("note", "too-long");
        }
        ValidationException.throwIfAny(errors);
        return tables.transaction(() -> {
            long id = ledger.insertLedger(year, account, amount, note.strip(), actor.username());
            LedgerEntry entry = ledger.ledger().stream()
                    .filter(e -> e.id() == id)
                    .findFirst()
                    .orElseThrow();
            audit.appendChange(actor.username(), "payments.ledger.record", "ledger", Long.toString(id), null, entry);
            return entry;
        });
    }

    @Override
    public WhatIf whatIf(long draftId, int year) {
        TariffVersion draft =
                tariffs.tariff(draftId).orElseThrow(() -> new NoSuchElementException("no tariff version " + draftId));
        TariffVersion current = tariffs.tariffInForce(LocalDate.of(year, 1, 1))
                .or(() -> tariffs.tariffInForce(clock.today()))
                .orElseThrow(() -> new ValidationException(Map.of("year", "no-tariff")));
        FeeCalculator now = population.calculator(current);
        FeeCalculator then = population.calculator(draft);
        Map<Long, List<Subscription>> byOrganisation = subscriptions.subscriptionsByOrganisation();
        List<WhatIfRow> rows = new ArrayList<>();
        Money currentTotal = Money.ZERO;
        Money draftTotal = Money.ZERO;
        Money associationChange = Money.ZERO;
        for (Billable b : subscriptions.billables()) {
            List<Subscription> subs = byOrganisation.getOrDefault(b.organisationId(), List.of());
            Charge a = now.charge(b, subs, year);
            Charge c = then.charge(b, subs, year);
            if (a.lines().isEmpty() && c.lines().isEmpty()) {
                continue;
            }
            boolean tiered = b.kind() == OrganisationKind.MUNICIPALITY || !subs.isEmpty();
            rows.add(new WhatIfRow(
                    b.organisationId(),
                    b.name(),
                    tiered ? now.tier(b, year).orElse(null) : null,
                    a.total(),
                    c.total(),
                    c.total().minus(a.total())));
            currentTotal = currentTotal.plus(a.total());
            draftTotal = draftTotal.plus(c.total());
            associationChange = associationChange.plus(associationIncome(c)).minus(associationIncome(a));
        }
        rows.sort(Comparator.comparing(WhatIfRow::change).reversed().thenComparing(WhatIfRow::name));
        return new WhatIf(
                year,
                current.name(),
                draft.name(),
                draft.proposalRef(),
                currentTotal,
                draftTotal,
                draftTotal.minus(currentTotal),
                associationChange,
                rows);
    }

    private static Money associationIncome(Charge c) {
        Money sum = Money.ZERO;
        for (ChargeLine l : c.lines()) {
            switch (l.kind()) {
                case MEMBERSHIP_FEE, SUPPLIER_PARTNER_FEE -> sum = sum.plus(l.amount());
                case PRODUCT_FEE -> sum = sum.plus(l.amount().times(l.contributionRate(), BigDecimal.valueOf(100)));
                default -> {}
            }
        }
        return sum;
    }
}
