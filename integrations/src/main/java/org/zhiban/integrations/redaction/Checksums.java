package org.zhiban.integrations.redaction;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The check digits that tell a real 身份证号, bank card or 统一社会信用代码 from any long number. */
final class Checksums {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    /** GB 32100-2015 alphabet: digits and capitals without I, O, Z, S, V. */
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Checksums() {
    }

    /** GB 11643-1999: 17 digits, an ISO 7064 MOD 11-2 check character, a real birth date. */
    static boolean idNumber18(String s) {
        if (s.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(s.charAt(17)) == ID_CHECK.charAt(sum % 11)
                && date(s.substring(6, 10), s.substring(10, 12), s.substring(12, 14));
    }

    /** The old 15-digit form (before 1999): area, YYMMDD of the 1900s, sequence; no check digit, so the date must hold. */
    static boolean idNumber15(String s) {
        return s.length() == 15 && s.chars().allMatch(Character::isDigit)
                && date("19" + s.substring(6, 8), s.substring(8, 10), s.substring(10, 12));
    }

    /** Luhn (ISO/IEC 7812), over the digits only. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** GB 32100-2015 统一社会信用代码 check character (position 18). */
    static boolean creditCode(String s) {
        if (s.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CODE_ALPHABET.indexOf(s.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * CODE_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return s.charAt(17) == CODE_ALPHABET.charAt(check);
    }

    private static boolean date(String year, String month, String day) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return d.getYear() >= 1900 && !d.isAfter(LocalDate.now());
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }
}
