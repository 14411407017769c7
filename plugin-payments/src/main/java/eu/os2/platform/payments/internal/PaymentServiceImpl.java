package eu.os2.platform.payments.internal;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.event.EventTopics;
import eu.os2.platform.api.member.MemberPage;
import eu.os2.platform.api.member.MemberQuery;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.InvoiceKind;
import eu.os2.platform.api.payment.LineKind;
import eu.os2.platform.api.payment.PaymentService;
import eu.os2.platform.api.payment.PaymentStanding;
import eu.os2.platform.api.payment.PaymentStandingService;
import eu.os2.platform.api.payment.ProductTariff;
import eu.os2.platform.api.payment.StandingRecord;
import eu.os2.platform.api.payment.TariffChange;
import eu.os2.platform.api.payment.TariffState;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductService;
import eu.os2.platform.api.ref.PlatformRef;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.api.voting.VotingService;
import eu.os2.platform.payments.internal.model.Billable;
import eu.os2.platform.payments.internal.model.BillingDetails;
import eu.os2.platform.payments.internal.model.Charge;
import eu.os2.platform.payments.internal.model.ChargeLine;
import eu.os2.platform.payments.internal.model.EInvoice;
import eu.os2.platform.payments.internal.model.FeeCalculator;
import eu.os2.platform.payments.internal.model.Invoices;
import eu.os2.platform.payments.internal.model.PaymentRules;
import eu.os2.platform.payments.internal.model.Population;
import eu.os2.platform.payments.internal.model.PopulationFigure;
import eu.os2.platform.payments.internal.model.PopulationCsv;
import eu.os2.platform.payments.internal.model.Reports.EconomyYear;
import eu.os2.platform.payments.internal.model.Reports.MemberCharge;
import eu.os2.platform.payments.internal.model.Reports.Preview;
import eu.os2.platform.payments.internal.model.Reports.RunState;
import eu.os2.platform.payments.internal.model.Reports.RunStatus;
import eu.os2.platform.payments.internal.model.Reports.WhatIf;
import eu.os2.platform.payments.internal.model.Reports.WhatIfRow;
import eu.os2.platform.payments.internal.model.Seller;
import eu.os2.platform.payments.internal.model.Subscription;
import eu.os2.platform.payments.internal.store.PaymentStore;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The payment model: the plugin's implementation of {@link PaymentService} and
 * {@link PaymentStandingService}, and the operations its REST API, console and shell use (imports,
 * subscriptions, invoice runs, e-invoices, economy, what-if). It owns the plugin's tables, checks
 * every change, writes the audit log and publishes the events.
 */
@Component(service = {PaymentService.class, PaymentStandingService.class, PaymentServiceImpl.class}, configurationPid = PaymentsConfig.PID)
@Designate(ocd = PaymentsConfig.class)
public class PaymentServiceImpl implements PaymentService, PaymentStandingService {

    /** The changelog inside this bundle. */
    public static final String CHANGELOG = "db/payments/changelog.yaml";

    private final PaymentStore store;
    private final MemberService members;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final EventAdmin events;
    private final Seller seller;
    private final BigDecimal vatRate;
    private final int paymentTermsDays;
    private final Money reserveTarget;
    /** One invoice run at a time on this node; the number series' row lock serialises nodes. */
    private final ReentrantLock runLock = new ReentrantLock();
    private final AtomicLong runIds = new AtomicLong();
    private final Map<Long, RunStatus> runs = new ConcurrentHashMap<>();

    /**
     * The product registry (the onboarding plugin) when it is there: a tariff then prices registered
     * products only. Without one, any product name goes.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile ProductService registry;

    /**
     * General assemblies (the voting plugin) when they are there: a tariff adopted with a
     * {@code decision:<ballot id>} reference then needs that decision to exist and to have passed.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile VotingService voting;

    @Activate
    public PaymentServiceImpl(@Reference PlatformStorage storage, @Reference MemberService members, @Reference AuditLog audit,
            @Reference PlatformClock clock, @Reference EventAdmin events, PaymentsConfig config) {
        // the tables exist before the service is registered: a failed migration keeps it away
        this(migrated(storage), members, audit, clock, events, config);
    }

    private static DataSource migrated(PlatformStorage storage) {
        storage.migrate(FrameworkUtil.getBundle(PaymentServiceImpl.class), CHANGELOG);
        return storage.dataSource();
    }

    /** For tests: the same service on a database whose tables already exist. */
    PaymentServiceImpl(DataSource dataSource, MemberService members, AuditLog audit, PlatformClock clock, EventAdmin events,
            PaymentsConfig config) {
        this.store = new PaymentStore(dataSource);
        this.members = members;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.seller = new Seller(config.seller_name(), config.seller_cvr(), config.seller_ean(), config.seller_street(),
                config.seller_building(), config.seller_postcode(), config.seller_city(), config.seller_bank_reg(),
                config.seller_bank_account());
        this.vatRate = new BigDecimal(config.vat_rate().trim());
        this.paymentTermsDays = config.payment_terms_days();
        this.reserveTarget = Money.parse(config.reserve_target().trim());
    }

