package eu.os2.platform.payments.internal.documents;

import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.payments.internal.model.Danish;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Amounts, dates and rates in a reader's language: Danish as a Danish invoice writes them
 * ({@code 1.234,50 kr.}, {@code 2. juli 2026}), English as {@code DKK 1,234.50}, {@code 2 July 2026}.
 * Amounts come from {@link Money}'s øre, never through a float.
 */
public final class Formats {

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Formats() {}

    /** @return e.g. {@code 1.234,50 kr.} or {@code DKK 1,234.50} */
    public static String money(Money amount, Language language) {
        if (language == Language.DA) {
            return Danish.kroner(amount);
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        String number = format.format(amount.toBigDecimal().abs());
        return (amount.isNegative() ? "-" : "") + "DKK " + number;
    }

    /** @return e.g. {@code 2. juli 2026} or {@code 2 July 2026} */
    public static String date(LocalDate date, Language language) {
        return language == Language.DA ? Danish.date(date) : date.format(ENGLISH_DATE);
    }

    /** @return e.g. {@code 25 %} or {@code 25%} */
    public static String percent(BigDecimal rate, Language language) {
        return language == Language.DA
                ? Danish.decimal(rate) + " %"
                : rate.stripTrailingZeros().toPlainString() + "%";
    }
}
