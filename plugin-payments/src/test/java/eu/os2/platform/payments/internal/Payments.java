package eu.os2.platform.payments.internal;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.PaymentService;
import eu.os2.platform.api.payment.PaymentStanding;
import eu.os2.platform.api.payment.PaymentStandingService;
import eu.os2.platform.api.payment.StandingRecord;
import eu.os2.platform.api.payment.TariffChange;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.product.ProductService;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.voting.VotingService;
import eu.os2.platform.payments.internal.charge.ChargeServiceImpl;
import eu.os2.platform.payments.internal.documents.InvoiceDocumentsImpl;
import eu.os2.platform.payments.internal.economy.EconomyServiceImpl;
import eu.os2.platform.payments.internal.invoicing.InvoicingServiceImpl;
import eu.os2.platform.payments.internal.model.BillingDetails;
import eu.os2.platform.payments.internal.model.EInvoice;
import eu.os2.platform.payments.internal.model.PopulationCsv;
import eu.os2.platform.payments.internal.model.PopulationFigure;
import eu.os2.platform.payments.internal.model.Reports;
import eu.os2.platform.payments.internal.model.Subscription;
import eu.os2.platform.payments.internal.notices.InvoiceNotices;
import eu.os2.platform.payments.internal.notices.InvoiceNoticesImpl;
import eu.os2.platform.payments.internal.notices.PaymentMessageKinds;
import eu.os2.platform.payments.internal.population.PopulationServiceImpl;
import eu.os2.platform.payments.internal.run.InvoiceRunServiceImpl;
import eu.os2.platform.payments.internal.standing.StandingServiceImpl;
import eu.os2.platform.payments.internal.store.LedgerEntry;
import eu.os2.platform.payments.internal.store.PaymentTables;
import eu.os2.platform.payments.internal.subscription.SubscriptionServiceImpl;
import eu.os2.platform.payments.internal.tariff.TariffServiceImpl;
import eu.os2.platform.testing.RecordingOutbox;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.osgi.service.event.EventAdmin;

/**
 * The plugin's components wired as Declarative Services wires them, on a database whose tables
 * exist: one object the contract tests and the benchmark call, as they called the one service before.
 */
public final class Payments implements PaymentService, PaymentStandingService {

    private final MemberService members;
    final TariffServiceImpl tariffs;
    final PopulationServiceImpl population;
    final SubscriptionServiceImpl subscriptions;
    final ChargeServiceImpl charges;
    final InvoicingServiceImpl invoicing;
    final InvoiceRunServiceImpl runs;
    final EconomyServiceImpl economy;
    final StandingServiceImpl standing;
    /** What was written to the outbox, or null when the components were given other notices. */
    RecordingOutbox outbox;

    /**
     * The components with an outbox that refuses a message written outside the change's transaction
     * and a PDF writer that writes each document's text ({@link TextPdfWriter}).
     */
    public Payments(
            DataSource dataSource,
            MemberService members,
            AuditLog audit,
            PlatformClock clock,
            EventAdmin events,
            PaymentsConfig config) {
        this(
                dataSource,
                members,
                audit,
                clock,
                events,
                config,
                RecordingOutbox.inTransactionsOf(dataSource).accepting(new PaymentMessageKinds()));
    }

    public Payments(
            DataSource dataSource,
            MemberService members,
            AuditLog audit,
            PlatformClock clock,
            EventAdmin events,
            PaymentsConfig config,
            RecordingOutbox outbox) {
        this(
                dataSource,
                members,
                audit,
                clock,
                events,
                config,
                new InvoiceNoticesImpl(outbox, new InvoiceDocumentsImpl(new TextPdfWriter(), config)));
        this.outbox = outbox;
    }

    public Payments(
            DataSource dataSource,
            MemberService members,
            AuditLog audit,
            PlatformClock clock,
            EventAdmin events,
            PaymentsConfig config,
            InvoiceNotices notices) {
        this.members = members;
        PaymentTables tables = PaymentTables.over(dataSource);
        tariffs = new TariffServiceImpl(tables, audit, events);
        population = new PopulationServiceImpl(tables, audit);
        subscriptions = new SubscriptionServiceImpl(tables, members, audit, tariffs);
        charges = new ChargeServiceImpl(tables, tariffs, population, subscriptions, clock, config);
        invoicing = new InvoicingServiceImpl(
                tables, tariffs, population, subscriptions, charges, audit, clock, events, notices, config);
        runs = new InvoiceRunServiceImpl(
                tables, tariffs, population, subscriptions, charges, audit, clock, events, notices);
        economy = new EconomyServiceImpl(tables, tariffs, population, subscriptions, audit, clock, config);
        standing = new StandingServiceImpl(tables, members, audit, clock, events);
    }