    // ---- tariffs

    @Override
    public List<TariffVersion> tariffs() {
        return store.tariffs();
    }

    @Override
    public Optional<TariffVersion> tariff(long id) {
        return store.tariff(id);
    }

    @Override
    public Optional<TariffVersion> tariffInForce(LocalDate date) {
        return store.tariffs().stream().filter(t -> t.state() == TariffState.ADOPTED && !t.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(TariffVersion::effectiveFrom).thenComparing(TariffVersion::id));
    }

    /** @return the version that applies to a year: the one in force on 1 January */
    public TariffVersion tariffFor(int year) {
        return tariffInForce(LocalDate.of(year, 1, 1)).orElseThrow(() -> new ValidationException(Map.of("year", "no-tariff")));
    }

    @Override
    public TariffVersion createDraft(TariffChange change, PlatformUser actor) {
        ValidationException.throwIfAny(tariffErrors(change));
        long id;
        try {
            id = store.insertTariff(change);
        } catch (SQLException e) {
            throw translate(e, "name", "cannot store tariff version");
        }
        return tariffChanged(actor, "payments.tariff.create", null, id);
    }

    @Override
    public TariffVersion updateDraft(long id, long expectedVersion, TariffChange change, PlatformUser actor) {
        TariffVersion before = draft(id);
        ValidationException.throwIfAny(tariffErrors(change));
        try {
            store.updateDraft(id, expectedVersion, change);
        } catch (SQLException e) {
            throw translate(e, "name", "cannot store tariff version");
        }
        return tariffChanged(actor, "payments.tariff.update", before, id);
    }

    @Override
    public TariffVersion adopt(long id, long expectedVersion, String decisionRef, PlatformUser actor) {
        TariffVersion before = draft(id);
        if (decisionRef == null || decisionRef.isBlank()) {
            throw new ValidationException(Map.of("decisionRef", "required"));
        }
        ValidationException.throwIfAny(tariffErrors(new TariffChange(before.name(), before.effectiveFrom(), decisionRef, before.proposalRef(),
                before.membershipFee(), before.indexBaseYear(), before.supplierPartnerFee(), before.products())));
        ValidationException.throwIfAny(decisionErrors(decisionRef));
        try {
            store.adopt(id, expectedVersion, decisionRef.strip());
        } catch (SQLException e) {
            throw new StorageException("cannot adopt tariff version " + id, e);
        }
        return tariffChanged(actor, "payments.tariff.adopt", before, id);
    }

    /** @return the tariff rules' errors and, when a registry is there, {@code unregistered-product} for each product it does not know */
    private Map<String, String> tariffErrors(TariffChange change) {
        Map<String, String> errors = new LinkedHashMap<>(PaymentRules.tariff(change));
        ProductService current = registry;
        if (current == null || errors.containsKey("products")) {
            return errors;
        }
        for (int i = 0; i < change.products().size(); i++) {
            ProductTariff p = change.products().get(i);
            String key = "products[" + i + "].product";
            if (p != null && !errors.containsKey(key) && current.byName(p.product().strip()).isEmpty()) {
                errors.put(key, "unregistered-product");
            }
        }
        return errors;
    }

    /**
     * @return {@code unknown-decision} or {@code decision-not-passed} for a {@code decision:<ballot id>}
     *     reference the assemblies do not bear out; other references (decisions taken before the
     *     platform, the minutes' address) are taken as written, and so is any when voting is not there
     */
    private Map<String, String> decisionErrors(String decisionRef) {
        VotingService current = voting;
        PlatformRef ref;
        try {
            ref = PlatformRef.parse(decisionRef);
        } catch (IllegalArgumentException invalid) {
            return Map.of(); // the tariff rules have reported it
        }
        if (current == null || !PlatformRef.DECISION.equals(ref.type()) || !ref.id().matches("\\d{1,18}")) {
            return Map.of();
        }
        return current.decision(ref).map(d -> d.passed() ? Map.<String, String>of() : Map.of("decisionRef", "decision-not-passed"))
                .orElse(Map.of("decisionRef", "unknown-decision"));
    }

