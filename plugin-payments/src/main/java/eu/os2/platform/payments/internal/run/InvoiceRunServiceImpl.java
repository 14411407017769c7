package eu.os2.platform.payments.internal.run;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.event.EventTopics;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.PaymentService;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.storage.DuplicateKeyException;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.payments.internal.charge.ChargeService;
import eu.os2.platform.payments.internal.model.Billable;
import eu.os2.platform.payments.internal.model.Charge;
import eu.os2.platform.payments.internal.model.ChargeLine;
import eu.os2.platform.payments.internal.model.FeeCalculator;
import eu.os2.platform.payments.internal.model.Invoices;
import eu.os2.platform.payments.internal.model.Reports.MemberCharge;
import eu.os2.platform.payments.internal.model.Reports.Preview;
import eu.os2.platform.payments.internal.model.Reports.RunState;
import eu.os2.platform.payments.internal.model.Reports.RunStatus;
import eu.os2.platform.payments.internal.model.Subscription;
import eu.os2.platform.payments.internal.notices.InvoiceNotices;
import eu.os2.platform.payments.internal.population.PopulationService;
import eu.os2.platform.payments.internal.store.InvoiceStore;
import eu.os2.platform.payments.internal.store.PaymentTables;
import eu.os2.platform.payments.internal.store.RunStore;
import eu.os2.platform.payments.internal.subscription.SubscriptionService;
import eu.os2.platform.payments.internal.tariff.TariffService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The invoice run on an executor this component owns (shut down when it is deactivated), with its
 * status and progress in {@code payments_invoice_run}. A run found still running when the component
 * starts was cut off by a crash or a shutdown: it is reported as failed, and as its invoices are
 * issued in one transaction, it left nothing issued. The run's invoices and the messages to their
 * buyers are written in that one transaction; its progress is written beside it, so that it shows
 * while the run goes on.
 */
@Component(service = InvoiceRunService.class)
public class InvoiceRunServiceImpl implements InvoiceRunService {

    static final String CUT_OFF = "the run was cut off (the node running it stopped); nothing was issued: run again";

    /** How often the node running a run says so. */
    static final Duration HEARTBEAT = Duration.ofSeconds(5);

    /** A run whose node has been silent this long is reported cut off, by whichever node looks. */
    static final Duration SILENT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(InvoiceRunServiceImpl.class);

