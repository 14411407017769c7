package eu.os2.platform.payments.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import eu.os2.platform.api.member.SizeTier;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.InvoiceLine;
import eu.os2.platform.api.payment.LineKind;
import eu.os2.platform.api.payment.PaymentStanding;
import eu.os2.platform.api.payment.StandingRecord;
import eu.os2.platform.payments.internal.model.BillingDetails;
import eu.os2.platform.payments.internal.model.PopulationCsv;
import eu.os2.platform.payments.internal.model.PopulationFigure;
import eu.os2.platform.payments.internal.model.Reports;
import eu.os2.platform.payments.internal.model.Subscription;
import eu.os2.platform.payments.internal.store.LedgerEntry;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON contract of {@code /api/v1/payments}: every answer's field names, written by an
 * ObjectMapper configured as the platform's JsonProvider is (java.time as ISO strings, Money as a
 * string). A failure here means a field of the public API was renamed, added or dropped.
 */
class DtosJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule("os2-money").addSerializer(Money.class, ToStringSerializer.instance))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private static final Instant AT = Instant.parse("2026-01-15T09:00:00Z");
    private static final InvoiceLine LINE =
            new InvoiceLine(1, LineKind.MEMBERSHIP_FEE, null, "Kontingent", "fast", Money.kroner(25_000));
    private static final Reports.MemberCharge CHARGE = new Reports.MemberCharge(
            7, "Kommune", List.of(LINE), Money.kroner(25_000), Money.kroner(31_250), false, List.of("w"), List.of());
    private static final StandingRecord STANDING =
            new StandingRecord(3, PaymentStanding.REMINDED, "Rykker", "sekretariat", AT);

    private static JsonNode json(Object answer) {
        return JSON.valueToTree(answer);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * The JAX-RS provider writes an error answer with the resource method's declared type: an answer
     * type with non-String keys (as {@code Map<Integer, …>} was) broke the problem+json of a refused call.
     */
    @ParameterizedTest
    @ValueSource(strings = {"index", "population", "standings"})
    void aRefusalOfAKeyedAnswerIsWrittenWhole(String method) throws Exception {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://os2.eu/problems/forbidden");
        problem.put("status", 403);
        Method m = method.equals("population")
                ? PaymentsResource.class.getMethod(method, Integer.class)
                : PaymentsResource.class.getMethod(method);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JacksonJsonProvider(JSON)
                .writeTo(
                        problem,
                        problem.getClass(),
                        m.getGenericReturnType(),
                        new Annotation[0],
                        MediaType.APPLICATION_JSON_TYPE,
                        new MultivaluedHashMap<>(),
                        out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("{\"type\":\"https://os2.eu/problems/forbidden\",\"status\":403}");
    }

    @Test
    void products() {
        assertThat(fields(json(new Dtos.Products(true, List.of("OS2forms"))))).containsExactly("registry", "products");
    }

    @Test
    void indexAndPopulationAreObjectsKeyedByYear() throws Exception {
        Map<Integer, BigDecimal> index = new LinkedHashMap<>();
        index.put(2024, new BigDecimal("1E+2"));
        index.put(2025, new BigDecimal("100.0"));
        index.put(2026, new BigDecimal("102.5"));
        // plain notation, never 1E+2
        assertThat(JSON.writeValueAsString(Dtos.Index.of(index)))
                .isEqualTo("{\"2024\":100,\"2025\":100,\"2026\":102.5}");
        assertThat(JSON.writeValueAsString(Dtos.Population.of(
                        List.of(new PopulationFigure(101, 2020, 632_340), new PopulationFigure(147, 2020, 104_305)))))
                .isEqualTo("{\"2020\":{\"101\":632340,\"147\":104305}}");
        assertThat(fields(json(Dtos.PopulationImport.of(
                        new PopulationCsv.Result(List.of(new PopulationFigure(101, 2020, 1)), 2)))))
                .containsExactly("figures", "skipped", "years");
    }

    @Test
    void billingAndSubscriptions() {
        JsonNode billing = json(Dtos.Billing.of(
                new BillingDetails(1, "PO-1", "Økonomi", "Vej 1", "8000", "Aarhus", SizeTier.LARGE, "skøn", 2)));
        assertThat(fields(billing))
                .containsExactly(
                        "organisationId",
                        "orderReference",
                        "personReference",
                        "street",
                        "postcode",
                        "city",
                        "manualTier",
                        "tierReason",
                        "version");
        assertThat(billing.get("manualTier").asText()).isEqualTo("LARGE");
        JsonNode subscription = json(
                Dtos.SubscriptionDto.of(new Subscription(4, 1, "OS2forms", LocalDate.of(2026, 3, 1), null, true, 1)));
        assertThat(fields(subscription))
                .containsExactly("id", "organisationId", "product", "from", "to", "passive", "version");
        assertThat(subscription.get("from").asText()).isEqualTo("2026-03-01");
    }

    @Test
    void feesAndTheDryRun() {
        JsonNode fees = json(Dtos.MemberCharge.of(CHARGE));
        assertThat(fields(fees))
                .containsExactly(
                        "organisationId",
                        "name",
                        "lines",
                        "lineTotal",
                        "total",
                        "alreadyIssued",
                        "warnings",
                        "problems");
        assertThat(fees.get("total").asText()).isEqualTo("31250.00");
        assertThat(fields(fees.get("lines").get(0)))
                .containsExactly("lineNo", "kind", "product", "description", "explanation", "amount");
        JsonNode preview = json(Dtos.Preview.of(new Reports.Preview(
                2026, 1, "Takster 2026", 1, 0, 0, Money.kroner(25_000), Money.kroner(31_250), List.of(CHARGE))));
        assertThat(fields(preview))
                .containsExactly(
                        "year",
                        "tariffId",
                        "tariffName",
                        "toIssue",
                        "alreadyIssued",
                        "withProblems",
                        "lineTotal",
                        "total",
                        "members",
                        "problemGroups");
        assertThat(fields(preview.get("members").get(0))).isEqualTo(fields(fees));
    }

    @Test
    void runStatus() {
        JsonNode run = json(Dtos.RunStatus.of(new Reports.RunStatus(
                5,
                2026,
                Reports.RunState.DONE,
                40,
                40,
                38,
                1,
                1,
                Money.kroner(1),
                List.of("Kommune: mangler EAN"),
                null,
                "sekretariat",
                AT,
                AT)));
        assertThat(fields(run))
                .containsExactly(
                        "id",
                        "year",
                        "state",
                        "members",
                        "done",
                        "created",
                        "skipped",
                        "withProblems",
                        "total",
                        "problems",
                        "error",
                        "startedBy",
                        "started",
                        "finished");
        assertThat(run.get("state").asText()).isEqualTo("DONE");
        assertThat(run.get("started").asText()).isEqualTo("2026-01-15T09:00:00Z");
    }

    @Test
    void whatIf() {
        JsonNode whatIf = json(Dtos.WhatIf.of(new Reports.WhatIf(
                2026,
                "Takster 2026",
                "Forslag 2027",
                "decision:GF-2026-5",
                Money.kroner(1),
                Money.kroner(2),
                Money.kroner(1),
                Money.kroner(1),
                List.of(new Reports.WhatIfRow(
                        1, "Kommune", SizeTier.SMALL, Money.kroner(1), Money.kroner(2), Money.kroner(1))))));
        assertThat(fields(whatIf))
                .containsExactly(
                        "year",
                        "currentTariff",
                        "draftTariff",
                        "proposalRef",
                        "currentTotal",
                        "draftTotal",
                        "change",
                        "associationIncomeChange",
                        "rows");
        assertThat(fields(whatIf.get("rows").get(0)))
                .containsExactly("organisationId", "name", "tier", "current", "draft", "change");
    }

    @Test
    void economyAndLedger() {
        Money m = Money.kroner(1);
        JsonNode economy = json(Dtos.Economy.of(
                List.of(new Reports.EconomyYear(2026, m, m, m, m, m, m, m, m, m, m, m)),
                List.of(new LedgerEntry(1, 2026, "EXPENSES", m, "Sekretariat", "sekretariat"))));
        assertThat(fields(economy)).containsExactly("years", "ledger");
        assertThat(fields(economy.get("years").get(0)))
                .containsExactly(
                        "year",
                        "membershipFees",
                        "otherIncome",
                        "productContributions",
                        "income",
                        "expenses",
                        "result",
                        "reserve",
                        "reserveTarget",
                        "reserveGap",
                        "productYearlyFees",
                        "productJoiningFees");
        assertThat(fields(economy.get("ledger").get(0)))
                .containsExactly("id", "year", "account", "amount", "note", "recordedBy");
        assertThat(fields(json(Dtos.Ledger.of(new LedgerEntry(1, 2026, "EXPENSES", m, "x", "y")))))
                .isEqualTo(fields(economy.get("ledger").get(0)));
    }

    @Test
    void standingAndStandingsKeyedByOrganisation() {
        JsonNode one = json(new Dtos.Standing(STANDING, false, List.of(STANDING)));
        assertThat(fields(one)).containsExactly("current", "treatedAsWithdrawn", "history");
        assertThat(fields(one.get("current")))
                .containsExactly("organisationId", "standing", "note", "recordedBy", "recordedAt");
        assertThat(json(new Dtos.Standing(null, false, List.of()))
                        .get("current")
                        .isNull())
                .isTrue();
        JsonNode all = json(Dtos.Standings.of(Map.of(3L, STANDING)));
        assertThat(fields(all)).containsExactly("3");
        assertThat(fields(all.get("3")))
                .containsExactly("organisationId", "standing", "note", "recordedBy", "recordedAt");
    }
}
