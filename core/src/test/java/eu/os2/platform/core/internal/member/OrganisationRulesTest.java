package eu.os2.platform.core.internal.member;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.member.MembershipStatus;
import eu.os2.platform.api.member.OrganisationChange;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.member.SizeTier;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrganisationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static OrganisationChange valid() {
        return new OrganisationChange(
                "41849983",
                "5790002750595",
                "Aarhus Kommune",
                OrganisationKind.MUNICIPALITY,
                751,
                "Region Midtjylland",
                349_983L,
                null,
                LocalDate.of(2014, 5, 1),
                MembershipStatus.ACTIVE);
    }

    @Test
    void aValidMunicipalityPasses() {
        assertThat(OrganisationRules.check(valid(), TODAY)).isEmpty();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        OrganisationChange bad = new OrganisationChange(
                "4184998",
                "5790002750596",
                " ",
                OrganisationKind.MUNICIPALITY,
                null,
                null,
                -5L,
                SizeTier.SMALL,
                LocalDate.of(2011, 12, 31),
                MembershipStatus.ACTIVE);
        assertThat(OrganisationRules.check(bad, TODAY))
                .containsExactly(
                        java.util.Map.entry("cvr", "format"),
                        java.util.Map.entry("ean", "checksum"),
                        java.util.Map.entry("name", "required"),
                        java.util.Map.entry("municipalityCode", "required"),
                        java.util.Map.entry("population", "negative"),
                        java.util.Map.entry("manualSizeTier", "population-known"),
                        java.util.Map.entry("joined", "before-founding"));
    }

    @Test
    void checksumAndMembershipPairing() {
        OrganisationChange change = new OrganisationChange(
                "41849984", null, "X", OrganisationKind.REGION, null, null, null, null, LocalDate.of(2020, 1, 1), null);
        assertThat(OrganisationRules.check(change, TODAY))
                .containsEntry("cvr", "checksum")
                .containsEntry("status", "required-with-membership");
    }

    @Test
    void municipalityCodeOnlyOnMunicipalities() {
        OrganisationChange change = new OrganisationChange(
                "41849983", null, "KOMBIT", OrganisationKind.OTHER_PUBLIC, 751, null, null, null, null, null);
        assertThat(OrganisationRules.check(change, TODAY)).containsEntry("municipalityCode", "only-for-municipality");
    }

    @Test
    void joiningMoreThanAYearAheadIsRefused() {
        OrganisationChange change = new OrganisationChange(
                "41849983",
                null,
                "X",
                OrganisationKind.STATE,
                null,
                null,
                null,
                null,
                TODAY.plusYears(1).plusDays(1),
                MembershipStatus.ACTIVE);
        assertThat(OrganisationRules.check(change, TODAY)).containsEntry("joined", "too-far-ahead");
    }

    @Test
    void sizeTierComesFromPopulationBeforeJudgement() {
        assertThat(OrganisationRules.sizeTier(48_602L, null)).isEqualTo(SizeTier.MEDIUM);
        assertThat(OrganisationRules.sizeTier(null, SizeTier.LARGE)).isEqualTo(SizeTier.LARGE);
        assertThat(OrganisationRules.sizeTier(null, null)).isNull();
    }

    @Test
    void normaliseTrimsAndBlanksOptionalText() {
        OrganisationChange change = new OrganisationChange(
                " 41849983 ", "  ", "  Aarhus  ", OrganisationKind.MUNICIPALITY, 751, " ", null, null, null, null);
        OrganisationChange normalised = OrganisationRules.normalise(change);
        assertThat(normalised.cvr()).isEqualTo("41849983");
        assertThat(normalised.ean()).isNull();
        assertThat(normalised.name()).isEqualTo("Aarhus");
        assertThat(normalised.region()).isNull();
    }
}
