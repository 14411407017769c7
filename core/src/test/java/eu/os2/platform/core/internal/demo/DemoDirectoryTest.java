package eu.os2.platform.core.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.member.MembershipStatus;
import eu.os2.platform.api.member.OrganisationChange;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.member.SizeTier;
import eu.os2.platform.core.internal.member.OrganisationRules;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDirectoryTest {

    private final List<MunicipalityCsv.Municipality> municipalities = DemoData.municipalities();
    private final List<OrganisationChange> organisations = DemoDirectory.organisations(municipalities);

    @Test
    void theMunicipalityTableIsComplete() {
        assertThat(municipalities).hasSize(98);
        assertThat(municipalities.stream()
                        .mapToLong(MunicipalityCsv.Municipality::inhabitants)
                        .sum())
                .isEqualTo(5_822_679L);
        Map<SizeTier, Long> tiers = municipalities.stream()
                .collect(Collectors.groupingBy(m -> SizeTier.forPopulation(m.inhabitants()), Collectors.counting()));
        assertThat(tiers)
                .containsEntry(SizeTier.SMALL, 17L)
                .containsEntry(SizeTier.MEDIUM, 56L)
                .containsEntry(SizeTier.LARGE, 21L)
                .containsEntry(SizeTier.VERY_LARGE, 4L);
        // the platform's tier rule agrees with the tier printed in the table
        for (MunicipalityCsv.Municipality m : municipalities) {
            assertThat(SizeTier.forPopulation(m.inhabitants()))
                    .as(m.name())
                    .isEqualTo(SizeTier.fromDanishName(m.tier()));
        }
    }

    @Test
    void everyDemoOrganisationIsValidAndUnique() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        for (OrganisationChange o : organisations) {
            assertThat(OrganisationRules.check(o, today)).as(o.name()).isEmpty();
        }
        assertThat(new HashSet<>(
                        organisations.stream().map(OrganisationChange::cvr).toList()))
                .hasSize(organisations.size());
    }

    @Test
    void aboutSeventyMembersIncludingFoundersAndBoard() {
        long municipalMembers = organisations.stream()
                .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY && o.status() == MembershipStatus.ACTIVE)
                .count();
        assertThat(municipalMembers).isBetween(65L, 75L);
        // the directory shows every membership status the platform knows
        assertThat(organisations)
                .filteredOn(o -> o.status() == MembershipStatus.WITHDRAWN)
                .hasSize(1);
        assertThat(organisations)
                .filteredOn(o -> o.status() == MembershipStatus.SUSPENDED)
                .hasSize(1);
        Map<String, OrganisationChange> byName =
                organisations.stream().collect(Collectors.toMap(OrganisationChange::name, Function.identity()));
        for (String name : DemoDirectory.FOUNDERS) {
            assertThat(byName.get(name + " Kommune").status()).as(name).isEqualTo(MembershipStatus.ACTIVE);
        }
        for (String name : DemoDirectory.BOARD) {
            assertThat(byName.get(name + " Kommune").status()).as(name).isEqualTo(MembershipStatus.ACTIVE);
        }
        assertThat(organisations)
                .filteredOn(o -> o.kind() == OrganisationKind.SUPPLIER_PARTNER)
                .hasSize(10);
        assertThat(organisations)
                .filteredOn(o -> o.kind() == OrganisationKind.REGION)
                .hasSize(1);
        assertThat(organisations).anyMatch(o -> o.name().contains("SKI"));
    }

    @Test
    void malformedCsvNamesTheLine() {
        String csv =
                "kommunekode,navn,region,indbyggere_2020K1,os2_stoerrelse\n101,København,Region Hovedstaden,632340,meget stor\n"
                        + "147,Frederiksberg,Region Hovedstaden,many,stor\n";
        assertThatThrownBy(() -> MunicipalityCsv.read(new StringReader(csv))).hasMessageStartingWith("line 3:");
        assertThatThrownBy(() -> MunicipalityCsv.read(new StringReader("code,name\n1,x\n")))
                .hasMessageStartingWith("line 1:");
    }
}
