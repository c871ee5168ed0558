package org.zhiban.document.writing;

/** 一、二、…九十九: the numerals of 公文 headings, and back. */
final class ChineseNumbers {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumbers() {
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五; up to 99, which no list of 事项 reaches. */
    static String of(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("heading numbers run from 1 to 99, not " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十"
                + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }

    /**
     * The value of 一 … 九十九, and of digit-by-digit years (二〇二六, also with ○ or 零); -1 when it is not one.
     */
    static int value(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        String t = text.replace('○', '〇').replace('零', '〇');
        int ten = t.indexOf('十');
        if (ten < 0) {
            int v = 0;
            for (char c : t.toCharArray()) {
                int d = DIGITS.indexOf(c);
                if (d < 0) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }
        int tens = ten == 0 ? 1 : digit(t.substring(0, ten));
        int ones = ten == t.length() - 1 ? 0 : digit(t.substring(ten + 1));
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }

    private static int digit(String s) {
        return s.length() == 1 && DIGITS.indexOf(s.charAt(0)) > 0 ? DIGITS.indexOf(s.charAt(0)) : -1;
    }
}
