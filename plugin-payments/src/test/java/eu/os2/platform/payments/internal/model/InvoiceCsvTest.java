package eu.os2.platform.payments.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.Buyer;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.InvoiceKind;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvoiceCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tX", "\rX"})
    void aTextCellASpreadsheetWouldRunIsNeutralised(String formula) throws Exception {
        CSVRecord row = onlyRow(InvoiceCsv.write(List.of(invoice(formula, Money.kroner(100)))));
        assertThat(row.get("navn")).isEqualTo("'" + formula);
        assertThat(row.get("ordrenummer")).isEqualTo("'" + formula);
        assertThat(row.get("personreference")).isEqualTo("'" + formula);
    }

    @Test
    void ordinaryTextAndNegativeAmountsAreWrittenAsTheyAre() throws Exception {
        CSVRecord row = onlyRow(InvoiceCsv.write(List.of(invoice("Aarhus Kommune", Money.kroner(-25_000)))));
        assertThat(row.get("navn")).isEqualTo("Aarhus Kommune");
        assertThat(row.get("ordrenummer")).isEqualTo("Aarhus Kommune");
        // a credit note's amounts are negative numbers and stay numbers
        assertThat(row.get("beloeb_ex_moms")).isEqualTo("-25000.00");
        assertThat(row.get("beloeb_inkl_moms")).isEqualTo("-31250.00");
        assertThat(row.get("type")).isEqualTo("INVOICE");
    }

    private static CSVRecord onlyRow(String csv) throws Exception {
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static Invoice invoice(String text, Money lineTotal) {
        Money vat = lineTotal.times(BigDecimal.valueOf(25), BigDecimal.valueOf(100));
        return new Invoice(
                1,
                1,
                InvoiceKind.INVOICE,
                7,
                2026,
                LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 2, 14),
                new Buyer(text, "29189838", "5798000000155", text, text, "Rådhuspladsen 2", "8000", "Aarhus C"),
                List.of(),
                lineTotal,
                BigDecimal.valueOf(25),
                vat,
                lineTotal.plus(vat),
                null,
                null,
                null,
                null);
    }
}
