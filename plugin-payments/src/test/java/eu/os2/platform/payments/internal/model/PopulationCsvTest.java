package eu.os2.platform.payments.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.validation.ValidationException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PopulationCsvTest {

    @Test
    void readsDanmarksStatistiksFolk1aExport() {
        String csv = """
                "OMRÅDE";"KØN";"ALDER";"TID";"INDHOLD"
                "Hele landet";"I alt";"Alder i alt";"2025K1";5992734
                "Region Hovedstaden";"I alt";"Alder i alt";"2025K1";1905233
                "København";"I alt";"Alder i alt";"2025K1";667099
                "København";"Mænd";"Alder i alt";"2025K1";330000
                "Ballerup";"I alt";"Alder i alt";"2025K1";52286
                "Ballerup";"I alt";"Alder i alt";"2025K2";52400
                "851 Aalborg";"I alt";"Alder i alt";"2024K1";222575
                """;
        PopulationCsv.Result r = PopulationCsv.parse(csv);
        assertThat(r.figures())
                .containsExactly(
                        new PopulationFigure(101, 2025, 667_099),
                        new PopulationFigure(151, 2025, 52_286),
                        new PopulationFigure(851, 2024, 222_575));
        assertThat(r.skipped()).isEqualTo(4);
    }

    @Test
    void aQuoteNeverClosedIsALineErrorNotAFailure() {
        String csv = "OMRÅDE;TID;INDHOLD\nKøbenhavn;2025K1;667099\n\"Ballerup;2025K1;52286\nAarhus;2025K1;1\n";
        assertThatThrownBy(() -> PopulationCsv.parse(csv))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("line 3", "unbalanced-quote"));
        assertThatThrownBy(() -> PopulationCsv.parse("\"OMRÅDE;TID;INDHOLD\nKøbenhavn;2025K1;667099\n"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(java.util.Map.of("line 1", "unbalanced-quote")));
    }

    @Test
    void readsTheBy2TableWithCodesAndYears() {
        String csv = "KOMK,TID,INDHOLD\n101,2025,667099\n147,2025,105000\n";
        assertThat(PopulationCsv.parse(csv).figures())
                .containsExactly(new PopulationFigure(101, 2025, 667_099), new PopulationFigure(147, 2025, 105_000));
    }

    @Test
    void readsThePlatformsOwnList() throws Exception {
        try (InputStream in = getClass().getResourceAsStream(Municipalities.RESOURCE)) {
            PopulationCsv.Result r = PopulationCsv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(r.figures()).hasSize(98).allMatch(f -> f.year() == 2020);
            assertThat(r.figures()).contains(new PopulationFigure(151, 2020, 48_602));
        }
    }

    @Test
    void aBadFileIsRefusedWithLineNumbersAndNothingIsRead() {
        String csv =
                "OMRÅDE;TID;INDHOLD\nKøbenhavn;2025K1;667099\nAtlantis;2025K1;100\nBallerup;2025K1;..\nBallerup;tomorrow;1\n";
        assertThatThrownBy(() -> PopulationCsv.parse(csv))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("line 3", "unknown-municipality")
                                .containsEntry("line 4", "not-a-number")
                                .containsEntry("line 5", "bad-time")
                                .hasSize(3));
    }

    @Test
    void aFileWithoutTheColumnsOrFiguresIsRefused() {
        assertThatThrownBy(() -> PopulationCsv.parse("navn;tal\nKøbenhavn;1\n"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", "missing-columns"));
        assertThatThrownBy(() -> PopulationCsv.parse(""))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", "empty"));
        assertThatThrownBy(() -> PopulationCsv.parse("OMRÅDE;TID;INDHOLD\nHele landet;2025K1;5992734\n"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", "no-figures"));
    }

    @Test
    void aDuplicateFigureIsAnError() {
        assertThatThrownBy(() -> PopulationCsv.parse("KOMK;TID;INDHOLD\n101;2025;1\n101;2025;2\n"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("line 3", "duplicate"));
    }
}
