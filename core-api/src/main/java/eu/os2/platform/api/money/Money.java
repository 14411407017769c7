package eu.os2.platform.api.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An amount of Danish kroner, exact to the øre. Immutable; equal when the øre are equal.
 *
 * <p>The only rounding the platform does happens in {@link #times(BigDecimal)}: the exact product
 * is rounded half up to whole øre. Everything else (sums, differences, {@link #split(long...)}) is
 * exact.
 *
 * @param ore the amount in øre (1 krone = 100 øre); negative for a credit
 * @since 0.1.0
 */
public record Money(long ore) implements Comparable<Money> {

    /** Nothing. */
    public static final Money ZERO = new Money(0);

    private static final Pattern TEXT = Pattern.compile("-?\\d{1,15}(\\.\\d{1,2})?");

    /** @return whole kroner as money, e.g. {@code kroner(25_000)} */
    public static Money kroner(long kroner) {
        return new Money(Math.multiplyExact(kroner, 100));
    }

    /**
     * Reads an amount as the API writes it: digits, optionally a point and one or two decimals,
     * optionally a leading minus ({@code "25000"}, {@code "25000.5"}, {@code "-120.00"}).
     *
     * @param text the amount
     * @return the money
     * @throws IllegalArgumentException if the text is not such an amount (e.g. three decimals,
     *     a comma, an exponent, thousands separators)
     */
    public static Money parse(String text) {
        if (text == null || !TEXT.matcher(text).matches()) {
            throw new IllegalArgumentException("not an amount in kroner with at most two decimals: " + text);
        }
        return of(new BigDecimal(text));
    }

    /**
     * @param kroner an amount in kroner with at most two decimals
     * @return the money
     * @throws ArithmeticException if the amount has more than two decimals or is too large
     */
    public static Money of(BigDecimal kroner) {
        return new Money(
                kroner.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact());
    }

    /** @return the sum */
    public Money plus(Money other) {
        return new Money(Math.addExact(ore, other.ore));
    }

    /** @return the difference */
    public Money minus(Money other) {
        return new Money(Math.subtractExact(ore, other.ore));
    }

    /** @return the amount with the opposite sign */
    public Money negate() {
        return new Money(Math.negateExact(ore));
    }

    /**
     * The platform's one rounding rule: the exact product, rounded half up (away from zero at
     * exactly half an øre) to whole øre.
     *
     * @param factor any factor, e.g. an index ratio or a percentage as a fraction
     * @return the rounded product
     */
    public Money times(BigDecimal factor) {
        return new Money(BigDecimal.valueOf(ore)
                .multiply(factor)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    /** {@code this × numerator / denominator}, computed exactly and rounded once, half up; see {@link #times(BigDecimal, BigDecimal)}. */
    public Money times(long numerator, long denominator) {
        return times(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /**
     * {@code this × numerator / denominator}, computed exactly and rounded once, half up: the way to
     * apply a ratio that has no finite decimal expansion (an index ratio, a third) without rounding
     * twice.
     *
     * @throws IllegalArgumentException if {@code denominator} is not positive
     */
    public Money times(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
        return new Money(BigDecimal.valueOf(ore)
                .multiply(numerator)
                .divide(denominator, 0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    /**
     * Splits this amount in proportion to the weights without losing or creating an øre: each part
     * gets its rounded-down share, and the øre left over go one at a time to the parts with the
     * largest remainders (the earliest part first on a tie). The parts always add up to this amount.
     *
     * @param weights one non-negative weight per part, not all zero
     * @return the parts, in the order of the weights
     * @throws IllegalArgumentException for no weights, a negative weight, or only zero weights
     */
    public Money[] split(long... weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("at least one weight is needed");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("weights must not be negative: " + w);
            }
            total = total.add(BigDecimal.valueOf(w));
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
        long sign = ore < 0 ? -1 : 1;
        BigDecimal amount = BigDecimal.valueOf(Math.abs(ore));
        long[] parts = new long[weights.length];
        BigDecimal[] remainders = new BigDecimal[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            BigDecimal[] qr = amount.multiply(BigDecimal.valueOf(weights[i])).divideAndRemainder(total);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += parts[i];
        }
        long left = Math.abs(ore) - given;
        while (left > 0) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (remainders[i] != null && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = null;
            left--;
        }
        Money[] result = new Money[weights.length];
        for (int i = 0; i < weights.length; i++) {
            result[i] = new Money(sign * parts[i]);
        }
        return result;
    }

    /** @return whether the amount is below zero */
    public boolean isNegative() {
        return ore < 0;
    }

    /** @return whether the amount is zero */
    public boolean isZero() {
        return ore == 0;
    }

    /** @return the amount in kroner, scale 2 */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(ore, 2);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(ore, other.ore);
    }

    /** @return the amount as the API writes it, e.g. {@code "25000.00"} or {@code "-0.50"} */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
