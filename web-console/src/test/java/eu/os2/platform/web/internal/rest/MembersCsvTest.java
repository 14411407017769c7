package eu.os2.platform.web.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.member.Membership;
import eu.os2.platform.api.member.MembershipStatus;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.member.SizeTier;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MembersCsvTest {

    private static Organisation organisation(String name, String region) {
        return new Organisation(
                7,
                "29189846",
                "5798000420526",
                name,
                OrganisationKind.MUNICIPALITY,
                751,
                region,
                361_544L,
                SizeTier.VERY_LARGE,
                new Membership(LocalDate.of(2012, 5, 1), MembershipStatus.ACTIVE),
                3);
    }

    private static List<CSVRecord> rows(String csv) throws Exception {
        assertThat(csv).startsWith("\uFEFF");
        return CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();
    }

    @Test
    void danishExcelReadsItWithWordsForKindsAndStatuses() throws Exception {
        String csv = MembersCsv.write(List.of(organisation("Aarhus Kommune", "Midtjylland")), false);
        assertThat(csv).startsWith("\uFEFFNavn;CVR;EAN/GLN;Type;").contains("\r\n");
        CSVRecord row = rows(csv).get(0);
        assertThat(row.get("Navn")).isEqualTo("Aarhus Kommune");
        assertThat(row.get("CVR")).isEqualTo("29189846");
        assertThat(row.get("Type")).isEqualTo("Kommune");
        assertThat(row.get("Størrelse")).isEqualTo("Meget stor");
        assertThat(row.get("Medlemskab")).isEqualTo("Aktiv");
        assertThat(row.get("Indmeldt")).isEqualTo("2012-05-01");
        assertThat(row.get("Stemmeret")).isEqualTo("Ja");
        assertThat(row.get("Indbyggere")).isEqualTo("361544");
    }

    @Test
    void inEnglishTheHeadersAndWordsAreEnglish() throws Exception {
        CSVRecord row = rows(MembersCsv.write(List.of(organisation("Aarhus Kommune", null)), true))
                .get(0);
        assertThat(row.get("Kind")).isEqualTo("Municipality");
        assertThat(row.get("Membership")).isEqualTo("Active");
        assertThat(row.get("Voting right")).isEqualTo("Yes");
        assertThat(row.get("Region")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "+1+1", "-1+1", "@SUM(A1)", "\tTab", "\rReturn"})
    void aTextCellASpreadsheetWouldRunIsNeutralised(String formula) throws Exception {
        CSVRecord row = rows(MembersCsv.write(List.of(organisation(formula, formula)), false))
                .get(0);
        assertThat(row.get("Navn")).isEqualTo("'" + formula);
        assertThat(row.get("Region")).isEqualTo("'" + formula);
    }
}