    /**
     * @return the names a tariff may price: the registry's products by name, or empty when there is
     *     no registry (then any name goes)
     */
    public Optional<List<String>> registeredProducts() {
        ProductService current = registry;
        return current == null ? Optional.empty() : Optional.of(current.products().stream().map(Product::name).toList());
    }

    /** @return the draft, refusing an adopted version (immutable) */
    private TariffVersion draft(long id) {
        TariffVersion version = store.tariff(id).orElseThrow(() -> new NoSuchElementException("no tariff version " + id));
        if (version.state() != TariffState.DRAFT) {
            throw new ValidationException(Map.of("state", "adopted-is-immutable"));
        }
        return version;
    }

    /** Audits and publishes a tariff change; @return the version as stored now */
    private TariffVersion tariffChanged(PlatformUser actor, String action, TariffVersion before, long id) {
        TariffVersion after = store.tariff(id).orElseThrow();
        audit.appendChange(actor.username(), action, "tariff", Long.toString(id), before, after);
        post(TOPIC_TARIFF_CHANGED, Map.of(EventTopics.PROPERTY_ID, id, EventTopics.PROPERTY_ACTOR, actor.username(), "state", after.state().name()));
        return after;
    }

    // ---- index series and population

    public Map<Integer, BigDecimal> index() {
        return store.index();
    }

