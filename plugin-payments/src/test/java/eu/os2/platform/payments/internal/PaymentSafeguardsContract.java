package eu.os2.platform.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.TariffChange;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.ref.PlatformRef;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.api.voting.Decision;
import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.api.voting.VotingService;
import eu.os2.platform.payments.internal.model.Fixtures;
import eu.os2.platform.payments.internal.model.Reports;
import eu.os2.platform.payments.internal.store.PaymentTables;
import eu.os2.platform.payments.internal.store.TariffStore;
import eu.os2.platform.testing.RecordingAuditLog;
import eu.os2.platform.testing.TestDatabases;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What issue 13 found in the payment model: tariffs adopted by the wrong decision or in a year
 * already invoiced, issued invoices explained by today's facts, index values in scientific notation,
 * and changes whose audit entry could commit apart from them.
 */
abstract class PaymentSafeguardsContract extends ContractBase {

    private static TariffChange tariff(String name, LocalDate from) {
        return new TariffChange(
                name, from, null, null, Money.kroner(30_000), null, Money.ZERO, List.of(Fixtures.valghalla()));
    }

    @Test
    void aPassedDecisionAboutSomethingElseDoesNotAdoptATariff() {
        VotingService voting = mock(VotingService.class);
        when(voting.decision(any())).thenReturn(Optional.empty());
        when(voting.decision(PlatformRef.of(PlatformRef.DECISION, 9)))
                .thenReturn(Optional.of(new Decision(
                        9,
                        1,
                        "Godkendelse af årsregnskab",
                        DecisionType.ORDINARY,
                        true,
                        "Vedtaget: 41 for, 3 imod",
                        Instant.parse("2027-05-01T12:00:00Z"))));
        when(voting.decision(PlatformRef.of(PlatformRef.DECISION, 10)))
                .thenReturn(Optional.of(new Decision(
                        10,
                        1,
                        "Kontingent 2028",
                        DecisionType.MEMBERSHIP_FEE,
                        true,
                        "Vedtaget: 40 for, 4 imod",
                        Instant.parse("2027-05-01T12:30:00Z"))));
        service.setVoting(voting);
        TariffVersion draft = service.createDraft(tariff("Takster 2028", LocalDate.of(2028, 1, 1)), SECRETARIAT);
        assertThatThrownBy(() -> service.adopt(draft.id(), draft.version(), "decision:9", SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("decisionRef", "decision-not-a-fee")));
        assertThat(service.tariff(draft.id()).orElseThrow().decisionRef()).isNull();
        assertThat(service.adopt(draft.id(), draft.version(), "decision:10", SECRETARIAT)
                        .decisionRef())
                .isEqualTo("decision:10");
    }