    MemberService members() {
        return members;
    }

    void setRegistry(ProductService registry) {
        tariffs.setRegistry(registry);
    }

    void setVoting(VotingService voting) {
        tariffs.setVoting(voting);
    }

    // ---- tariffs

    @Override
    public List<TariffVersion> tariffs() {
        return tariffs.tariffs();
    }

    @Override
    public Optional<TariffVersion> tariff(long id) {
        return tariffs.tariff(id);
    }

    @Override
    public Optional<TariffVersion> tariffInForce(LocalDate date) {
        return tariffs.tariffInForce(date);
    }

    @Override
    public TariffVersion createDraft(TariffChange change, PlatformUser actor) {
        return tariffs.createDraft(change, actor);
    }

    @Override
    public TariffVersion updateDraft(long id, long expectedVersion, TariffChange change, PlatformUser actor) {
        return tariffs.updateDraft(id, expectedVersion, change, actor);
    }

    @Override
    public TariffVersion adopt(long id, long expectedVersion, String decisionRef, PlatformUser actor) {
        return tariffs.adopt(id, expectedVersion, decisionRef, actor);
    }

    public Optional<List<String>> registeredProducts() {
        return tariffs.registeredProducts();
    }

    // ---- index, population, billing, subscriptions

    public void setIndex(int year, BigDecimal value, PlatformUser actor) {
        population.setIndex(year, value, actor);
    }

    public List<PopulationFigure> population() {
        return population.population();
    }

    public PopulationCsv.Result importPopulation(String csv, String source, PlatformUser actor) {
        return population.importPopulation(csv, source, actor);
    }

    public BillingDetails billing(long organisationId) {
        return subscriptions.billing(organisationId);
    }

    public BillingDetails saveBilling(
            long organisationId, long expectedVersion, BillingDetails change, PlatformUser actor) {
        return subscriptions.saveBilling(organisationId, expectedVersion, change, actor);
    }

    public List<Subscription> subscriptions(long organisationId) {
        return subscriptions.subscriptions(organisationId);
    }

    public Subscription subscribe(
            long organisationId, String product, LocalDate from, boolean passive, PlatformUser actor) {
        return subscriptions.subscribe(organisationId, product, from, passive, actor);
    }

    // ---- fees, runs, invoices

    public Reports.MemberCharge feesOf(long organisationId, int year) {
        return charges.feesOf(organisationId, year);
    }

    public Reports.Preview preview(int year) {
        return runs.preview(year);
    }

    public Reports.RunStatus startRun(int year, PlatformUser actor) {
        return runs.startRun(year, actor);
    }

    public Reports.RunStatus runNow(int year, PlatformUser actor, IntConsumer progress) {
        return runs.runNow(year, actor, progress);
    }

    public Optional<Reports.RunStatus> runStatus(long id) {
        return runs.runStatus(id);
    }

    public List<Reports.RunStatus> runStatuses() {
        return runs.runStatuses();
    }

    @Override
    public List<Invoice> invoicesOf(long organisationId) {
        return invoicing.invoicesOf(organisationId);
    }

    @Override
    public Optional<Invoice> invoice(long id) {
        return invoicing.invoice(id);
    }

    public List<Invoice> invoicesIn(int year) {
        return invoicing.invoicesIn(year);
    }

    public Invoice credit(long invoiceNumber, String reason, boolean reissue, PlatformUser actor) {
        return invoicing.credit(invoiceNumber, reason, reissue, actor);
    }

    public String xml(Invoice invoice, EInvoice.Format format) {
        return invoicing.xml(invoice, format);
    }

    // ---- economy

    public List<Reports.EconomyYear> economy() {
        return economy.economy();
    }

    public LedgerEntry record(int year, String account, Money amount, String note, PlatformUser actor) {
        return economy.record(year, account, amount, note, actor);
    }

    public Reports.WhatIf whatIf(long draftId, int year) {
        return economy.whatIf(draftId, year);
    }

    // ---- standing

    @Override
    public Optional<StandingRecord> current(long organisationId) {
        return standing.current(organisationId);
    }

    @Override
    public List<StandingRecord> history(long organisationId) {
        return standing.history(organisationId);
    }

    @Override
    public Set<Long> treatedAsWithdrawn() {
        return standing.treatedAsWithdrawn();
    }

    @Override
    public StandingRecord record(long organisationId, PaymentStanding standing, String note, PlatformUser actor) {
        return this.standing.record(organisationId, standing, note, actor);
    }

    public Map<Long, StandingRecord> currentStandings() {
        return standing.currentStandings();
    }
}
