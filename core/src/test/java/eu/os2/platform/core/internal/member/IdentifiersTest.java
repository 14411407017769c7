package eu.os2.platform.core.internal.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"41849983", "55133018", "64942212"})
    void acceptsRealCvrNumbers(String cvr) {
        // OS2, Aarhus Kommune, Københavns Kommune
        assertThat(Identifiers.isValidCvr(cvr)).as(cvr).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"41849984", "1234567", "123456789", "0184998x", "", "01849983"})
    void refusesMalformedCvrNumbers(String cvr) {
        assertThat(Identifiers.isValidCvr(cvr)).as(cvr).isFalse();
    }

    @Test
    void checksOs2sOwnEan() {
        assertThat(Identifiers.isValidEan("5790002750595")).isTrue();
        assertThat(Identifiers.isValidEan("5790002750596")).isFalse();
        assertThat(Identifiers.isValidEan("579000275059")).isFalse();
    }

    @Test
    void completedCvrIsValidOrAbsent() {
        int completed = 0;
        for (int i = 1_000_000; i < 1_000_200; i++) {
            String cvr = Identifiers.completeCvr(Integer.toString(i));
            if (cvr != null) {
                completed++;
                assertThat(Identifiers.isValidCvr(cvr)).as(cvr).isTrue();
            }
        }
        // exactly one residue class of 11 has no check digit
        assertThat(completed).isBetween(170, 190);
    }
}
