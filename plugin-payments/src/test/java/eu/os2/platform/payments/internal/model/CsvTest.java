package eu.os2.platform.payments.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.member.SizeTier;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.InvoiceLine;
import eu.os2.platform.api.payment.LineKind;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tX", "\rX"})
    void aCellASpreadsheetWouldRunAsAFormulaGetsAQuoteInFront(String formula) {
        assertThat(Csv.text(formula)).isEqualTo("'" + formula);
    }

    @Test
    void ordinaryTextEmptyAndNullStayAsTheyAre() {
        assertThat(Csv.text("Aarhus Kommune")).isEqualTo("Aarhus Kommune");
        assertThat(Csv.text("")).isEmpty();
        assertThat(Csv.text(null)).isNull();
    }

    @Test
    void theFeesSplitEachOrganisationByKindAndNeutraliseFormulas() throws Exception {
        Reports.MemberCharge m = new Reports.MemberCharge(
                7,
                "=cmd|' /C calc'!A0",
                List.of(
                        new InvoiceLine(1, LineKind.MEMBERSHIP_FEE, null, "Kontingent", "", Money.kroner(25_000)),
                        new InvoiceLine(2, LineKind.PRODUCT_FEE, "OS2forms", "OS2forms", "", Money.kroner(10_000)),
                        new InvoiceLine(
                                3, LineKind.PRODUCT_FEE, "OS2valghalla", "OS2valghalla", "", Money.kroner(5_000))),
                Money.kroner(40_000),
                Money.kroner(50_000),
                false,
                List.of(),
                List.of());
        Reports.Preview p = new Reports.Preview(
                2026, 1, "Takster 2026", 1, 0, 0, Money.kroner(40_000), Money.kroner(50_000), List.of(m));
        CSVRecord row = onlyRow(FeesCsv.write(p));
        assertThat(row.get("navn")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(row.get("kontingent")).isEqualTo("25000.00");
        assertThat(row.get("aarligt_vederlag")).isEqualTo("15000.00");
        assertThat(row.get("tilslutningsafgift")).isEqualTo("0.00");
        assertThat(row.get("beloeb_inkl_moms")).isEqualTo("50000.00");
        assertThat(row.get("udstedt")).isEqualTo("nej");
    }

    @Test
    void theWhatIfRowsKeepNegativeChangesAsNumbers() throws Exception {
        Reports.WhatIf w = new Reports.WhatIf(
                2027,
                "Takster 2026",
                "@Forslag",
                null,
                Money.kroner(100),
                Money.kroner(90),
                Money.kroner(-10),
                Money.kroner(-10),
                List.of(new Reports.WhatIfRow(
                        3, "-Kommune", SizeTier.SMALL, Money.kroner(100), Money.kroner(90), Money.kroner(-10))));
        CSVRecord row = onlyRow(WhatIfCsv.write(w));
        assertThat(row.get("navn")).isEqualTo("'-Kommune");
        assertThat(row.get("kladdens_navn")).isEqualTo("'@Forslag");
        assertThat(row.get("aendring")).isEqualTo("-10.00");
        assertThat(row.get("aar")).isEqualTo("2027");
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
}
