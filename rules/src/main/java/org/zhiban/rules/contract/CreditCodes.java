package org.zhiban.rules.contract;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0–9 and the capitals without I, O, Z, S, V; the last one
 * a check character, 31 − (Σ value(cᵢ)·3ⁱ mod 31) mod 31 over the first 17, whose weights are
 * 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28.
 */
public final class CreditCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    /** Whether the code is well formed and its check character right. */
    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        Character expected = checkCharacter(code.substring(0, 17));
        return expected != null && expected == code.charAt(17);
    }

    /** The check character for the first 17 characters, or {@code null} when one is outside the alphabet. */
    public static Character checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            return null;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                return null;
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }
}
