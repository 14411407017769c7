package eu.os2.platform.onboarding.internal.model;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The two half-yearly assessment rounds and their deadlines.
 *
 * @param first the deadline of the first half-year's round
 * @param second the deadline of the second half-year's round
 */
public record Rounds(MonthDay first, MonthDay second) {

    /** @return the half-year round the date is in, e.g. {@code 2026-2} */
    public static String round(LocalDate date) {
        return date.getYear() + "-" + (date.getMonthValue() <= 6 ? 1 : 2);
    }

    /** @return whether the text names a round, e.g. {@code 2026-1} */
    public static boolean valid(String round) {
        return round != null && round.matches("20\\d\\d-[12]");
    }

    /** @return the day the round opens: 1 January or 1 July */
    public static LocalDate opens(String round) {
        int year = Integer.parseInt(round.substring(0, 4));
        return LocalDate.of(year, round.endsWith("-1") ? 1 : 7, 1);
    }

    /** @return the round after this one */
    public static String next(String round) {
        return round(opens(round).plusMonths(6));
    }

    /** @return the deadline of the round */
    public LocalDate deadline(String round) {
        int year = Integer.parseInt(round.substring(0, 4));
        return (round.endsWith("-1") ? first : second).atYear(year);
    }
}
