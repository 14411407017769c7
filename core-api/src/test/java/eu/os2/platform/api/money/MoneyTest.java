package eu.os2.platform.api.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void readsAndWritesTheApiForm() {
        assertThat(Money.parse("25000").toString()).isEqualTo("25000.00");
        assertThat(Money.parse("25000.5")).isEqualTo(new Money(2_500_050));
        assertThat(Money.parse("-0.05").toString()).isEqualTo("-0.05");
        assertThat(Money.kroner(25_000).toBigDecimal()).isEqualByComparingTo("25000");
        for (String bad : new String[] {"25.000,00", "1e3", "0.001", " 1", "", "12.", ".5", "+1", "1,5"}) {
            assertThatThrownBy(() -> Money.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Money.of(new BigDecimal("0.005"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void roundsOnceHalfUpAwayFromZero() {
        assertThat(Money.kroner(34_880).times(1, 3)).isEqualTo(Money.parse("11626.67"));
        assertThat(new Money(1).times(new BigDecimal("0.5"))).isEqualTo(new Money(1));
        assertThat(new Money(-1).times(new BigDecimal("0.5"))).isEqualTo(new Money(-1));
        assertThat(new Money(1).times(new BigDecimal("0.49"))).isEqualTo(Money.ZERO);
        // 25,000 × 106.17 / (100 × 2) = 13,271.25 exactly, no intermediate rounding
        assertThat(Money.kroner(25_000).times(new BigDecimal("106.17"), new BigDecimal("200")))
                .isEqualTo(Money.parse("13271.25"));
        assertThatThrownBy(() -> Money.kroner(1).times(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void splitsWithoutLosingAnOre() {
        Money[] thirds = Money.kroner(100).split(1, 1, 1);
        assertThat(thirds).containsExactly(new Money(3_334), new Money(3_333), new Money(3_333));
        assertThat(Arrays.stream(new Money(-100).split(1, 1, 1))
                        .mapToLong(Money::ore)
                        .sum())
                .isEqualTo(-100);
        assertThat(new Money(7).split(0, 5, 0)).containsExactly(Money.ZERO, new Money(7), Money.ZERO);
        assertThatThrownBy(() -> Money.kroner(1).split()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.kroner(1).split(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.kroner(1).split(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arithmeticIsExactAndOverflowIsAnError() {
        assertThat(Money.parse("0.10").plus(Money.parse("0.20"))).isEqualTo(Money.parse("0.30"));
        assertThat(Money.kroner(5).minus(Money.kroner(7)).isNegative()).isTrue();
        assertThatThrownBy(() -> new Money(Long.MAX_VALUE).plus(new Money(1))).isInstanceOf(ArithmeticException.class);
        assertThat(Money.kroner(2).compareTo(Money.kroner(1))).isPositive();
    }
}
