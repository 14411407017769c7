package eu.os2.platform.payments.internal.bench;

import eu.os2.platform.api.document.PdfWriter;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.Buyer;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.InvoiceKind;
import eu.os2.platform.api.payment.InvoiceLine;
import eu.os2.platform.api.payment.LineKind;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.payments.internal.BenchAccess;
import eu.os2.platform.payments.internal.documents.InvoiceDocumentsImpl;
import eu.os2.platform.payments.internal.model.Invoices;
import eu.os2.platform.payments.internal.notices.InvoiceNoticesImpl;
import eu.os2.platform.payments.internal.notices.PaymentMessageKinds;
import eu.os2.platform.testing.RecordingOutbox;
import eu.os2.platform.testing.TestDatabases;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long the platform's PDF writer takes for invoices: one invoice (warm, the median of 50), and a
 * year's invoices — the ~100 member invoices of a demo-sized run — written once in Danish, and as the
 * invoice run writes them with its messages (each invoice's PDF in both languages, through the
 * invoice-issued notice). The PDF writer is core's implementation, named by the system property
 * {@code os2.pdf.writer}. Run it with {@code bench/invoice-pdf-benchmark.sh}; it prints its figures
 * and is not a test.
 */
public final class InvoicePdfBenchmark {

    static final String[] PRODUCTS = {"OS2valghalla", "OS2forms", "OS2display", "OS2borgerPC", "OS2iot"};

    public static void main(String[] args) throws Exception {
        int members = args.length == 0 ? 98 : Integer.parseInt(args[0]);
        PdfWriter writer = writer(System.getProperty("os2.pdf.writer"));
        InvoiceDocumentsImpl documents = new InvoiceDocumentsImpl(writer, BenchAccess.config());
        Invoice one = invoice(1, 3);

        for (int i = 0; i < 30; i++) {
            documents.pdf(one, Language.DA);
        }
        long[] times = new long[50];
        int size = 0;
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            size = documents.pdf(one, Language.DA).length;
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf(
                "one invoice (3 lines): median %.1f ms, p90 %.1f ms, %d KB%n",
                times[times.length / 2] / 1e6, times[times.length * 9 / 10] / 1e6, size / 1024);

        List<Invoice> year = new ArrayList<>();
        for (int i = 1; i <= members; i++) {
            year.add(invoice(i, 1 + i % PRODUCTS.length));
        }
        long start = System.nanoTime();
        long bytes = 0;
        for (Invoice inv : year) {
            bytes += documents.pdf(inv, Language.DA).length;
        }
        double danish = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "a year's invoices (%d members, Danish): %.2f s, %.1f ms each, %d KB in all%n",
                members, danish, danish * 1000 / members, bytes / 1024);

        RecordingOutbox outbox = new RecordingOutbox().accepting(new PaymentMessageKinds());
        InvoiceNoticesImpl notices = new InvoiceNoticesImpl(outbox, documents);
        start = System.nanoTime();
        for (Invoice inv : year) {
            notices.issued(inv);
        }
        double messages = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "a year's invoice messages (%d, each with its PDF in Danish and English): %.2f s%n",
                outbox.written().size(), messages);
    }

    static PdfWriter writer(String className) throws Exception {
        if (className == null || className.isBlank()) {
            throw new IllegalArgumentException("name core's PdfWriter implementation in -Dos2.pdf.writer");
        }
        Class<?> type = Class.forName(className.strip());
        for (Constructor<?> constructor : type.getConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            Object[] values = new Object[parameters.length];
            boolean known = true;
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] == PlatformClock.class) {
                    values[i] = TestDatabases.clockAt("2026-01-15T09:00:00Z");
                } else {
                    known = false;
                }
            }
            if (known) {
                return (PdfWriter) constructor.newInstance(values);
            }
        }
        throw new IllegalArgumentException(className + " has no constructor the benchmark can call");
    }

    /** A member's invoice as the demo's run issues it: the membership fee and a few products. */
    static Invoice invoice(long number, int products) {
        List<InvoiceLine> lines = new ArrayList<>();
        lines.add(new InvoiceLine(
                1,
                LineKind.MEMBERSHIP_FEE,
                null,
                "Kontingent 2026",
                "Takster 2026: kontingent 25.000,00 kr. reguleret med indeks 102,5 (basisår 2025: 100,0)",
                Money.parse("25625.00")));
        for (int p = 0; p < products; p++) {
            lines.add(new InvoiceLine(
                    lines.size() + 1,
                    LineKind.PRODUCT_FEE,
                    PRODUCTS[p],
                    PRODUCTS[p] + ", årligt vederlag 2026",
                    "Takster 2026, størrelse Mellem (48.602 indbyggere pr. 1. januar 2020, Danmarks Statistik"
                            + " FOLK1A): medlemspris 43.200,00 kr.",
                    Money.parse("43200.00")));
        }
        Money lineTotal = lines.stream().map(InvoiceLine::amount).reduce(Money.ZERO, Money::plus);
        BigDecimal rate = BigDecimal.valueOf(25);
        Money vat = Invoices.vat(lineTotal, rate);
        return new Invoice(
                number,
                number,
                InvoiceKind.INVOICE,
                number,
                2026,
                LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 2, 14),
                new Buyer(
                        "Kommune " + number,
                        "29188386",
                        "5798000000155",
                        "PO-" + number,
                        "Økonomi, Jens Hansen",
                        "Rådhusvej 1",
                        "2750",
                        "Ballerup"),
                lines,
                lineTotal,
                rate,
                vat,
                lineTotal.plus(vat),
                null,
                null,
                null,
                null);
    }
}
