package eu.os2.platform.onboarding.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.user.AccessDeniedException;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The onboarding services' refusals come out in the language the request asks for. */
class ProblemTextsTest {

    @Test
    void aRefusalIsDanishUnlessEnglishIsPreferred() {
        assertThat(ProblemTexts.text("the board decides levels 2 and 3", "da"))
                .isEqualTo("Bestyrelsen beslutter niveau 2 og 3.");
        assertThat(ProblemTexts.text("the board decides levels 2 and 3", null))
                .isEqualTo("Bestyrelsen beslutter niveau 2 og 3.");
        assertThat(ProblemTexts.text("the board decides levels 2 and 3", "en-GB,en;q=0.9"))
                .isEqualTo("the board decides levels 2 and 3");
        assertThat(ProblemTexts.text("no product 12", "da")).isEqualTo("Produktet med nummer 12 findes ikke.");
    }

    @Test
    void everyRefusalHasADanishText() {
        ProblemTexts.DANISH.forEach((english, danish) -> {
            assertThat(danish).isNotBlank().isNotEqualTo(english);
        });
    }

    @Test
    void aCallsRefusalIsRethrownInTheRequestsLanguage() {
        assertThatThrownBy(() -> ProblemTexts.localized("da", () -> {
                    throw new AccessDeniedException("only the secretariat changes a product's owners");
                }))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Kun sekretariatet ændrer et produkts ejere.");
        assertThatThrownBy(() -> ProblemTexts.localized("da", () -> {
                    throw new NoSuchElementException("no assessment 3");
                }))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("Vurderingen med nummer 3 findes ikke.");
        assertThat(ProblemTexts.localized("en", () -> 7)).isEqualTo(7);
    }
}
