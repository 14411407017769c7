package eu.os2.platform.payments.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.Buyer;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.InvoiceKind;
import eu.os2.platform.api.payment.InvoiceLine;
import eu.os2.platform.api.payment.LineKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Money and invoice arithmetic, over many generated cases. */
class MoneyPropertiesTest {

    static final Buyer BUYER = new Buyer(
            "Ballerup Kommune", "29188386", "5798000000155", "PO-1", "Økonomi", "Hold-An Vej 7", "2750", "Ballerup");

    @Provide
    Arbitrary<List<Long>> lineAmounts() {
        return Arbitraries.longs()
                .between(-100_000_000L, 10_000_000_000L)
                .list()
                .ofMinSize(1)
                .ofMaxSize(40);
    }

    static Invoice invoice(List<Long> ore, BigDecimal vatRate) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (long o : ore) {
            lines.add(new InvoiceLine(lines.size() + 1, LineKind.PRODUCT_FEE, "P", "d", "e", new Money(o)));
        }
        return Invoices.withTotals(
                1,
                1,
                InvoiceKind.INVOICE,
                1,
                2026,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31),
                BUYER,
                lines,
                vatRate,
                null,
                null,
                null);
    }

    @Property(tries = 1000)
    void anInvoicesTotalIsTheSumOfItsLinesPlusVat(
            @ForAll("lineAmounts") List<Long> ore, @ForAll @IntRange(min = 0, max = 30) int vat) {
        Invoice inv = invoice(ore, BigDecimal.valueOf(vat));
        long sum = ore.stream().mapToLong(Long::longValue).sum();
        assertThat(inv.lineTotal().ore()).isEqualTo(sum);
        assertThat(inv.total()).isEqualTo(inv.lineTotal().plus(inv.vat()));
        // VAT is the exact product rounded once, half up: never more than half an øre off
        BigDecimal exact =
                BigDecimal.valueOf(sum).multiply(BigDecimal.valueOf(vat)).divide(BigDecimal.valueOf(100));
        assertThat(BigDecimal.valueOf(inv.vat().ore()).subtract(exact).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.5"));
    }

    @Property(tries = 1000)
    void anInvoicePlusItsCreditNoteIsZero(
            @ForAll("lineAmounts") List<Long> ore, @ForAll @IntRange(min = 0, max = 30) int vat) {
        Invoice inv = invoice(ore, BigDecimal.valueOf(vat));
        Invoice note = Invoices.creditNote(inv, 2, 2, LocalDate.of(2026, 2, 1), "fejl");
        assertThat(inv.total().plus(note.total())).isEqualTo(Money.ZERO);
        assertThat(inv.vat().plus(note.vat())).isEqualTo(Money.ZERO);
        for (int i = 0; i < inv.lines().size(); i++) {
            assertThat(inv.lines().get(i).amount().plus(note.lines().get(i).amount()))
                    .isEqualTo(Money.ZERO);
        }
    }

    @Property(tries = 1000)
    void aSplitLosesAndCreatesNoOre(
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long ore,
            @ForAll @Size(min = 1, max = 120) List<@LongRange(min = 0, max = 1_000_000) Long> weights) {
        weights.set(0, weights.get(0) + 1);
        Money[] parts =
                new Money(ore).split(weights.stream().mapToLong(Long::longValue).toArray());
        assertThat(parts).hasSize(weights.size());
        assertThat(java.util.Arrays.stream(parts).mapToLong(Money::ore).sum()).isEqualTo(ore);
        long totalWeight = weights.stream().mapToLong(Long::longValue).sum();
        for (int i = 0; i < parts.length; i++) {
            // each part is within one øre of its exact share
            BigDecimal exact = BigDecimal.valueOf(ore)
                    .multiply(BigDecimal.valueOf(weights.get(i)))
                    .divide(BigDecimal.valueOf(totalWeight), 10, java.math.RoundingMode.HALF_EVEN);
            assertThat(BigDecimal.valueOf(parts[i].ore()).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
        }
    }

    @Property(tries = 1000)
    void anAmountReadsBackFromItsText(
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long ore) {
        Money m = new Money(ore);
        assertThat(Money.parse(m.toString())).isEqualTo(m);
        assertThat(m.toString()).matches("-?\\d+\\.\\d{2}");
    }
}
