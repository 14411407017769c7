package eu.os2.platform.web.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import eu.os2.platform.api.money.Money;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Money in the platform's JSON: a string with two decimals both ways, exact, never a number. */
class MoneyJsonTest {

    record Line(String text, Money amount) {}

    @Property(tries = 1000)
    void anAmountRoundTripsExactly(
            @ForAll @LongRange(min = -1_000_000_000_000_000L, max = 1_000_000_000_000_000L) long ore) throws Exception {
        Line line = new Line("x", new Money(ore));
        String json = JsonProvider.MAPPER.writeValueAsString(line);
        assertThat(json).matches("\\{\"text\":\"x\",\"amount\":\"-?\\d+\\.\\d{2}\"\\}");
        assertThat(JsonProvider.MAPPER.readValue(json, Line.class)).isEqualTo(line);
    }

    @Test
    void amountsAreStrings() throws Exception {
        assertThat(JsonProvider.MAPPER.writeValueAsString(List.of(Money.kroner(25_000), Money.parse("-0.5"))))
                .isEqualTo("[\"25000.00\",\"-0.50\"]");
        assertThat(JsonProvider.MAPPER
                        .readValue("{\"text\":\"x\",\"amount\":\"25000\"}", Line.class)
                        .amount())
                .isEqualTo(Money.kroner(25_000));
        assertThat(JsonProvider.MAPPER
                        .readValue("{\"text\":\"x\",\"amount\":null}", Line.class)
                        .amount())
                .isNull();
    }

    @Test
    void aNumberOrAThirdDecimalIsRefused() {
        assertThatThrownBy(() -> JsonProvider.MAPPER.readValue("{\"text\":\"x\",\"amount\":25000.10}", Line.class))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("string with at most two decimals");
        assertThatThrownBy(() -> JsonProvider.MAPPER.readValue("{\"text\":\"x\",\"amount\":\"0.001\"}", Line.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> JsonProvider.MAPPER.readValue("{\"text\":\"x\",\"amount\":\"25.000,00\"}", Line.class))
                .isInstanceOf(JsonProcessingException.class);
    }
}
