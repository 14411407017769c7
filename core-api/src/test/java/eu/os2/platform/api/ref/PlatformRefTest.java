package eu.os2.platform.api.ref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlatformRefTest {

    @Test
    void writtenAndParsedAsTypeColonId() {
        PlatformRef ref = PlatformRef.parse("product:OS2forms");
        assertThat(ref).isEqualTo(new PlatformRef("product", "OS2forms"));
        assertThat(PlatformRef.parse(ref.toString())).isEqualTo(ref);
        assertThat(PlatformRef.of(PlatformRef.INITIATIVE, 12).toString()).isEqualTo("initiative:12");
    }

    @Test
    void aBareWebAddressIsAUrlReference() {
        assertThat(PlatformRef.parse(" https://os2.eu/strategi "))
                .isEqualTo(new PlatformRef("url", "https://os2.eu/strategi"));
        assertThat(PlatformRef.parse("url:https://os2.eu/").id()).isEqualTo("https://os2.eu/");
        // only the first colon separates: ids may contain colons
        assertThat(PlatformRef.parse("decision:GF-2022:4").id()).isEqualTo("GF-2022:4");
    }

    @Test
    void refusesWhatCannotBeReadBack() {
        assertThatThrownBy(() -> PlatformRef.parse("no-colon")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlatformRef.parse(":7")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlatformRef("Product", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlatformRef("product", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlatformRef("product", "a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlatformRef("url", "javascript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlatformRef("product", "x".repeat(501)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