    @Test
    void aTariffTakingEffectInAYearAlreadyInvoicedIsRefused() {
        TariffVersion before = service.createDraft(tariff("Ny takst 2026", LocalDate.of(2026, 7, 1)), SECRETARIAT);
        service.runNow(2026, SECRETARIAT, d -> {});
        Map<String, String> refused = Map.of("effectiveFrom", "year-invoiced");
        assertThatThrownBy(() -> service.createDraft(tariff("Takst 2026", LocalDate.of(2026, 1, 1)), SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(refused));
        assertThatThrownBy(() -> service.adopt(before.id(), before.version(), "decision:GF-2026-2", SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(refused));
        TariffVersion next = service.createDraft(tariff("Takst 2027", LocalDate.of(2027, 1, 1)), SECRETARIAT);
        assertThatThrownBy(() -> service.updateDraft(
                        next.id(), next.version(), tariff("Takst 2027", LocalDate.of(2026, 12, 1)), SECRETARIAT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(refused));
        assertThat(service.adopt(next.id(), next.version(), "decision:GF-2026-3", SECRETARIAT)
                        .effectiveFrom())
                .isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void theFeesOfAnInvoicedYearAreExplainedByTheIssuedInvoices() {
        service.runNow(2026, SECRETARIAT, d -> {});
        Invoice issued = service.invoicesOf(1).get(0);
        // a version adopted for the year before the rule existed, and facts changed since the run
        TariffStore store = PaymentTables.over(sameDatabase()).tariffs();
        long late = store.insertTariff(tariff("Sen takst 2026", LocalDate.of(2026, 1, 1)));
        store.adopt(late, store.tariff(late).orElseThrow().version(), "decision:GF-2026-9");
        service.setIndex(2026, new BigDecimal("103.5"), SECRETARIAT);

        Reports.MemberCharge fees = service.feesOf(1, 2026);
        assertThat(fees.alreadyIssued()).isTrue();
        assertThat(fees.lines()).isEqualTo(issued.lines());
        assertThat(fees.total()).isEqualTo(issued.total());
        assertThat(fees.lines().get(0).explanation()).contains(adopted.name());

        Reports.Preview preview = service.preview(2026);
        assertThat(preview.tariffId()).isEqualTo(adopted.id());
        assertThat(preview.members())
                .filteredOn(m -> m.organisationId() == 1)
                .singleElement()
                .satisfies(m -> assertThat(m.lines()).isEqualTo(issued.lines()));
        // a year not invoiced yet is charged under the version in force
        assertThat(service.preview(2027).tariffId()).isEqualTo(late);
    }

    @Test
    void indexValuesAreReadInPlainNotation() {
        service.setIndex(2026, new BigDecimal("100.0000"), SECRETARIAT);
        service.setIndex(2027, new BigDecimal("1E+3"), SECRETARIAT);
        assertThat(service.population.index().get(2026).toString()).isEqualTo("100");
        assertThat(service.population.index().get(2027).toString()).isEqualTo("1000");
        assertThat(audit.entries().get(audit.entries().size() - 1).after()).isEqualTo("1000");
    }

    @Test
    void aChangeWhoseAuditEntryFailsIsNotStored() throws Exception {
        RecordingAuditLog failing = new RecordingAuditLog()
                .failOn(
                        "payments.subscription.create",
                        "payments.tariff.create",
                        "payments.index.set",
                        "payments.billing.save",
                        "payments.standing.record",
                        "payments.ledger.record",
                        "payments.population.import",
                        "payments.invoice.credit",
                        "payments.invoice-run",
                        "payments.subscription.update",
                        "payments.tariff.adopt",
                        "payments.tariff.update");
        Payments unaudited = new Payments(
                sameDatabase(),
                service.members(),
                failing,
                TestDatabases.clockAt("2026-01-15T09:00:00Z"),
                events,
                new TestConfig());
        assertThatThrownBy(() -> unaudited.subscribe(3, "OS2valghalla", LocalDate.of(2026, 1, 1), false, SECRETARIAT))
                .hasMessageContaining("audit log is down");
        assertThat(service.subscriptions(3)).isEmpty();
        assertThatThrownBy(() -> unaudited.createDraft(tariff("Takst 2029", LocalDate.of(2029, 1, 1)), SECRETARIAT))
                .hasMessageContaining("audit log is down");
        assertThat(service.tariffs()).extracting(TariffVersion::name).doesNotContain("Takst 2029");
        assertThatThrownBy(() -> unaudited.setIndex(2030, BigDecimal.TEN, SECRETARIAT))
                .hasMessageContaining("audit log is down");
        assertThat(service.population.index()).doesNotContainKey(2030);
        // the invoices, their messages, the run's final status and its audit entry commit together:
        // without the audit entry the run fails and issues nothing
        int before = service.invoicesIn(2026).size();
        Reports.RunStatus run = unaudited.runNow(2026, SECRETARIAT, d -> {});
        assertThat(run.state()).isEqualTo(Reports.RunState.FAILED);
        assertThat(run.error()).contains("audit log is down");
        assertThat(service.runStatuses().get(0).state()).isNotEqualTo(Reports.RunState.DONE);
        assertThat(service.invoicesIn(2026)).hasSize(before);
    }
}
