package eu.os2.platform.payments.internal.model;

import eu.os2.platform.api.money.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Amounts, numbers and dates the way a Danish invoice writes them. */
public final class Danish {

    private static final Locale DA = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DA);

    private Danish() {}

    /** @return e.g. {@code 25.000,00 kr.} */
    public static String kroner(Money amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(DA));
        return format.format(amount.toBigDecimal()) + " kr.";
    }

    /** @return e.g. {@code 48.602} */
    public static String number(long value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(DA)).format(value);
    }

    /** @return e.g. {@code 103,2} */
    public static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** @return e.g. {@code 2. juli 2026} */
    public static String date(LocalDate date) {
        return date.format(DATE);
    }
}
