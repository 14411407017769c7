package eu.os2.platform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * The payments plugin in the booted distribution with demo data: this year's invoices for every
 * member as OIOUBL and Peppol XML, an idempotent run, roles, validation, optimistic locking, the
 * population import, credit notes with events, and the shell commands.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PaymentsIT {

    private static final String BASE = Distribution.base();
    private static final int YEAR =
            java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")).getYear();

    @Inject
    BundleContext context;

    @Inject
    SessionFactory shell;

    @Configuration
    public Option[] configuration() {
        return Distribution.withDemoData("exam-payments");
    }

    @Before
    public void demoInvoicesAreIssued() throws Exception {
        Distribution.awaitHealthy(90);
        HttpSession secretariat = secretariat();
        for (int i = 0; i < 120; i++) {
            HttpResponse<String> invoices = secretariat.get("/api/v1/payments/invoices?year=" + YEAR);
            if (invoices.statusCode() == 200 && invoices.body().startsWith("[{")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the demo invoices never appeared");
    }

    private static HttpSession secretariat() throws Exception {
        HttpSession s = new HttpSession(BASE);
        s.login("demo-secretariat", Distribution.DEMO_PASSWORD);
        return s;
    }

    @Test
    public void everyMemberHasThisYearsInvoiceAsValidEInvoiceXmlAndRunningAgainChangesNothing() throws Exception {
        HttpSession secretariat = secretariat();
        String invoices =
                secretariat.get("/api/v1/payments/invoices?year=" + YEAR).body();
        // one yearly invoice per organisation (a re-issue after a credit note is for the same organisation)
        long count = Pattern.compile("\"kind\":\"INVOICE\",\"organisationId\":(\\d+)")
                .matcher(invoices)
                .results()
                .map(m -> m.group(1))
                .distinct()
                .count();
        String members = secretariat.get("/api/v1/members?limit=500").body();
        // members in good standing and suspended ones pay; withdrawn members and supplier partners (fee 0) do not
        long paying = Pattern.compile("\"status\":\"(ACTIVE|SUSPENDED)\"")
                        .matcher(members)
                        .results()
                        .count()
                - Pattern.compile("\"kind\":\"SUPPLIER_PARTNER\"")
                        .matcher(members)
                        .results()
                        .count();
        assertEquals("one invoice per paying member", paying, count);
        assertTrue(invoices, invoices.contains("\"amount\":\"25625.00\""));

        long id = number(invoices, "\"id\":(\\d+)");
        HttpResponse<String> oioubl = secretariat.get("/api/v1/payments/invoices/" + id + "/xml?format=oioubl");
        assertEquals(200, oioubl.statusCode());
        assertTrue(oioubl.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        assertTrue(oioubl.body(), oioubl.body().contains("<cbc:CustomizationID>OIOUBL-2.1</cbc:CustomizationID>"));
        HttpResponse<String> peppol = secretariat.get("/api/v1/payments/invoices/" + id + "/xml?format=peppol");
        assertTrue(
                peppol.body(),
                peppol.body().contains("schemeID=\"0088\"") && peppol.body().contains("poacc:billing:3.0"));
        assertEquals(
                400,
                secretariat
                        .get("/api/v1/payments/invoices/" + id + "/xml?format=pdf")
                        .statusCode());
        String csv =
                secretariat.get("/api/v1/payments/invoices.csv?year=" + YEAR).body();
        assertEquals(
                "a header and one row per document",
                Pattern.compile("\"number\":").matcher(invoices).results().count() + 1,
                csv.lines().count());

        HttpResponse<String> run = secretariat.send(
                "POST", "/api/v1/payments/runs", "{\"year\":" + YEAR + "}", "X-CSRF-Token", secretariat.csrfToken());
        assertEquals(run.body(), 202, run.statusCode());
        long runId = number(run.body(), "\"id\":(\\d+)");
        String status = run.body();
        for (int i = 0; i < 60 && status.contains("\"RUNNING\""); i++) {
            Thread.sleep(250);
            status = secretariat.get("/api/v1/payments/runs/" + runId).body();
        }
        assertTrue(
                status,
                status.contains("\"state\":\"DONE\"")
                        && status.contains("\"created\":0")
                        && status.contains("\"skipped\":"));
        assertEquals(
                invoices.length(),
                secretariat.get("/api/v1/payments/invoices?year=" + YEAR).body().length());
    }

    @Test
    public void aMemberRepresentativeSeesOnlyItsOwnOrganisation() throws Exception {
        HttpSession member = new HttpSession(BASE);
        String me = member.login("demo-member", Distribution.DEMO_PASSWORD).body();
        long own = number(me, "\"organisationId\":(\\d+)");
        String ownInvoices = member.get("/api/v1/payments/organisations/" + own + "/invoices")
                .body();
        assertTrue(ownInvoices, ownInvoices.contains("Ballerup Kommune"));
        long ownInvoice = number(ownInvoices, "\"id\":(\\d+)");
        assertEquals(
                200,
                member.get("/api/v1/payments/invoices/" + ownInvoice + "/xml?format=peppol")
                        .statusCode());
        String fees = member.get("/api/v1/payments/organisations/" + own + "/fees?year=" + YEAR)
                .body();
        assertTrue(fees, fees.contains("\"explanation\":\"Takster " + (YEAR >= 2026 ? "2026" : "2023")));

        String all = secretariat().get("/api/v1/payments/invoices?year=" + YEAR).body();
        Matcher other = Pattern.compile("\"id\":(\\d+),\"number\":\\d+,\"kind\":\"INVOICE\",\"organisationId\":(\\d+)")
                .matcher(all);
        long otherInvoice = -1;
        long otherOrganisation = -1;
        while (other.find()) {
            if (Long.parseLong(other.group(2)) != own) {
                otherInvoice = Long.parseLong(other.group(1));
                otherOrganisation = Long.parseLong(other.group(2));
                break;
            }
        }
        assertEquals(
                404, member.get("/api/v1/payments/invoices/" + otherInvoice).statusCode());
        assertEquals(
                404,
                member.get("/api/v1/payments/invoices/" + otherInvoice + "/xml").statusCode());
        assertEquals(
                403,
                member.get("/api/v1/payments/organisations/" + otherOrganisation + "/invoices")
                        .statusCode());
        assertEquals(403, member.get("/api/v1/payments/invoices?year=" + YEAR).statusCode());
        assertEquals(403, member.get("/api/v1/payments/economy").statusCode());

        HttpSession viewer = new HttpSession(BASE);
        viewer.login("demo-viewer", Distribution.DEMO_PASSWORD);
        assertEquals(200, viewer.get("/api/v1/payments/tariffs").statusCode());
        assertEquals(403, viewer.get("/api/v1/payments/fees?year=" + YEAR).statusCode());
        assertEquals(401, new HttpSession(BASE).get("/api/v1/payments/tariffs").statusCode());
    }

    @Test
    public void tariffDraftsAreValidatedVersionedAndImmutableOnceAdopted() throws Exception {
        HttpSession secretariat = secretariat();
        String csrf = secretariat.csrfToken();
        String draft =
                "{\"name\":\"Forslag IT\",\"effectiveFrom\":\"2030-01-01\",\"membershipFee\":\"26000.00\",\"supplierPartnerFee\":\"0\","
                        + "\"products\":[]}";
        HttpResponse<String> negative = secretariat.send(
                "POST", "/api/v1/payments/tariffs", draft.replace("26000.00", "-1.00"), "X-CSRF-Token", csrf);
        assertEquals(negative.body(), 422, negative.statusCode());
        assertTrue(negative.body(), negative.body().contains("\"membershipFee\":\"negative\""));
        HttpResponse<String> number = secretariat.send(
                "POST", "/api/v1/payments/tariffs", draft.replace("\"26000.00\"", "26000.1"), "X-CSRF-Token", csrf);
        assertEquals("money is never a JSON number", 400, number.statusCode());
        HttpResponse<String> ore = secretariat.send(
                "POST", "/api/v1/payments/tariffs", draft.replace("26000.00", "26000.001"), "X-CSRF-Token", csrf);
        assertEquals(400, ore.statusCode());

        // the tariff prices products of the onboarding plugin's registry, and only those
        String registered = secretariat.get("/api/v1/payments/products").body();
        assertTrue(registered, registered.contains("\"registry\":true") && registered.contains("\"OS2valghalla\""));
        String price = "{\"memberFee\":\"100.00\",\"nonMemberFee\":\"150.00\",\"joiningFee\":\"0.00\"}";
        String unknownProduct = draft.replace(
                "\"products\":[]",
                "\"products\":[{\"product\":\"OS2ukendt\",\"passiveNumerator\":1,"
                        + "\"passiveDenominator\":3,\"contributionRate\":\"5\",\"prices\":{\"SMALL\":" + price
                        + ",\"MEDIUM\":" + price
                        + ",\"LARGE\":" + price + ",\"VERY_LARGE\":" + price + "}}]");
        HttpResponse<String> unregistered =
                secretariat.send("POST", "/api/v1/payments/tariffs", unknownProduct, "X-CSRF-Token", csrf);
        assertEquals(unregistered.body(), 422, unregistered.statusCode());
        assertTrue(
                unregistered.body(), unregistered.body().contains("\"products[0].product\":\"unregistered-product\""));

        HttpResponse<String> created =
                secretariat.send("POST", "/api/v1/payments/tariffs", draft, "X-CSRF-Token", csrf);
        assertEquals(created.body(), 201, created.statusCode());
        long id = number(created.body(), "^\\{\"id\":(\\d+)");
        assertEquals(
                428,
                secretariat
                        .send(
                                "POST",
                                "/api/v1/payments/tariffs/" + id + "/adopt",
                                "{\"decisionRef\":\"decision:GF-2029-4\"}",
                                "X-CSRF-Token",
                                csrf)
                        .statusCode());
        assertEquals(
                200,
                secretariat
                        .send(
                                "PUT",
                                "/api/v1/payments/tariffs/" + id,
                                draft.replace("26000.00", "26500.00"),
                                "X-CSRF-Token",
                                csrf,
                                "If-Match",
                                "\"1\"")
                        .statusCode());
        assertEquals(
                412,
                secretariat
                        .send(
                                "POST",
                                "/api/v1/payments/tariffs/" + id + "/adopt",
                                "{\"decisionRef\":\"decision:GF-2029-4\"}",
                                "X-CSRF-Token",
                                csrf,
                                "If-Match",
                                "\"1\"")
                        .statusCode());
        // adopted by a decision of the platform's general assemblies: it must exist and have passed
        HttpResponse<String> unknownDecision = secretariat.send(
                "POST",
                "/api/v1/payments/tariffs/" + id + "/adopt",
                "{\"decisionRef\":\"decision:99999999\"}",
                "X-CSRF-Token",
                csrf,
                "If-Match",
                "\"2\"");
        assertEquals(unknownDecision.body(), 422, unknownDecision.statusCode());
        assertTrue(unknownDecision.body(), unknownDecision.body().contains("\"decisionRef\":\"unknown-decision\""));
        String decisions = secretariat.get("/api/v1/voting/decisions").body();
        for (int i = 0;
                i < 120 && !decisions.contains("MEMBERSHIP_FEE");
                i++) { // the voting demo closes its 2025 assembly on its own thread
            Thread.sleep(500);
            decisions = secretariat.get("/api/v1/voting/decisions").body();
        }
        long feeDecision = number(
                decisions,
                "\"ballotId\":(\\d+),\"assemblyId\":\\d+,\"title\":\"[^\"]*\",\"type\":\"MEMBERSHIP_FEE\",\"passed\":true");
        // … and have decided the membership fee: an ordinary item's or an election's ballot does not adopt a tariff
        long otherDecision = number(
                decisions,
                "\"ballotId\":(\\d+),\"assemblyId\":\\d+,\"title\":\"[^\"]*\",\"type\":\"(?!MEMBERSHIP_FEE\")[A-Z_]+\"");
        HttpResponse<String> notAFee = secretariat.send(
                "POST",
                "/api/v1/payments/tariffs/" + id + "/adopt",
                "{\"decisionRef\":\"decision:" + otherDecision + "\"}",
                "X-CSRF-Token",
                csrf,
                "If-Match",
                "\"2\"");
        assertEquals(notAFee.body(), 422, notAFee.statusCode());
        assertTrue(notAFee.body(), notAFee.body().contains("\"decisionRef\":\"decision-not-a-fee\""));
        HttpResponse<String> adopted = secretariat.send(
                "POST",
                "/api/v1/payments/tariffs/" + id + "/adopt",
                "{\"decisionRef\":\"decision:" + feeDecision + "\"}",
                "X-CSRF-Token",
                csrf,
                "If-Match",
                "\"2\"");
        assertEquals(adopted.body(), 200, adopted.statusCode());
        assertTrue(adopted.body(), adopted.body().contains("\"decisionRef\":\"decision:" + feeDecision + "\""));
        assertTrue(
                adopted.body(),
                adopted.body().contains("\"state\":\"ADOPTED\"")
                        && adopted.body().contains("\"membershipFee\":\"26500.00\""));
        HttpResponse<String> change = secretariat.send(
                "PUT", "/api/v1/payments/tariffs/" + id, draft, "X-CSRF-Token", csrf, "If-Match", "\"3\"");
        assertEquals(change.body(), 422, change.statusCode());
        assertTrue(change.body(), change.body().contains("adopted-is-immutable"));

        HttpSession board = new HttpSession(BASE);
        board.login("demo-board", Distribution.DEMO_PASSWORD);
        assertEquals(
                403,
                board.send("POST", "/api/v1/payments/tariffs", draft, "X-CSRF-Token", board.csrfToken())
                        .statusCode());
        long draftId = number(
                secretariat.get("/api/v1/payments/tariffs").body(),
                "\"id\":(\\d+),\"name\":\"Forslag til takster 2027\"");
        String whatIf = board.get("/api/v1/payments/tariffs/" + draftId + "/what-if?year=" + YEAR)
                .body();
        assertTrue(
                whatIf,
                whatIf.contains("\"draftTariff\":\"Forslag til takster 2027\"") && whatIf.contains("\"rows\":[{"));
    }

    @Test
    public void aBadPopulationFileIsRefusedWithLineNumbersAndAGoodOneImported() throws Exception {
        HttpSession secretariat = secretariat();
        String before = secretariat.get("/api/v1/payments/population").body();
        HttpResponse<String> bad = secretariat.sendBody(
                "POST",
                "/api/v1/payments/population",
                "text/csv",
                "OMRÅDE;TID;INDHOLD\nKøbenhavn;2025K1;667099\nAtlantis;2025K1;12\n",
                "X-CSRF-Token",
                secretariat.csrfToken());
        assertEquals(bad.body(), 422, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("\"line 3\":\"unknown-municipality\""));
        assertEquals(before, secretariat.get("/api/v1/payments/population").body());
        HttpResponse<String> good = secretariat.sendBody(
                "POST",
                "/api/v1/payments/population?source=FOLK1A",
                "text/csv",
                "\"OMRÅDE\";\"TID\";\"INDHOLD\"\n\"Hele landet\";\"2025K1\";5992734\n\"København\";\"2025K1\";667099\n",
                "X-CSRF-Token",
                secretariat.csrfToken());
        assertEquals(good.body(), 200, good.statusCode());
        assertTrue(
                good.body(),
                good.body().contains("\"figures\":1") && good.body().contains("\"skipped\":1"));
        assertTrue(
                secretariat.get("/api/v1/payments/population?year=2025").body().contains("\"101\":667099"));
    }

    @Test
    public void aCreditNoteIsIssuedAndPublished() throws Exception {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Dictionary<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, "eu/os2/platform/payments/*");
        ServiceRegistration<EventHandler> handler = context.registerService(EventHandler.class, events::add, topics);
        try {
            HttpSession secretariat = secretariat();
            String invoices =
                    secretariat.get("/api/v1/payments/invoices?year=" + YEAR).body();
            Matcher open = Pattern.compile(
                            "\"id\":(\\d+),\"number\":\\d+,\"kind\":\"INVOICE\",\"organisationId\":\\d+,\"year\":\\d+,"
                                    + "\"issueDate\":\"[^\"]+\",\"dueDate\":\"[^\"]+\",\"buyer\":\\{[^}]*\\},\"lines\":\\[[^\\]]*\\],\"lineTotal\":\"[^\"]+\","
                                    + "\"vatRate\":[0-9.]+,\"vat\":\"[^\"]+\",\"total\":\"([^\"]+)\",\"creditedInvoiceId\":null,\"creditNoteId\":null")
                    .matcher(invoices);
            assertTrue(invoices, open.find());
            long id = Long.parseLong(open.group(1));
            String total = open.group(2);
            HttpResponse<String> noReason = secretariat.send(
                    "POST",
                    "/api/v1/payments/invoices/" + id + "/credit-note",
                    "{\"reason\":\" \",\"reissue\":false}",
                    "X-CSRF-Token",
                    secretariat.csrfToken());
            assertEquals(422, noReason.statusCode());
            HttpResponse<String> note = secretariat.send(
                    "POST",
                    "/api/v1/payments/invoices/" + id + "/credit-note",
                    "{\"reason\":\"Forkert ordrenummer\",\"reissue\":true}",
                    "X-CSRF-Token",
                    secretariat.csrfToken());
            assertEquals(note.body(), 201, note.statusCode());
            assertTrue(
                    note.body(),
                    note.body().contains("\"kind\":\"CREDIT_NOTE\"")
                            && note.body().contains("\"total\":\"-" + total + "\""));
            long noteId = number(note.body(), "^\\{\"id\":(\\d+)");
            assertTrue(secretariat
                    .get("/api/v1/payments/invoices/" + noteId + "/xml?format=oioubl")
                    .body()
                    .contains("<CreditNote"));
            assertEquals(
                    422,
                    secretariat
                            .send(
                                    "POST",
                                    "/api/v1/payments/invoices/" + id + "/credit-note",
                                    "{\"reason\":\"igen\",\"reissue\":false}",
                                    "X-CSRF-Token",
                                    secretariat.csrfToken())
                            .statusCode());
            boolean credited = false;
            for (Event event; !credited && (event = events.poll(10, TimeUnit.SECONDS)) != null; ) {
                credited = event.getTopic().equals("eu/os2/platform/payments/INVOICE_CREDITED")
                        && Long.valueOf(id).equals(event.getProperty("id"))
                        && Long.valueOf(noteId).equals(event.getProperty("creditNoteId"))
                        && event.getProperty("reissuedId") != null;
            }
            assertTrue("INVOICE_CREDITED", credited);
        } finally {
            handler.unregister();
        }
    }

    @Test
    public void aTariffForAnInvoicedYearABrokenFileAndOverLongTextAreRefusedBeforeTheDatabase() throws Exception {
        HttpSession secretariat = secretariat();
        String csrf = secretariat.csrfToken();
        // the demo has invoiced this year: a tariff taking effect in it would rewrite what was issued
        HttpResponse<String> invoicedYear = secretariat.send(
                "POST",
                "/api/v1/payments/tariffs",
                "{\"name\":\"Takst midt i året\",\"effectiveFrom\":\"" + YEAR
                        + "-07-01\",\"membershipFee\":\"26000.00\",\"supplierPartnerFee\":\"0\",\"products\":[]}",
                "X-CSRF-Token",
                csrf);
        assertEquals(invoicedYear.body(), 422, invoicedYear.statusCode());
        assertTrue(invoicedYear.body(), invoicedYear.body().contains("\"effectiveFrom\":\"year-invoiced\""));

        // a quote never closed is a line error, not a server error
        String before = secretariat.get("/api/v1/payments/population").body();
        HttpResponse<String> broken = secretariat.sendBody(
                "POST",
                "/api/v1/payments/population",
                "text/csv",
                "OMRÅDE;TID;INDHOLD\nKøbenhavn;2025K1;667099\n\"Ballerup;2025K1;52286\n",
                "X-CSRF-Token",
                csrf);
        assertEquals(broken.body(), 422, broken.statusCode());
        assertTrue(broken.body(), broken.body().contains("\"line 3\":\"unbalanced-quote\""));
        assertEquals(before, secretariat.get("/api/v1/payments/population").body());

        // over-long text is a field error, never a database failure
        String longText = "x".repeat(1001);
        HttpResponse<String> source = secretariat.sendBody(
                "POST",
                "/api/v1/payments/population?source=" + "x".repeat(201),
                "text/csv",
                "OMRÅDE;TID;INDHOLD\nKøbenhavn;2025K1;667099\n",
                "X-CSRF-Token",
                csrf);
        assertEquals(source.body(), 422, source.statusCode());
        assertTrue(source.body(), source.body().contains("\"source\":\"too-long\""));
        HttpResponse<String> name = secretariat.send(
                "POST",
                "/api/v1/payments/tariffs",
                "{\"name\":\"" + "x".repeat(101)
                        + "\",\"effectiveFrom\":\"2031-01-01\",\"membershipFee\":\"26000.00\",\"products\":[]}",
                "X-CSRF-Token",
                csrf);
        assertEquals(name.body(), 422, name.statusCode());
        assertTrue(name.body(), name.body().contains("\"name\":\"too-long\""));
        HttpResponse<String> ledger = secretariat.send(
                "POST",
                "/api/v1/payments/ledger",
                "{\"year\":" + YEAR + ",\"account\":\"EXPENSES\",\"amount\":\"10.00\",\"note\":\"" + longText + "\"}",
                "X-CSRF-Token",
                csrf);
        assertEquals(ledger.body(), 422, ledger.statusCode());
        assertTrue(ledger.body(), ledger.body().contains("\"note\":\"too-long\""));
        HttpResponse<String> standing = secretariat.send(
                "POST",
                "/api/v1/payments/organisations/" + ballerup() + "/standing",
                "{\"standing\":\"REMINDED\",\"note\":\"" + longText + "\"}",
                "X-CSRF-Token",
                csrf);
        assertEquals(standing.body(), 422, standing.statusCode());
        assertTrue(standing.body(), standing.body().contains("\"note\":\"too-long\""));

        // index values in plain notation: 100, never 1E+2
        HttpResponse<String> index =
                secretariat.send("PUT", "/api/v1/payments/index/2099", "{\"value\":\"1E+2\"}", "X-CSRF-Token", csrf);
        assertEquals(index.body(), 200, index.statusCode());
        assertTrue(
                index.body(),
                index.body().contains("\"2099\":100") && !index.body().contains("E+"));
    }

    @Test
    public void theInvoiceCsvNeutralisesTextASpreadsheetWouldRun() throws Exception {
        HttpSession secretariat = secretariat();
        String csrf = secretariat.csrfToken();
        long organisation = ballerup();
        String billingPath = "/api/v1/payments/organisations/" + organisation + "/billing";
        HttpResponse<String> billing = secretariat.get(billingPath);
        String original =
                billing.body().replaceFirst("\"organisationId\":\\d+,", "").replaceFirst(",\"version\":\\d+", "");
        HttpResponse<String> formula = secretariat.send(
                "PUT",
                billingPath,
                original.replaceFirst("\"orderReference\":\"[^\"]*\"", "\"orderReference\":\"=1+2\""),
                "X-CSRF-Token",
                csrf,
                "If-Match",
                billing.headers().firstValue("ETag").orElseThrow());
        assertEquals(formula.body(), 200, formula.statusCode());
        try {
            String invoices = secretariat
                    .get("/api/v1/payments/organisations/" + organisation + "/invoices")
                    .body();
            Matcher open = Pattern.compile(
                            "\"id\":(\\d+),\"number\":\\d+,\"kind\":\"INVOICE\",\"organisationId\":\\d+,\"year\":"
                                    + YEAR
                                    + ",\"issueDate\":\"[^\"]+\",\"dueDate\":\"[^\"]+\",\"buyer\":\\{[^}]*\\},\"lines\":\\[[^\\]]*\\],\"lineTotal\":\"[^\"]+\","
                                    + "\"vatRate\":[0-9.]+,\"vat\":\"[^\"]+\",\"total\":\"[^\"]+\",\"creditedInvoiceId\":null,\"creditNoteId\":null")
                    .matcher(invoices);
            assertTrue(invoices, open.find());
            HttpResponse<String> reissued = secretariat.send(
                    "POST",
                    "/api/v1/payments/invoices/" + open.group(1) + "/credit-note",
                    "{\"reason\":\"Nyt ordrenummer\",\"reissue\":true}",
                    "X-CSRF-Token",
                    csrf);
            assertEquals(reissued.body(), 201, reissued.statusCode());
            String csv = secretariat
                    .get("/api/v1/payments/invoices.csv?year=" + YEAR)
                    .body();
            assertTrue(csv, csv.contains(";'=1+2;"));
            assertFalse(csv, csv.contains(";=1+2;"));
            // a credit note's negative amounts stay numbers
            assertTrue(csv, Pattern.compile(";-\\d+\\.\\d{2};").matcher(csv).find());
        } finally {
            HttpResponse<String> now = secretariat.get(billingPath);
            secretariat.send(
                    "PUT",
                    billingPath,
                    original,
                    "X-CSRF-Token",
                    csrf,
                    "If-Match",
                    now.headers().firstValue("ETag").orElseThrow());
        }
    }

    @Test
    public void theShellListsTariffsRunsIdempotentlyAndRecordsStanding() throws Exception {
        String tariffs = run("os2:tariffs");
        assertTrue(
                tariffs,
                tariffs.contains("Takster 2023") && tariffs.contains("Takster 2026") && tariffs.contains("ADOPTED"));
        String dry = run("os2:invoice-run " + YEAR + " --dry-run");
        assertTrue(dry, dry.contains("0 invoice(s) to issue"));
        String again = run("os2:invoice-run " + YEAR);
        assertTrue(again, again.contains("0 invoice(s) issued"));
        assertTrue(run("os2:invoice-run 1999"), run("os2:invoice-run 1999").contains("No adopted tariff"));
        String list = run("os2:invoices " + YEAR);
        assertTrue(list, list.contains("Ballerup Kommune"));
        long organisation = ballerup();
        String standing =
                run("os2:standing " + organisation + " unpaid-after-reminder Ikke betalt efter rykker 1. oktober");
        assertTrue(
                standing,
                standing.contains("UNPAID_AFTER_REMINDER") && standing.contains("treat the member as withdrawn"));
        assertFalse(
                run("os2:standing " + organisation + " late x"),
                run("os2:standing " + organisation + " late x").contains("LATE"));
        run("os2:standing " + organisation + " paid Betalt 3. november");
    }

    private long ballerup() throws Exception {
        return number(secretariat().get("/api/v1/members?q=Ballerup").body(), "\"id\":(\\d+)");
    }

    private String run(String command) throws Exception {
        return Probe.shell(shell, command);
    }

    @Test
    public void theFeesExportAsCsvForTheSecretariatAndTheBoardOnly() throws Exception {
        HttpResponse<String> csv = secretariat().get("/api/v1/payments/fees.csv?year=" + YEAR);
        assertEquals(csv.body(), 200, csv.statusCode());
        assertTrue(
                csv.headers().firstValue("Content-Type").orElse(""),
                csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body(), csv.body().startsWith("\uFEFForganisation_id;navn;kontingent;aarligt_vederlag;"));
        assertTrue(csv.body(), csv.body().contains("Ballerup Kommune"));
        HttpSession board = new HttpSession(BASE);
        board.login("demo-board", Distribution.DEMO_PASSWORD);
        assertEquals(200, board.get("/api/v1/payments/fees.csv?year=" + YEAR).statusCode());
        HttpSession member = new HttpSession(BASE);
        member.login("demo-member", Distribution.DEMO_PASSWORD);
        assertEquals(403, member.get("/api/v1/payments/fees.csv?year=" + YEAR).statusCode());
        HttpResponse<String> noYear = secretariat().get("/api/v1/payments/fees.csv");
        assertEquals(noYear.body(), 400, noYear.statusCode());
        assertTrue(noYear.body(), noYear.body().contains("\"year\":\"required\""));
    }

    @Test
    public void theWhatIfExportsAsCsvForTheSecretariatAndTheBoardOnly() throws Exception {
        HttpSession secretariat = secretariat();
        long draftId = number(
                secretariat.get("/api/v1/payments/tariffs").body(),
                "\"id\":(\\d+),\"name\":\"Forslag til takster 2027\"");
        HttpSession board = new HttpSession(BASE);
        board.login("demo-board", Distribution.DEMO_PASSWORD);
        HttpResponse<String> csv = board.get("/api/v1/payments/tariffs/" + draftId + "/what-if.csv?year=" + (YEAR + 1));
        assertEquals(csv.body(), 200, csv.statusCode());
        assertTrue(
                csv.body(),
                csv.body().startsWith("\uFEFForganisation_id;navn;stoerrelse;gaeldende_takst;kladde;aendring"));
        assertTrue(csv.body(), csv.body().contains("Forslag til takster 2027"));
        HttpSession member = new HttpSession(BASE);
        member.login("demo-member", Distribution.DEMO_PASSWORD);
        assertEquals(
                403,
                member.get("/api/v1/payments/tariffs/" + draftId + "/what-if.csv?year=" + (YEAR + 1))
                        .statusCode());
        HttpResponse<String> missing = board.get("/api/v1/payments/tariffs/999999/what-if.csv?year=" + (YEAR + 1));
        assertEquals(missing.body(), 404, missing.statusCode());
        assertTrue(missing.body(), missing.body().contains("Takstversion 999999 findes ikke"));
    }

    @Test
    public void theDryRunTellsAProblemOnceAndRefusalsSpeakTheConsolesLanguage() throws Exception {
        HttpSession secretariat = secretariat();
        // no index for next year yet: every indexed membership fee is stopped by the same problem, told once
        String preview =
                secretariat.get("/api/v1/payments/fees?year=" + (YEAR + 1)).body();
        Matcher groups = Pattern.compile("\\{\"problem\":\"(Indekstal for [^\"]*)\",\"organisations\":(\\d+)")
                .matcher(preview);
        assertTrue(preview, groups.find());
        assertTrue(preview, Integer.parseInt(groups.group(2)) > 1);
        assertTrue(preview, !groups.find());

        HttpSession member = new HttpSession(BASE);
        String me = member.login("demo-member", Distribution.DEMO_PASSWORD).body();
        long own = number(me, "\"organisationId\":(\\d+)");
        String path = "/api/v1/payments/organisations/" + (own + 1) + "/invoices";
        HttpResponse<String> danish = member.sendBody("GET", path, "text/plain", "", "Accept-Language", "da");
        assertEquals(danish.body(), 403, danish.statusCode());
        assertTrue(danish.body(), danish.body().contains("ser kun sin egen organisations betaling"));
        HttpResponse<String> english =
                member.sendBody("GET", path, "text/plain", "", "Accept-Language", "en-GB,en;q=0.9");
        assertEquals(english.body(), 403, english.statusCode());
        assertTrue(english.body(), english.body().contains("sees only its own organisation's payments"));
    }

    private static long number(String text, String regex) {
        return Probe.number(text, regex);
    }
}