    private final PaymentTables tables;
    private final InvoiceStore invoices;
    private final RunStore runs;
    private final TariffService tariffs;
    private final PopulationService population;
    private final SubscriptionService subscriptions;
    private final ChargeService charges;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final EventAdmin events;
    private final InvoiceNotices notices;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "os2-invoice-run");
        t.setDaemon(true);
        return t;
    });
    /**
     * Writes a run's progress and heartbeat outside its transaction, so that they show while the run
     * goes on.
     */
    private final ScheduledExecutorService progressWriter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "os2-invoice-run-progress");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public InvoiceRunServiceImpl(
            @Reference PaymentTables tables,
            @Reference TariffService tariffs,
            @Reference PopulationService population,
            @Reference SubscriptionService subscriptions,
            @Reference ChargeService charges,
            @Reference AuditLog audit,
            @Reference PlatformClock clock,
            @Reference EventAdmin events,
            @Reference InvoiceNotices notices) {
        this.tables = tables;
        this.invoices = tables.invoices();
        this.runs = tables.runs();
        this.tariffs = tariffs;
        this.population = population;
        this.subscriptions = subscriptions;
        this.charges = charges;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.notices = notices;
        failSilentRuns();
    }

    /** Reports the runs whose node went silent as failed (a run going on another node is left alone). */
    private void failSilentRuns() {
        Instant now = clock.now();
        int cutOff = runs.failSilent(CUT_OFF, now, now.minus(SILENT));
        if (cutOff > 0) {
            LOG.warn(
                    "{} invoice run(s) were cut off by a stop of their node and are reported as failed; they issued nothing",
                    cutOff);
        }
    }

    /** Lets a run in progress finish for a while; one still running then is reported as cut off at the next start. */
    @Deactivate
    void deactivate() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        progressWriter.shutdown();
    }

    @Override
    public Preview preview(int year) {
        TariffVersion tariff = charges.tariffOf(year);
        FeeCalculator calculator = population.calculator(tariff);
        Set<Long> issued = invoices.invoicedOrganisations(year);
        Map<Long, Invoice> standing = ChargeService.standing(invoices.invoicesIn(year));
        Map<Long, List<Subscription>> byOrganisation = subscriptions.subscriptionsByOrganisation();
        List<MemberCharge> rows = new ArrayList<>();
        int toIssue = 0;
        int problems = 0;
        Money lineTotal = Money.ZERO;
        Money total = Money.ZERO;
        LocalDate today = clock.today();
        for (Billable b : subscriptions.billables()) {
            boolean already = issued.contains(b.organisationId());
            Invoice invoice = standing.get(b.organisationId());
            if (already && invoice != null && invoice.creditNoteId() == null) {
                // an issued invoice is explained by what it was issued with, not by today's facts
                rows.add(charges.issued(invoice));
                continue;
            }
            Charge charge =
                    charges.charge(calculator, b, byOrganisation.getOrDefault(b.organisationId(), List.of()), year);
            if (charge.lines().isEmpty() && charge.problems().isEmpty()) {
                continue;
            }
            MemberCharge row = charges.memberCharge(charge, already, today);
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

    @Override
    public RunStatus startRun(int year, PlatformUser actor) {
        TariffVersion tariff = charges.tariffOf(year);
        RunStatus status = started(year, actor);
        // beating from the start: a run waiting behind another one on this node is not cut off
        ScheduledFuture<?> heartbeat = heartbeat(status.id());
        try {
            executor.execute(() -> {
                try {
                    run(status, tariff, actor, done -> {});
                } catch (RuntimeException e) {
                    // reading the directory or the facts failed before the transaction: nothing was issued
                    runs.update(failed(status, 0, e.getMessage()));
                } finally {
                    stop(heartbeat);
                }
            });
        } catch (RejectedExecutionException stopping) {
            stop(heartbeat);
            RunStatus failed = failed(status, 0, "the platform is stopping; nothing was issued: run again");
            runs.update(failed);
            return failed;
        }
        return status;
    }

    @Override
    public RunStatus runNow(int year, PlatformUser actor, IntConsumer progress) {
        TariffVersion tariff = charges.tariffOf(year);
        RunStatus status = started(year, actor);
        ScheduledFuture<?> heartbeat = heartbeat(status.id());
        try {
            return run(status, tariff, actor, progress);
        } finally {
            stop(heartbeat);
        }
    }

    @Override
    public Optional<RunStatus> runStatus(long id) {
        failSilentRuns();
        return runs.run(id);
    }

    @Override
    public List<RunStatus> runStatuses() {
        failSilentRuns();
        return runs.latest(50);
    }

    private RunStatus started(int year, PlatformUser actor) {
        Instant now = clock.now();
        long id = runs.start(year, actor.username(), now);
        return new RunStatus(
                id, year, RunState.RUNNING, 0, 0, 0, 0, 0, Money.ZERO, List.of(), null, actor.username(), now, null);
    }

    private RunStatus failed(RunStatus status, int members, String error) {
        return new RunStatus(
                status.id(),
                status.year(),
                RunState.FAILED,
                members,
                0,
                0,
                0,
                0,
                Money.ZERO,
                List.of(),
                error,
                status.startedBy(),
                status.started(),
                clock.now());
    }

    /** What the run has done so far inside its transaction. */
    private static final class Tally {
        /** How often the progress is written at most: each write is a transaction of its own. */
        private static final long PROGRESS_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

        int members;
        int done;
        int created;
        int skipped;
        Money total = Money.ZERO;
        final List<String> problems = new ArrayList<>();
        private long progressShown = System.nanoTime();

        boolean progressDue(long now) {
            if (now - progressShown < PROGRESS_EVERY_NANOS) {
                return false;
            }
            progressShown = now;
            return true;
        }
    }

    /** Writes the progress on a thread of its own: outside the run's transaction, which would hide it till the end. */
    private void showProgress(RunStatus progress) {
        try {
            progressWriter.submit(() -> runs.progress(progress)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the invoice run was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (RejectedExecutionException stopping) {
            // the component is stopping: the run's outcome is written when it ends
        }
    }

    private static void stop(ScheduledFuture<?> heartbeat) {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
    }

    /** @return the task that tells the other nodes the run goes on, none when the component is stopping */
    private ScheduledFuture<?> heartbeat(long id) {
        try {
            return progressWriter.scheduleWithFixedDelay(
                    () -> {
                        try {
                            runs.beat(id, clock.now());
                        } catch (RuntimeException e) {
                            // the run's final write holds the row while it commits: the next beat follows
                            LOG.debug("Heartbeat of invoice run {} not written: {}", id, e.getMessage());
                        }
                    },
                    HEARTBEAT.toMillis(),
                    HEARTBEAT.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            return null;
        }
    }

    private RunStatus run(RunStatus status, TariffVersion tariff, PlatformUser actor, IntConsumer progress) {
        int year = status.year();
        FeeCalculator calculator = population.calculator(tariff);
        LocalDate today = clock.today();
        Tally tally = new Tally();
        RunStatus finished;
        try {
            // the invoices, the messages to their buyers, the run's final status and its audit entry
            // commit together, or nothing does
            finished = tables.transaction(() -> {
                invoices.issue("cannot issue the invoices for " + year, issuing -> {
                    Set<Long> issued = issuing.invoicedOrganisations(year);
                    // one directory page at a time: the run holds one page of members and subscriptions
                    subscriptions.eachBillablePage(page -> {
                        tally.members = page.total();
                        for (Billable b : page.billables()) {
                            issue(
                                    b,
                                    page.subscriptions(),
                                    issued,
                                    issuing,
                                    calculator,
                                    tariff,
                                    year,
                                    today,
                                    actor,
                                    tally);
                        }
                        progress.accept(tally.done);
                        if (tally.progressDue(System.nanoTime())) {
                            showProgress(state(status, RunState.RUNNING, tally.members, tally, null, null));
                        }
                    });
                    return null;
                });
                RunStatus done = state(status, RunState.DONE, tally.members, tally, null, clock.now());
                runs.update(done);
                audit.appendChange(
                        actor.username(),
                        "payments.invoice-run",
                        "invoice-run",
                        Integer.toString(year),
                        null,
                        Map.of(
                                "year",
                                year,
                                "tariff",
                                tariff.name(),
                                "created",
                                tally.created,
                                "skipped",
                                tally.skipped,
                                "total",
                                tally.total));
                return done;
            });
        } catch (RuntimeException e) {
            String error = e instanceof DuplicateKeyException
                    ? "another run issued the same invoices at the same time; run again"
                    : e.getMessage();
            RunStatus failed = failed(status, tally.members, error);
            runs.update(failed);
            return failed;
        }
        if (tally.created > 0) {
            events.postEvent(new Event(
                    PaymentService.TOPIC_INVOICES_ISSUED,
                    Map.of(
                            "year",
                            year,
                            EventTopics.PROPERTY_ACTOR,
                            actor.username(),
                            "created",
                            tally.created,
                            "total",
                            tally.total.toString())));
        }
        return finished;
    }

    /**
     * Issues one member's invoice in the run's transaction, with the message to its buyer written
     * from the invoice as it is stored (the same record the batch inserts), or notes why it cannot.
     */
    private void issue(
            Billable b,
            Map<Long, List<Subscription>> subscriptionsOf,
            Set<Long> issued,
            InvoiceStore.Issuing issuing,
            FeeCalculator calculator,
            TariffVersion tariff,
            int year,
            LocalDate today,
            PlatformUser actor,
            Tally tally) {
        tally.done++;
        if (issued.contains(b.organisationId())) {
            tally.skipped++;
            return;
        }
        Charge charge =
                charges.charge(calculator, b, subscriptionsOf.getOrDefault(b.organisationId(), List.of()), year);
        if (!charge.problems().isEmpty()) {
            charge.problems().forEach(p -> tally.problems.add(b.name() + ": " + p));
        } else if (!charge.lines().isEmpty()) {
            long number = issuing.takeNumber();
            Invoice inv = Invoices.numbered(charges.draft(charge, today), number, number, null);
            issuing.add(
                    inv,
                    0,
                    tariff.id(),
                    charge.lines().stream().map(ChargeLine::contributionRate).toList(),
                    actor.username());
            notices.issued(inv);
            tally.created++;
            tally.total = tally.total.plus(inv.total());
        }
    }

    private static RunStatus state(
            RunStatus status, RunState state, int members, Tally tally, String error, Instant finished) {
        int withProblems = state == RunState.RUNNING
                ? tally.problems.size()
                : (int) tally.problems.stream()
                        .map(p -> p.substring(0, p.indexOf(':')))
                        .distinct()
                        .count();
        return new RunStatus(
                status.id(),
                status.year(),
                state,
                members,
                tally.done,
                tally.created,
                tally.skipped,
                withProblems,
                tally.total,
                List.copyOf(tally.problems),
                error,
                status.startedBy(),
                status.started(),
                finished);
    }
}
