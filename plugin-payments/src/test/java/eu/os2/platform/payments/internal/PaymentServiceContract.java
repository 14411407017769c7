package eu.os2.platform.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.InvoiceKind;
import eu.os2.platform.api.payment.PaymentService;
import eu.os2.platform.api.payment.PaymentStanding;
import eu.os2.platform.api.payment.PaymentStandingService;
import eu.os2.platform.api.payment.ProductTariff;
import eu.os2.platform.api.payment.TariffChange;
import eu.os2.platform.api.payment.TariffState;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.product.PipelineStep;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.api.product.ProductService;
import eu.os2.platform.api.ref.PlatformRef;
import eu.os2.platform.api.storage.ConcurrentChangeException;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.api.voting.Decision;
import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.api.voting.VotingService;
import eu.os2.platform.payments.internal.model.BillingDetails;
import eu.os2.platform.payments.internal.model.EInvoice;
import eu.os2.platform.payments.internal.model.Fixtures;
import eu.os2.platform.payments.internal.model.Reports;
import eu.os2.platform.payments.internal.store.PaymentTables;
import eu.os2.platform.testing.TestDatabases;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The service on a real database with the plugin's real changelog; run on H2 and on PostgreSQL. */
abstract class PaymentServiceContract extends ContractBase {

    @Test
    void anAdoptedTariffIsImmutableAndInForceFromItsDate() {
        assertThat(adopted.state()).isEqualTo(TariffState.ADOPTED);
        assertThatThrownBy(
                        () -> service.updateDraft(adopted.id(), adopted.version(), Fixtures.tariff2023(), SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("state", "adopted-is-immutable"));
        assertThat(((PaymentService) service).tariffInForce(LocalDate.of(2022, 12, 31)))
                .isEmpty();
        assertThat(service.tariffInForce(LocalDate.of(2026, 6, 1)))
                .map(TariffVersion::id)
                .contains(adopted.id());
        assertThat(events.topics()).contains(PaymentService.TOPIC_TARIFF_CHANGED);
    }

    @Test
    void withAProductRegistryATariffPricesRegisteredProductsOnly() {
        ProductService registry = mock(ProductService.class);
        when(registry.byName(any())).thenReturn(Optional.empty());
        when(registry.byName("OS2valghalla")).thenReturn(Optional.of(product("OS2valghalla")));
        when(registry.products()).thenReturn(List.of(product("OS2valghalla")));
        assertThat(service.registeredProducts())
                .as("no registry: any name goes")
                .isEmpty();
        ProductTariff unregistered =
                new ProductTariff("OS2ukendt", Fixtures.valghalla().prices(), 1, 3, new BigDecimal("5"));
        TariffChange draft = new TariffChange(
                "Forslag 2027",
                LocalDate.of(2027, 1, 1),
                null,
                null,
                Money.kroner(25_000),
                null,
                Money.ZERO,
                List.of(Fixtures.valghalla(), unregistered));
        TariffVersion before = service.createDraft(draft, SECRETARIAT);

        service.setRegistry(registry);
        assertThat(service.registeredProducts()).contains(List.of("OS2valghalla"));
        TariffChange next = new TariffChange(
                "Forslag 2028",
                LocalDate.of(2028, 1, 1),
                null,
                null,
                Money.kroner(25_000),
                null,
                Money.ZERO,
                List.of(Fixtures.valghalla(), unregistered));
        assertThatThrownBy(() -> service.createDraft(next, SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .isEqualTo(Map.of("products[1].product", "unregistered-product")));
        // a draft made before the registry came is not adopted with a product the registry does not know
        assertThatThrownBy(() -> service.adopt(before.id(), before.version(), "decision:GF-2026-3", SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("products[1].product", "unregistered-product"));
        TariffVersion mended = service.updateDraft(
                before.id(),
                before.version(),
                new TariffChange(
                        "Forslag 2027",
                        LocalDate.of(2027, 1, 1),
                        null,
                        null,
                        Money.kroner(25_000),
                        null,
                        Money.ZERO,
                        List.of(Fixtures.valghalla())),
                SECRETARIAT);
        assertThat(service.adopt(mended.id(), mended.version(), "decision:GF-2026-3", SECRETARIAT)
                        .state())
                .isEqualTo(TariffState.ADOPTED);
    }

    @Test
    void withGeneralAssembliesThereATariffIsAdoptedOnlyByADecisionThatPassed() {
        VotingService voting = mock(VotingService.class);
        when(voting.decision(any())).thenReturn(Optional.empty());
        when(voting.decision(PlatformRef.of(PlatformRef.DECISION, 7)))
                .thenReturn(Optional.of(new Decision(
                        7,
                        1,
                        "Kontingent 2028",
                        DecisionType.MEMBERSHIP_FEE,
                        false,
                        "nej 40, ja 30",
                        Instant.parse("2027-05-01T12:00:00Z"))));
        when(voting.decision(PlatformRef.of(PlatformRef.DECISION, 8)))
                .thenReturn(Optional.of(new Decision(
                        8,
                        1,
                        "Kontingent 2028",
                        DecisionType.MEMBERSHIP_FEE,
                        true,
                        "ja 50, nej 20",
                        Instant.parse("2027-05-01T12:30:00Z"))));
        service.setVoting(voting);
        TariffVersion draft = service.createDraft(
                new TariffChange(
                        "Takster 2028",
                        LocalDate.of(2028, 1, 1),
                        null,
                        null,
                        Money.kroner(25_500),
                        null,
                        Money.ZERO,
                        List.of(Fixtures.valghalla())),
                SECRETARIAT);
        assertThatThrownBy(() -> service.adopt(draft.id(), draft.version(), "decision:999", SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("decisionRef", "unknown-decision")));
        assertThatThrownBy(() -> service.adopt(draft.id(), draft.version(), "decision:7", SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("decisionRef", "decision-not-passed")));
        assertThat(service.adopt(draft.id(), draft.version(), "decision:8", SECRETARIAT)
                        .decisionRef())
                .isEqualTo("decision:8");
        // a decision taken before the platform is referenced as text, as the set-up's 2023 tariff is
        assertThat(adopted.decisionRef()).isEqualTo("decision:GF-2022-6");
    }

    private static Product product(String name) {
        return new Product(
                1,
                name,
                "",
                null,
                "MPL-2.0",
                false,
                PipelineStep.PRODUCT,
                ProductLevel.LEVEL_2,
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                0);
    }

    @Test
    void aDraftIsEditedWithItsVersionAndAStaleEditIsRefused() {
        TariffChange next = new TariffChange(
                "Forslag 2027",
                LocalDate.of(2027, 1, 1),
                null,
                null,
                Money.kroner(26_000),
                null,
                Money.ZERO,
                List.of(Fixtures.valghalla()));
        TariffVersion draft = service.createDraft(next, SECRETARIAT);
        TariffVersion edited = service.updateDraft(
                draft.id(),
                draft.version(),
                new TariffChange(
                        "Forslag 2027",
                        LocalDate.of(2027, 1, 1),
                        null,
                        "decision:GF-2026-3",
                        Money.kroner(27_000),
                        null,
                        Money.ZERO,
                        List.of(Fixtures.valghalla())),
                SECRETARIAT);
        assertThat(edited.membershipFee()).isEqualTo(Money.kroner(27_000));
        assertThat(edited.products())
                .singleElement()
                .satisfies(p -> assertThat(p.prices()).hasSize(4));
        assertThatThrownBy(() -> service.updateDraft(draft.id(), draft.version(), next, SECRETARIAT))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> service.createDraft(next, SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("name", "duplicate"));
        assertThatThrownBy(() -> service.adopt(draft.id(), edited.version(), " ", SECRETARIAT))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aDryRunIssuesNothingAndTheRunIssuesWhatItShowed() {
        Reports.Preview preview = service.preview(2026);
        assertThat(preview.toIssue()).isEqualTo(MEMBERS);
        assertThat(service.invoicesIn(2026)).isEmpty();
        Reports.RunStatus run = service.runNow(2026, SECRETARIAT, done -> {});
        assertThat(run.state()).isEqualTo(Reports.RunState.DONE);
        assertThat(run.created()).isEqualTo(MEMBERS);
        assertThat(run.total()).isEqualTo(preview.total());
        List<Invoice> issued = service.invoicesIn(2026);
        assertThat(issued).hasSize(MEMBERS);
        // gap-free numbers 1..40
        assertThat(issued.stream().mapToLong(Invoice::number).sorted().toArray())
                .containsExactly(LongStream.rangeClosed(1, MEMBERS).toArray());
        Invoice first =
                issued.stream().filter(i -> i.organisationId() == 1).findFirst().orElseThrow();
        assertThat(first.lines()).hasSize(3);
        // København, very large: membership fee, yearly fee and joining fee (subscribed 1 March 2026)
        assertThat(first.lineTotal()).isEqualTo(Money.kroner(25_000 + 56_680 + 350_000));
        assertThat(first.total()).isEqualTo(first.lineTotal().plus(first.vat()));
        assertThat(events.topics()).contains(PaymentService.TOPIC_INVOICES_ISSUED);
    }

    @Test
    void runningAgainCreatesNothing() {
        service.runNow(2026, SECRETARIAT, d -> {});
        Reports.RunStatus again = service.runNow(2026, SECRETARIAT, d -> {});
        assertThat(again.created()).isZero();
        assertThat(again.skipped()).isEqualTo(MEMBERS);
        assertThat(service.invoicesIn(2026)).hasSize(MEMBERS);
        assertThat(service.preview(2026).toIssue()).isZero();
    }

    @Test
    void twoConcurrentRunsIssueEachInvoiceOnce() throws Exception {
        // two services on the same database act like two nodes: only the database lock orders them
        Payments other = new Payments(
                sameDatabase(),
                memberServiceOf(service),
                audit,
                TestDatabases.clockAt("2026-01-15T09:00:00Z"),
                events,
                new TestConfig());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<Reports.RunStatus> a = pool.submit(() -> {
                start.await();
                return service.runNow(2026, SECRETARIAT, d -> {});
            });
            Future<Reports.RunStatus> b = pool.submit(() -> {
                start.await();
                return other.runNow(2026, SECRETARIAT, d -> {});
            });
            start.countDown();
            Reports.RunStatus ra = a.get();
            Reports.RunStatus rb = b.get();
            assertThat(ra.created() + rb.created()).isEqualTo(MEMBERS);
            assertThat(List.of(ra.state(), rb.state())).allMatch(s -> s == Reports.RunState.DONE);
        } finally {
            pool.shutdownNow();
        }
        List<Invoice> issued = service.invoicesIn(2026);
        assertThat(issued).hasSize(MEMBERS);
        assertThat(issued.stream().mapToLong(Invoice::number).sorted().toArray())
                .containsExactly(LongStream.rangeClosed(1, MEMBERS).toArray());
    }

    @Test
    void aRunsOutcomeIsKeptInTheDatabaseAndARunCutOffByAStopIsReportedFailed() throws Exception {
        Reports.RunStatus done = service.runNow(2026, SECRETARIAT, d -> {});
        // a run cut off by a crash: stored as running, its transaction never committed
        long cutOff = PaymentTables.over(sameDatabase())
                .runs()
                .start(2027, "sekretariat", Instant.parse("2026-01-15T09:30:00Z"));
        Payments restarted = new Payments(
                sameDatabase(),
                memberServiceOf(service),
                audit,
                TestDatabases.clockAt("2026-01-15T10:00:00Z"),
                events,
                new TestConfig());
        assertThat(restarted.runStatus(done.id())).get().satisfies(r -> {
            assertThat(r.state()).isEqualTo(Reports.RunState.DONE);
            assertThat(r.created()).isEqualTo(MEMBERS);
            assertThat(r.total()).isEqualTo(done.total());
        });
        assertThat(restarted.runStatus(cutOff)).get().satisfies(r -> {
            assertThat(r.state()).isEqualTo(Reports.RunState.FAILED);
            assertThat(r.error()).contains("cut off");
            assertThat(r.finished()).isNotNull();
        });
        assertThat(restarted.runStatuses()).extracting(Reports.RunStatus::id).containsExactly(cutOff, done.id());
        assertThat(restarted.invoicesIn(2027)).isEmpty();
    }

    @Test
    void aRunWhoseNodeStillBeatsIsLeftRunningByAnotherNodeAndReportedCutOffOnceItsNodeFallsSilent() throws Exception {
        // a run going on another node: started at 09:59:50, last heartbeat 09:59:55
        long elsewhere = PaymentTables.over(sameDatabase())
                .runs()
                .start(2027, "sekretariat", Instant.parse("2026-01-15T09:59:50Z"));
        PaymentTables.over(sameDatabase()).runs().beat(elsewhere, Instant.parse("2026-01-15T09:59:55Z"));

        Payments started = paymentsAt("2026-01-15T10:00:00Z");
        assertThat(started.runStatus(elsewhere)).get().satisfies(r -> {
            assertThat(r.state()).isEqualTo(Reports.RunState.RUNNING);
            assertThat(r.finished()).isNull();
        });
        // its node died at 09:59:56: 30 s of silence later, whichever node looks reports it cut off
        assertThat(paymentsAt("2026-01-15T10:00:24Z").runStatus(elsewhere))
                .get()
                .extracting(Reports.RunStatus::state)
                .isEqualTo(Reports.RunState.RUNNING);
        assertThat(paymentsAt("2026-01-15T10:00:26Z").runStatus(elsewhere))
                .get()
                .satisfies(r -> {
                    assertThat(r.state()).isEqualTo(Reports.RunState.FAILED);
                    assertThat(r.error()).contains("cut off");
                });
    }

    private Payments paymentsAt(String now) throws Exception {
        return new Payments(
                sameDatabase(), memberServiceOf(service), audit, TestDatabases.clockAt(now), events, new TestConfig());
    }

    @Test
    void aRunStartedInTheBackgroundReportsItsProgressAndOutcome() throws Exception {
        Reports.RunStatus started = service.startRun(2026, SECRETARIAT);
        assertThat(started.state()).isEqualTo(Reports.RunState.RUNNING);
        Reports.RunStatus now = started;
        for (int i = 0; i < 200 && now.state() == Reports.RunState.RUNNING; i++) {
            Thread.sleep(50);
            now = service.runStatus(started.id()).orElseThrow();
        }
        assertThat(now.state()).isEqualTo(Reports.RunState.DONE);
        assertThat(now.created()).isEqualTo(MEMBERS);
        assertThat(now.done()).isEqualTo(now.members());
        assertThat(service.invoicesIn(2026)).hasSize(MEMBERS);
    }

    private static MemberService memberServiceOf(Payments s) {
        return s.members();
    }

    @Test
    void aCreditNoteCancelsAnInvoiceAndAReissueReplacesIt() {
        service.runNow(2026, SECRETARIAT, d -> {});
        Invoice invoice = service.invoicesOf(2).get(0);
        Invoice note = service.credit(invoice.number(), "Forkert størrelse", true, SECRETARIAT);
        assertThat(note.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
        assertThat(note.total().plus(invoice.total())).isEqualTo(Money.ZERO);
        assertThat(note.number()).isEqualTo(MEMBERS + 1);
        List<Invoice> ofMember = service.invoicesOf(2);
        assertThat(ofMember)
                .extracting(Invoice::kind)
                .containsExactly(InvoiceKind.INVOICE, InvoiceKind.CREDIT_NOTE, InvoiceKind.INVOICE);
        assertThat(ofMember.get(0).replacesInvoiceId()).isEqualTo(invoice.number());
        assertThat(ofMember.get(0).number()).isEqualTo(MEMBERS + 2);
        assertThat(service.invoice(invoice.number()).orElseThrow().creditNoteId())
                .isEqualTo(note.number());
        assertThatThrownBy(() -> service.credit(invoice.number(), "igen", false, SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("invoice", "already-credited"));
        // the run still creates nothing new for the year
        assertThat(service.runNow(2026, SECRETARIAT, d -> {}).created()).isZero();
        assertThat(service.xml(note, EInvoice.Format.PEPPOL))
                .contains("<CreditNote")
                .contains("<cbc:ID>" + invoice.number() + "</cbc:ID>");
        assertThat(events.topics()).contains(PaymentService.TOPIC_INVOICE_CREDITED);
    }

    @Test
    void theEconomyBooksMembershipFeesAndProductContributions() {
        service.runNow(2026, SECRETARIAT, d -> {});
        service.record(2026, "OTHER_INCOME", Money.kroner(10_000), "Konference", SECRETARIAT);
        service.record(2026, "EXPENSES", Money.kroner(900_000), "Sekretariat", SECRETARIAT);
        service.record(2026, "RESERVE_OPENING", Money.kroner(1_000_000), "Egenkapital primo", SECRETARIAT);
        Reports.EconomyYear y = service.economy().stream()
                .filter(e -> e.year() == 2026)
                .findFirst()
                .orElseThrow();
        assertThat(y.membershipFees()).isEqualTo(Money.kroner(25_000L * MEMBERS));
        // København (very large) pays 56,680; Frederiksberg (large) a passive third of 45,780 = 15,260; 5 % of both
        assertThat(y.productYearlyFees()).isEqualTo(Money.kroner(56_680 + 15_260));
        assertThat(y.productContributions()).isEqualTo(Money.kroner(2_834 + 763));
        assertThat(y.income())
                .isEqualTo(y.membershipFees().plus(Money.kroner(10_000)).plus(y.productContributions()));
        assertThat(y.reserve())
                .isEqualTo(Money.kroner(1_000_000).plus(y.income()).minus(Money.kroner(900_000)));
        assertThat(y.reserveGap()).isEqualTo(y.reserve().minus(Money.parse("1500000.00")));
    }

    @Test
    void whatIfShowsPerMemberAndTotalChanges() {
        TariffVersion draft = service.createDraft(
                new TariffChange(
                        "Forslag 2027",
                        LocalDate.of(2027, 1, 1),
                        null,
                        "decision:GF-2026-5",
                        Money.kroner(26_000),
                        null,
                        Money.ZERO,
                        List.of(Fixtures.valghalla())),
                SECRETARIAT);
        Reports.WhatIf w = service.whatIf(draft.id(), 2026);
        assertThat(w.change()).isEqualTo(Money.kroner(1_000L * MEMBERS));
        assertThat(w.rows()).hasSize(MEMBERS).allMatch(r -> r.change().equals(Money.kroner(1_000)));
        assertThat(w.associationIncomeChange()).isEqualTo(Money.kroner(1_000L * MEMBERS));
        assertThat(w.proposalRef()).isEqualTo("decision:GF-2026-5");
    }

    @Test
    void standingIsRecordedAndUnpaidAfterReminderCountsAsWithdrawn() {
        PaymentStandingService standing = service;
        assertThat(standing.treatedAsWithdrawn(3)).isFalse();
        standing.record(3, PaymentStanding.REMINDED, "Rykker sendt 1. marts", SECRETARIAT);
        standing.record(3, PaymentStanding.UNPAID_AFTER_REMINDER, "Ikke betalt efter rykker", SECRETARIAT);
        assertThat(standing.treatedAsWithdrawn(3)).isTrue();
        assertThat(standing.treatedAsWithdrawn()).containsExactly(3L);
        assertThat(standing.history(3))
                .extracting(r -> r.standing())
                .containsExactly(PaymentStanding.UNPAID_AFTER_REMINDER, PaymentStanding.REMINDED);
        assertThat(service.currentStandings()).containsKey(3L);
        assertThat(events.first(PaymentStandingService.TOPIC_STANDING_CHANGED)
                        .orElseThrow()
                        .getProperty("standing"))
                .isEqualTo("REMINDED");
        assertThatThrownBy(() -> standing.record(3, PaymentStanding.PAID, " ", SECRETARIAT))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void billingDetailsAreValidatedAndVersioned() {
        BillingDetails stored = service.billing(1);
        assertThatThrownBy(() -> service.saveBilling(
                        1,
                        stored.version(),
                        new BillingDetails(
                                1,
                                "",
                                "x",
                                "Vej uden nummer",
                                "99",
                                null,
                                eu.os2.platform.api.member.SizeTier.LARGE,
                                null,
                                0),
                        SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("orderReference", "required")
                                .containsEntry("street", "invalid-street")
                                .containsEntry("postcode", "invalid-postcode")
                                .containsEntry("city", "required")
                                .containsEntry("manualTier", "municipality-tier")
                                .containsEntry("tierReason", "required"));
        assertThatThrownBy(() -> service.saveBilling(1, stored.version() + 5, Fixtures.billing(1), SECRETARIAT))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(service.saveBilling(1, stored.version(), Fixtures.billing(1), SECRETARIAT)
                        .version())
                .isEqualTo(stored.version() + 1);
    }

    @Test
    void aBadPopulationFileChangesNothing() {
        int before = service.population().size();
        assertThatThrownBy(() -> service.importPopulation(
                        "OMRÅDE;TID;INDHOLD\nKøbenhavn;2025K1;1\nAtlantis;2025K1;2\n", "x", SECRETARIAT))
                .isInstanceOf(ValidationException.class);
        assertThat(service.population()).hasSize(before);
        service.importPopulation("OMRÅDE;TID;INDHOLD\nKøbenhavn;2025K1;667099\n", "FOLK1A", SECRETARIAT);
        assertThat(service.population()).hasSize(before + 1);
    }

    @Test
    void aSubscriptionToAnUnknownProductOrTwiceIsRefused() {
        assertThatThrownBy(() -> service.subscribe(3, "OS2ukendt", LocalDate.of(2026, 1, 1), false, SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("product", "unknown-product"));
        assertThatThrownBy(() -> service.subscribe(1, "OS2valghalla", LocalDate.of(2026, 6, 1), false, SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("product", "already-subscribed"));
        assertThat(Optional.of(service.subscriptions(1))).get().asList().hasSize(1);
    }

    @Test
    void anIssuedInvoiceIsValidOioublAndPeppol() {
        service.runNow(2026, SECRETARIAT, d -> {});
        Invoice inv = service.invoicesOf(1).get(0);
        assertThat(service.xml(inv, EInvoice.Format.OIOUBL))
                .contains("OIOUBL-2.1")
                .contains("PO-1");
        assertThat(service.xml(inv, EInvoice.Format.PEPPOL)).contains("schemeID=\"0088\"");
        assertThat(inv.vatRate()).isEqualByComparingTo(new BigDecimal("25"));
    }
}
