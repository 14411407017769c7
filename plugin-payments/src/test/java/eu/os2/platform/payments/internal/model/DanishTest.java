package eu.os2.platform.payments.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.money.Money;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DanishTest {

    @Test
    void kronerAreWrittenTheDanishWay() {
        assertThat(Danish.kroner(new Money(0))).isEqualTo("0,00 kr.");
        assertThat(Danish.kroner(new Money(5))).isEqualTo("0,05 kr.");
        assertThat(Danish.kroner(new Money(-5))).isEqualTo("-0,05 kr.");
        assertThat(Danish.kroner(new Money(99_999))).isEqualTo("999,99 kr.");
        assertThat(Danish.kroner(new Money(100_000))).isEqualTo("1.000,00 kr.");
        assertThat(Danish.kroner(Money.kroner(25_000))).isEqualTo("25.000,00 kr.");
        assertThat(Danish.kroner(new Money(-123_456_789_01L))).isEqualTo("-123.456.789,01 kr.");
    }

    @Test
    void kronerAgreeWithTheDanishNumberFormatForAnyAmount() {
        DecimalFormat format =
                new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("da-DK")));
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 20_000; i++) {
            long ore = random.nextLong(-10_000_000_000L, 10_000_000_000L) / (1L << random.nextInt(34));
            Money amount = new Money(ore);
            assertThat(Danish.kroner(amount))
                    .as("%d øre", ore)
                    .isEqualTo(format.format(amount.toBigDecimal()) + " kr.");
        }
    }
}
