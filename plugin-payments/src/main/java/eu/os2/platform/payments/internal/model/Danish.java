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
        // written from the whole øre: an invoice run writes this for every line, and a DecimalFormat
        // per call was a tenth of the run's time
        long ore = amount.ore();
        String kroner = Long.toString(Math.abs(ore / 100));
        StringBuilder text = new StringBuilder(kroner.length() + 12);
        if (ore < 0) {
            text.append('-');
        }
        for (int i = 0; i < kroner.length(); i++) {
            if (i > 0 && (kroner.length() - i) % 3 == 0) {
                text.append('.');
            }
            text.append(kroner.charAt(i));
        }
        long cents = Math.abs(ore % 100);
        return text.append(',')
                .append(cents < 10 ? "0" : "")
                .append(cents)
                .append(" kr.")
                .toString();
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
