package eu.os2.platform.api.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeTierTest {

    @ParameterizedTest
    @CsvSource({
        "0, SMALL",
        "24999, SMALL",
        "25000, MEDIUM",
        "60000, MEDIUM",
        "60001, LARGE",
        "120000, LARGE",
        "120001, VERY_LARGE",
        "632340, VERY_LARGE"
    })
    void boundariesFollowTheDocumentedSide(long inhabitants, SizeTier expected) {
        assertThat(SizeTier.forPopulation(inhabitants)).isEqualTo(expected);
    }

    @Test
    void negativePopulationIsRefused() {
        assertThatThrownBy(() -> SizeTier.forPopulation(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void danishNamesRoundTrip() {
        for (SizeTier tier : SizeTier.values()) {
            assertThat(SizeTier.fromDanishName(tier.danishName().toUpperCase())).isEqualTo(tier);
        }
        assertThatThrownBy(() -> SizeTier.fromDanishName("kæmpe")).isInstanceOf(IllegalArgumentException.class);
    }
}