    public void setIndex(int year, BigDecimal value, PlatformUser actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (year < 2000 || year > 2100) {
            errors.put("year", "out-of-range");
        }
        if (value == null) {
            errors.put("value", "required");
        } else if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(100_000)) >= 0 || value.stripTrailingZeros().scale() > 4) {
            errors.put("value", "out-of-range");
        }
        ValidationException.throwIfAny(errors);
        BigDecimal before = store.index().get(year);
        try {
            store.putIndex(year, value, actor.username());
        } catch (SQLException e) {
            throw new StorageException("cannot store index " + year, e);
        }
        audit.appendChange(actor.username(), "payments.index.set", "index", Integer.toString(year), before, value);
    }

    public List<PopulationFigure> population() {
        return store.population();
    }

    /**
     * Imports population figures from a CSV text (Danmarks Statistik's export or the platform's
     * own list); all or nothing.
     */
    public PopulationCsv.Result importPopulation(String csv, String source, PlatformUser actor) {
        PopulationCsv.Result result = PopulationCsv.parse(csv);
        String from = source == null || source.isBlank() ? "upload" : source.strip();
        try {
            store.putPopulation(result.figures(), from.length() > 200 ? from.substring(0, 200) : from);
        } catch (SQLException e) {
            throw new StorageException("cannot store population figures", e);
        }
        Map<Integer, Long> perYear = result.figures().stream().collect(Collectors.groupingBy(PopulationFigure::year, TreeMap::new, Collectors.counting()));
        audit.appendChange(actor.username(), "payments.population.import", "population", from, null, Map.of("figuresPerYear", perYear,
                "skipped", result.skipped()));
        return result;
    }

    // ---- billing details and subscriptions

    public BillingDetails billing(long organisationId) {
        organisation(organisationId);
        return store.billing(organisationId).orElse(BillingDetails.none(organisationId));
    }

    public BillingDetails saveBilling(long organisationId, long expectedVersion, BillingDetails change, PlatformUser actor) {
        Organisation o = organisation(organisationId);
        BillingDetails b = new BillingDetails(organisationId, trim(change.orderReference()), trim(change.personReference()),
                trim(change.street()), trim(change.postcode()), trim(change.city()), change.manualTier(), trim(change.tierReason()), expectedVersion);
        ValidationException.throwIfAny(PaymentRules.billing(b, o.kind()));
        BillingDetails before = store.billing(organisationId).orElse(null);
        try {
            store.putBilling(b, expectedVersion);
        } catch (SQLException e) {
            throw new StorageException("cannot store billing details", e);
        }
        BillingDetails after = store.billing(organisationId).orElseThrow();
        audit.appendChange(actor.username(), "payments.billing.save", "organisation", Long.toString(organisationId), before, after);
        return after;
    }

    public List<Subscription> subscriptions(long organisationId) {
        return store.subscriptions(organisationId);
    }

    public List<Subscription> subscriptions() {
        return store.subscriptions();
    }

    public Subscription subscribe(long organisationId, String product, LocalDate from, boolean passive, PlatformUser actor) {
        organisation(organisationId);
        ValidationException.throwIfAny(PaymentRules.subscription(product, from, null));
        boolean known = store.tariffs().stream().anyMatch(t -> t.products().stream().anyMatch(p -> p.product().equals(product.strip())));
        if (!known) {
            throw new ValidationException(Map.of("product", "unknown-product"));
        }
        boolean overlapping = store.subscriptions(organisationId).stream().anyMatch(s -> s.product().equals(product.strip())
                && (s.to() == null || !s.to().isBefore(from)));
        if (overlapping) {
            throw new ValidationException(Map.of("product", "already-subscribed"));
        }
        long id;
        try {
            id = store.insertSubscription(new Subscription(0, organisationId, product.strip(), from, null, passive, 1));
        } catch (SQLException e) {
            throw new StorageException("cannot store subscription", e);
        }
        Subscription created = store.subscription(id).orElseThrow();
        audit.appendChange(actor.username(), "payments.subscription.create", "subscription", Long.toString(id), null, created);
        return created;
    }

    public Subscription changeSubscription(long id, long expectedVersion, LocalDate to, boolean passive, PlatformUser actor) {
        Subscription before = store.subscription(id).orElseThrow(() -> new NoSuchElementException("no subscription " + id));
        ValidationException.throwIfAny(PaymentRules.subscription(before.product(), before.from(), to));
        try {
            store.updateSubscription(new Subscription(id, before.organisationId(), before.product(), before.from(), to, passive, 0), expectedVersion);
        } catch (SQLException e) {
            throw new StorageException("cannot store subscription", e);
        }
        Subscription after = store.subscription(id).orElseThrow();
        audit.appendChange(actor.username(), "payments.subscription.update", "subscription", Long.toString(id), before, after);
        return after;
    }

    // ---- invoice runs

    /** @return every organisation in the directory with its billing details */
    public List<Billable> billables() {
        Map<Long, BillingDetails> billing = store.billing();
        List<Billable> result = new ArrayList<>();
        int offset = 0;
        while (true) {
            MemberPage page = members.search(new MemberQuery(null, null, null, false, offset, MemberQuery.MAX_LIMIT));
            page.items().forEach(o -> result.add(Billable.of(o, billing.get(o.id()))));
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return result;
            }
        }
    }

    /** @return the fee calculation for a year under a tariff version, with today's index and population */
    public FeeCalculator calculator(TariffVersion tariff) {
        return new FeeCalculator(tariff, store.index(), Population.of(store.population()));
    }

    /** A dry run: what the run for the year would issue now; nothing is stored. */
    public Preview preview(int year) {
        TariffVersion tariff = tariffFor(year);
        FeeCalculator calculator = calculator(tariff);
        Set<Long> issued;
        try (Connection con = store.connection()) {
            issued = store.invoicedOrganisations(con, year);
        } catch (SQLException e) {
            throw new StorageException("cannot read issued invoices", e);
        }
        Map<Long, List<Subscription>> subscriptions = store.subscriptions().stream().collect(Collectors.groupingBy(Subscription::organisationId));
        List<MemberCharge> rows = new ArrayList<>();
        int toIssue = 0;
        int problems = 0;
        Money lineTotal = Money.ZERO;
        Money total = Money.ZERO;
        LocalDate today = clock.today();
        for (Billable b : billables()) {
            Charge charge = checked(calculator.charge(b, subscriptions.getOrDefault(b.organisationId(), List.of()), year));
            if (charge.lines().isEmpty() && charge.problems().isEmpty()) {
                continue;
            }
            boolean already = issued.contains(b.organisationId());
            MemberCharge row = memberCharge(charge, already, today);
            if (!already && charge.invoiceable()) {
                toIssue++;
                lineTotal = lineTotal.plus(row.lineTotal());
                total = total.plus(row.total());
            }
            if (!already && !charge.problems().isEmpty()) {
                problems++;
            }
            rows.add(row);
        }
        return new Preview(year, tariff.id(), tariff.name(), toIssue, issued.size(), problems, lineTotal, total, rows);
    }

    /** @return what one organisation pays for the year and why, as its invoice would show it today */
    public MemberCharge feesOf(long organisationId, int year) {
        Organisation o = organisation(organisationId);
        Billable b = Billable.of(o, store.billing(organisationId).orElse(null));
        Charge charge = checked(calculator(tariffFor(year)).charge(b, store.subscriptions(organisationId), year));
        boolean already = store.invoicesOf(organisationId).stream().anyMatch(i -> i.year() == year && i.kind() == InvoiceKind.INVOICE);
        return memberCharge(charge, already, clock.today());
    }

    private MemberCharge memberCharge(Charge charge, boolean alreadyIssued, LocalDate today) {
        Invoice draft = Invoices.draft(charge, vatRate, today, today.plusDays(paymentTermsDays));
        return new MemberCharge(charge.member().organisationId(), charge.member().name(), draft.lines(), draft.lineTotal(), draft.total(),
                alreadyIssued, charge.warnings(), charge.problems());
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
        return problems.size() == charge.problems().size() ? charge
                : new Charge(b, charge.year(), charge.lines(), charge.warnings(), List.copyOf(problems));
    }

    /**
     * Starts the invoice run for a year in the background.
     *
     * @return its status; poll {@link #runStatus(long)} for progress
     */
    public RunStatus startRun(int year, PlatformUser actor) {
        TariffVersion tariff = tariffFor(year);
        long id = runIds.incrementAndGet();
        forgetOldRuns();
        RunStatus status = new RunStatus(id, year, RunState.RUNNING, 0, 0, 0, 0, 0, Money.ZERO, List.of(), null, actor.username(),
                clock.now(), null);
        runs.put(id, status);
        Thread worker = new Thread(() -> {
            try {
                run(id, year, tariff, actor, done -> { });
            } catch (RuntimeException e) {
                // reading the directory or the facts failed before the transaction: nothing was issued
                runs.put(id, new RunStatus(id, year, RunState.FAILED, 0, 0, 0, 0, 0, Money.ZERO, List.of(), e.getMessage(),
                        actor.username(), status.started(), clock.now()));
            }
        }, "os2-invoice-run-" + year);
        worker.setDaemon(true);
        worker.start();
        return status;
    }

    /** Keeps the last 50 runs' statuses on this node. */
    private void forgetOldRuns() {
        runs.keySet().removeIf(k -> k <= runIds.get() - 50);
    }

    public Optional<RunStatus> runStatus(long id) {
        return Optional.ofNullable(runs.get(id));
    }

    /** @return the runs started on this node, newest first */
    public List<RunStatus> runStatuses() {
        return runs.values().stream().sorted(Comparator.comparing(RunStatus::id).reversed()).toList();
    }

    /**
     * Runs the invoice run for a year now: one invoice per organisation that owes something and
     * has none for the year yet. Idempotent: a second run, also a concurrent one, creates nothing
     * new. All invoices of a run are issued in one transaction under the number series' lock, so
     * the numbers have no gaps and a failed run leaves nothing behind.
     *
     * @param progress told how many organisations have been gone through
     * @return the outcome
     */
    public RunStatus runNow(int year, PlatformUser actor, IntConsumer progress) {
        long id = runIds.incrementAndGet();
        forgetOldRuns();
        runs.put(id, new RunStatus(id, year, RunState.RUNNING, 0, 0, 0, 0, 0, Money.ZERO, List.of(), null, actor.username(), clock.now(), null));
        return run(id, year, tariffFor(year), actor, progress);
    }

    private RunStatus run(long id, int year, TariffVersion tariff, PlatformUser actor, IntConsumer progress) {
        Instant started = runs.get(id).started();
        runLock.lock();
        try {
            FeeCalculator calculator = calculator(tariff);
            Map<Long, List<Subscription>> subscriptions = store.subscriptions().stream().collect(Collectors.groupingBy(Subscription::organisationId));
            List<Billable> all = billables();
            LocalDate today = clock.today();
            AtomicInteger created = new AtomicInteger();
            int skipped = 0;
            List<String> problems = new ArrayList<>();
            Money total = Money.ZERO;
            try (Connection con = store.connection()) {
                con.setAutoCommit(false);
                try {
                    long next = store.lockNextNumber(con);
                    Set<Long> issued = store.invoicedOrganisations(con, year);
                    try (PaymentStore.InvoiceWriter writer = store.new InvoiceWriter(con)) {
                        int done = 0;
                        for (Billable b : all) {
                            done++;
                            if (issued.contains(b.organisationId())) {
                                skipped++;
                            } else {
                                Charge charge = checked(calculator.charge(b, subscriptions.getOrDefault(b.organisationId(), List.of()), year));
                                if (!charge.problems().isEmpty()) {
                                    charge.problems().forEach(p -> problems.add(b.name() + ": " + p));
                                } else if (!charge.lines().isEmpty()) {
                                    Invoice inv = Invoices.numbered(Invoices.draft(charge, vatRate, today, today.plusDays(paymentTermsDays)),
                                            next, next, null);
                                    writer.add(inv, 0, tariff.id(), charge.lines().stream().map(ChargeLine::contributionRate).toList(),
                                            actor.username());
                                    next++;
                                    created.incrementAndGet();
                                    total = total.plus(inv.total());
                                }
                            }
                            if (done % 100 == 0 || done == all.size()) {
                                progress.accept(done);
                                update(id, year, all.size(), done, created.get(), skipped, problems, total, actor, started);
                            }
                        }
                    }
                    store.setNextNumber(con, next);
                    con.commit();
                } catch (SQLException | RuntimeException e) {
                    con.rollback();
                    throw e;
                }
            } catch (SQLException | RuntimeException e) {
                RunStatus failed = new RunStatus(id, year, RunState.FAILED, all.size(), 0, 0, 0, 0, Money.ZERO, List.of(),
                        e instanceof SQLException && "23505".equals(((SQLException) e).getSQLState())
                                ? "another run issued the same invoices at the same time; run again" : e.getMessage(),
                        actor.username(), started, clock.now());
                runs.put(id, failed);
                return failed;
            }
            RunStatus finished = new RunStatus(id, year, RunState.DONE, all.size(), all.size(), created.get(), skipped,
                    (int) problems.stream().map(p -> p.substring(0, p.indexOf(':'))).distinct().count(), total, List.copyOf(problems), null,
                    actor.username(), started, clock.now());
            runs.put(id, finished);
            audit.appendChange(actor.username(), "payments.invoice-run", "invoice-run", Integer.toString(year), null,
                    Map.of("year", year, "tariff", tariff.name(), "created", created.get(), "skipped", skipped, "total", total));
            if (created.get() > 0) {
                post(TOPIC_INVOICES_ISSUED, Map.of("year", year, EventTopics.PROPERTY_ACTOR, actor.username(), "created", created.get(),
                        "total", total.toString()));
            }
            return finished;
        } finally {
            runLock.unlock();
        }
    }

    private void update(long id, int year, int members, int done, int created, int skipped, List<String> problems, Money total,
            PlatformUser actor, Instant started) {
        runs.put(id, new RunStatus(id, year, RunState.RUNNING, members, done, created, skipped, problems.size(), total,
                List.copyOf(problems), null, actor.username(), started, null));
    }

    // ---- invoices

    @Override
    public List<Invoice> invoicesOf(long organisationId) {
        return store.invoicesOf(organisationId);
    }

    @Override
    public Optional<Invoice> invoice(long id) {
        return store.invoice(id);
    }

    public List<Invoice> invoicesIn(int year) {
        return store.invoicesIn(year);
    }

    /**
     * Credits an issued invoice in full and, when asked, issues a new invoice for the same member
     * and year from today's data, in one transaction.
     *
     * @return the credit note
     */
    public Invoice credit(long invoiceNumber, String reason, boolean reissue, PlatformUser actor) {
        Invoice invoice = store.invoice(invoiceNumber).orElseThrow(() -> new NoSuchElementException("no invoice " + invoiceNumber));
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
            tariff = tariffFor(invoice.year());
            Organisation o = organisation(invoice.organisationId());
            Billable b = Billable.of(o, store.billing(o.id()).orElse(null));
            again = checked(calculator(tariff).charge(b, store.subscriptions(o.id()), invoice.year()));
            if (!again.problems().isEmpty()) {
                throw new ValidationException(Map.of("reissue", "member-has-problems"));
            }
        }
        LocalDate today = clock.today();
        long noteNumber;
        Long reissued = null;
        runLock.lock();
        try (Connection con = store.connection()) {
            con.setAutoCommit(false);
            try {
                long next = store.lockNextNumber(con);
                noteNumber = next++;
                Invoice note = Invoices.creditNote(invoice, noteNumber, noteNumber, today, reason.strip());
                try (PaymentStore.InvoiceWriter writer = store.new InvoiceWriter(con)) {
                    writer.add(note, invoice.number(), null, note.lines().stream().map(l -> BigDecimal.ZERO).toList(), actor.username());
                    // the credit note takes back the contribution the invoice's product fees carried
                    writer.flush();
                    if (again != null && !again.lines().isEmpty()) {
                        Invoice inv = Invoices.numbered(Invoices.draft(again, vatRate, today, today.plusDays(paymentTermsDays)), next, next,
                                invoice.number());
                        writer.add(inv, invoice.number(), tariff.id(), again.lines().stream().map(ChargeLine::contributionRate).toList(),
                                actor.username());
                        reissued = next++;
                    }
                }
                store.setNextNumber(con, next);
                con.commit();
            } catch (SQLException | RuntimeException e) {
                con.rollback();
                throw e;
            }
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new ValidationException(Map.of("invoice", "already-credited"));
            }
            throw new StorageException("cannot credit invoice " + invoiceNumber, e);
        } finally {
            runLock.unlock();
        }
        Invoice note = store.invoice(noteNumber).orElseThrow();
        audit.appendChange(actor.username(), "payments.invoice.credit", "invoice", Long.toString(invoiceNumber), invoice, note);
        Map<String, Object> props = new HashMap<>(Map.of(EventTopics.PROPERTY_ID, invoiceNumber, EventTopics.PROPERTY_ACTOR,
                actor.username(), "creditNoteId", noteNumber));
        if (reissued != null) {
            props.put("reissuedId", reissued);
        }
        post(TOPIC_INVOICE_CREDITED, props);
        return note;
    }

    /** @return the document as OIOUBL or Peppol BIS Billing 3 XML */
    public String xml(Invoice invoice, EInvoice.Format format) {
        long credited = invoice.creditedInvoiceId() == null ? 0 : invoice.creditedInvoiceId();
        return new EInvoice(seller).write(invoice, credited, format);
    }

    /** @return OS2's invoicing identity as configured */
    public Seller seller() {
        return seller;
    }

    // ---- economy and what-if

    public List<EconomyYear> economy() {
        List<PaymentStore.LedgerEntry> ledger = store.ledger();
        List<EconomyYear> result = new ArrayList<>();
        Money reserve = Money.ZERO;
        for (int year : store.economyYears()) {
            PaymentStore.InvoicedIncome invoiced = store.invoicedIncome(year);
            Money other = sum(ledger, year, "OTHER_INCOME").plus(invoiced.byKind().getOrDefault(LineKind.SUPPLIER_PARTNER_FEE, Money.ZERO));
            Money membership = invoiced.byKind().getOrDefault(LineKind.MEMBERSHIP_FEE, Money.ZERO);
            Money income = membership.plus(other).plus(invoiced.contributions());
            Money expenses = sum(ledger, year, "EXPENSES");
            Money resultOfYear = income.minus(expenses);
            reserve = reserve.plus(sum(ledger, year, "RESERVE_OPENING")).plus(resultOfYear);
            result.add(new EconomyYear(year, membership, other, invoiced.contributions(), income, expenses, resultOfYear, reserve,
                    reserveTarget, reserve.minus(reserveTarget), invoiced.byKind().getOrDefault(LineKind.PRODUCT_FEE, Money.ZERO),
                    invoiced.byKind().getOrDefault(LineKind.JOINING_FEE, Money.ZERO)));
        }
        return result;
    }

    private static Money sum(List<PaymentStore.LedgerEntry> ledger, int year, String account) {
        return ledger.stream().filter(e -> e.year() == year && e.account().equals(account)).map(PaymentStore.LedgerEntry::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    public List<PaymentStore.LedgerEntry> ledger() {
        return store.ledger();
    }

    public PaymentStore.LedgerEntry record(int year, String account, Money amount, String note, PlatformUser actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (year < 2000 || year > 2100) {
            errors.put("year", "out-of-range");
        }
        if (account == null || !Set.of("OTHER_INCOME", "EXPENSES", "RESERVE_OPENING").contains(account)) {
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
        long id;
        try {
            id = store.insertLedger(year, account, amount, note.strip(), actor.username());
        } catch (SQLException e) {
            throw new StorageException("cannot store ledger entry", e);
        }
        PaymentStore.LedgerEntry entry = store.ledger().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
        audit.appendChange(actor.username(), "payments.ledger.record", "ledger", Long.toString(id), null, entry);
        return entry;
    }

    /** Compares what every organisation pays for the year under the tariff in force and under a draft. */
    public WhatIf whatIf(long draftId, int year) {
        TariffVersion draft = store.tariff(draftId).orElseThrow(() -> new NoSuchElementException("no tariff version " + draftId));
        TariffVersion current = tariffInForce(LocalDate.of(year, 1, 1))
                .or(() -> tariffInForce(clock.today()))
                .orElseThrow(() -> new ValidationException(Map.of("year", "no-tariff")));
        FeeCalculator now = calculator(current);
        FeeCalculator then = calculator(draft);
        Map<Long, List<Subscription>> subscriptions = store.subscriptions().stream().collect(Collectors.groupingBy(Subscription::organisationId));
        List<WhatIfRow> rows = new ArrayList<>();
        Money currentTotal = Money.ZERO;
        Money draftTotal = Money.ZERO;
        Money associationChange = Money.ZERO;
        for (Billable b : billables()) {
            List<Subscription> subs = subscriptions.getOrDefault(b.organisationId(), List.of());
            Charge a = now.charge(b, subs, year);
            Charge c = then.charge(b, subs, year);
            if (a.lines().isEmpty() && c.lines().isEmpty()) {
                continue;
            }
            rows.add(new WhatIfRow(b.organisationId(), b.name(), b.kind() == OrganisationKind.MUNICIPALITY || !subs.isEmpty() ? now.tier(b, year).orElse(null) : null,
                    a.total(), c.total(), c.total().minus(a.total())));
            currentTotal = currentTotal.plus(a.total());
            draftTotal = draftTotal.plus(c.total());
            associationChange = associationChange.plus(associationIncome(c)).minus(associationIncome(a));
        }
        rows.sort(Comparator.comparing(WhatIfRow::change).reversed().thenComparing(WhatIfRow::name));
        return new WhatIf(year, current.name(), draft.name(), draft.proposalRef(), currentTotal, draftTotal, draftTotal.minus(currentTotal),
                associationChange, rows);
    }

    private static Money associationIncome(Charge c) {
        Money sum = Money.ZERO;
        for (ChargeLine l : c.lines()) {
            switch (l.kind()) {
                case MEMBERSHIP_FEE, SUPPLIER_PARTNER_FEE -> sum = sum.plus(l.amount());
                case PRODUCT_FEE -> sum = sum.plus(l.amount().times(l.contributionRate(), BigDecimal.valueOf(100)));
                default -> { }
            }
        }
        return sum;
    }

    // ---- standing

    @Override
    public Optional<StandingRecord> current(long organisationId) {
        return store.standings(organisationId).stream().findFirst();
    }

    @Override
    public List<StandingRecord> history(long organisationId) {
        return store.standings(organisationId);
    }

    /** @return every organisation's latest standing */
    public Map<Long, StandingRecord> currentStandings() {
        return store.currentStandings();
    }

    @Override
    public Set<Long> treatedAsWithdrawn() {
        return store.currentStandings().values().stream().filter(r -> r.standing().treatedAsWithdrawn())
                .map(StandingRecord::organisationId).collect(Collectors.toSet());
    }

    @Override
    public StandingRecord record(long organisationId, PaymentStanding standing, String note, PlatformUser actor) {
        organisation(organisationId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (standing == null) {
            errors.put("standing", "required");
        }
        if (note == null || note.isBlank()) {
            errors.put("note", "required");
        } else if (note.length() > 1000) {
            errors.put("note", "too-long");
        }
        ValidationException.throwIfAny(errors);
        Optional<StandingRecord> before = current(organisationId);
        StandingRecord record = new StandingRecord(organisationId, standing, note.strip(), actor.username(), clock.now());
        try {
            store.insertStanding(record);
        } catch (SQLException e) {
            throw new StorageException("cannot store payment standing", e);
        }
        audit.appendChange(actor.username(), "payments.standing.record", "organisation", Long.toString(organisationId),
                before.orElse(null), record);
        Map<String, Object> props = new HashMap<>(Map.of(EventTopics.PROPERTY_ID, organisationId, EventTopics.PROPERTY_ACTOR,
                actor.username(), "standing", standing.name()));
        before.ifPresent(b -> props.put("previousStanding", b.standing().name()));
        post(TOPIC_STANDING_CHANGED, props);
        return record;
    }

    // ---- helpers

    private Organisation organisation(long id) {
        return members.get(id).orElseThrow(() -> new NoSuchElementException("no organisation " + id));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void post(String topic, Map<String, ?> properties) {
        events.postEvent(new Event(topic, properties));
    }

    private static RuntimeException translate(SQLException e, String field, String what) {
        if ("23505".equals(e.getSQLState())) {
            return new ValidationException(Map.of(field, "duplicate"));
        }
        return new StorageException(what, e);
    }
}
