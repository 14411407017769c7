package eu.os2.platform.initiatives.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.initiative.InitiativeStatus;
import eu.os2.platform.api.initiative.TrafficLight;
import eu.os2.platform.initiatives.internal.InitiativesConfig;
import org.junit.jupiter.api.Test;

class StatusCatalogueTest {

    @Test
    void theDefaultsAreTheFiveStatusesInOrder() {
        assertThat(StatusCatalogue.defaults().all())
                .extracting(InitiativeStatus::id)
                .containsExactly("completed", "in-progress", "planned", "at-risk", "paused");
        assertThat(StatusCatalogue.defaults().find("completed"))
                .contains(new InitiativeStatus("completed", "Gennemført", "Completed", TrafficLight.GREEN, 100, true));
    }

    @Test
    void theMetatypeDefaultIsTheSameAsTheCatalogueDefault() throws Exception {
        Object metatypeDefault = InitiativesConfig.class.getMethod("statuses").getDefaultValue();
        assertThat((String[]) metatypeDefault).containsExactly(StatusCatalogue.DEFAULTS);
    }

    @Test
    void aStatusCanBeAdded() {
        StatusCatalogue catalogue = StatusCatalogue.parse("blocked | Blokeret | Blocked | red | 10 | false");
        assertThat(catalogue.find("blocked"))
                .contains(new InitiativeStatus("blocked", "Blokeret", "Blocked", TrafficLight.RED, 10, false));
    }

    @Test
    void aStatusNoLongerConfiguredStaysReadableAsGrey() {
        InitiativeStatus unknown = StatusCatalogue.defaults().getOrUnknown("cancelled");
        assertThat(unknown.light()).isEqualTo(TrafficLight.GREY);
        assertThat(unknown.done()).isFalse();
        assertThat(StatusCatalogue.defaults().contains("cancelled")).isFalse();
    }

    @Test
    void badEntriesAreNamed() {
        assertThatThrownBy(() -> StatusCatalogue.parse()).hasMessageContaining("at least one");
        assertThatThrownBy(() -> StatusCatalogue.parse("x|a|b|GREEN|0")).hasMessageContaining("id|Danish name");
        assertThatThrownBy(() -> StatusCatalogue.parse("X|a|b|GREEN|0|false")).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> StatusCatalogue.parse("x||b|GREEN|0|false")).hasMessageContaining("names");
        assertThatThrownBy(() -> StatusCatalogue.parse("x|a|b|BLUE|0|false")).hasMessageContaining("colour");
        assertThatThrownBy(() -> StatusCatalogue.parse("x|a|b|GREEN|101|false")).hasMessageContaining("0-100");
        assertThatThrownBy(() -> StatusCatalogue.parse("x|a|b|GREEN|ten|false")).hasMessageContaining("0-100");
        assertThatThrownBy(() -> StatusCatalogue.parse("x|a|b|GREEN|0|yes")).hasMessageContaining("true or false");
        assertThatThrownBy(() -> StatusCatalogue.parse("x|a|b|GREEN|90|true")).hasMessageContaining("done status");
        assertThatThrownBy(() -> StatusCatalogue.parse("x|a|b|GREEN|0|false", "x|c|d|RED|0|false"))
                .hasMessageContaining("twice");
    }
}
