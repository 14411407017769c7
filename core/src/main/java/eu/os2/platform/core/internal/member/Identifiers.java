package eu.os2.platform.core.internal.member;

/** Check digits of the Danish CVR number and of GS1 location numbers (EAN/GLN). */
public final class Identifiers {

    private static final int[] CVR_WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    private Identifiers() {}

    /** @return whether {@code cvr} is 8 digits, not starting with 0, whose weighted sum is divisible by 11 */
    public static boolean isValidCvr(String cvr) {
        if (cvr == null || !cvr.matches("[1-9][0-9]{7}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (cvr.charAt(i) - '0') * CVR_WEIGHTS[i];
        }
        return sum % 11 == 0;
    }

    /** @return whether {@code ean} is 13 digits with a correct GS1 check digit */
    public static boolean isValidEan(String ean) {
        if (ean == null || !ean.matches("[0-9]{13}")) {
            return false;
        }
        return gs1CheckDigit(ean.substring(0, 12)) == ean.charAt(12) - '0';
    }

    /** @return the GS1 check digit for the 12 leading digits of a GLN/EAN-13 */
    public static int gs1CheckDigit(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < twelveDigits.length(); i++) {
            int digit = twelveDigits.charAt(i) - '0';
            sum += (i % 2 == 0) ? digit : digit * 3;
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * Completes 7 leading digits to a valid CVR, if any last digit makes the sum divisible by 11.
     *
     * @return the CVR, or {@code null} when no last digit works for these 7 digits
     */
    public static String completeCvr(String sevenDigits) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (sevenDigits.charAt(i) - '0') * CVR_WEIGHTS[i];
        }
        int last = (11 - sum % 11) % 11;
        return last > 9 ? null : sevenDigits + last;
    }
}
