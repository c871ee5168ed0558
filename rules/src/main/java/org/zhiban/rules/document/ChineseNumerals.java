package org.zhiban.rules.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 汉字数字 — reading the small Chinese numbers of headings (一、 二十三、) and dates (二〇二六年十一月五日). */
public final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final Pattern DATE = Pattern.compile("([〇○零0OＯ一二三四五六七八九]{4}|\\d{4})年"
            + "([一二三四五六七八九十]{1,2}|\\d{1,2})月([一二三四五六七八九十]{1,3}|\\d{1,2})日");

    private ChineseNumerals() {
    }

    /** The value of 一 … 九十九 (十, 十一, 二十, 二十三), or -1 when the text is not such a number. */
    public static int parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 3) {
            return -1;
        }
        int ten = text.indexOf('十');
        if (ten < 0) {
            return text.length() == 1 ? digit(text.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : (ten == 1 ? digit(text.charAt(0)) : -1);
        int ones = ten == text.length() - 1 ? 0 : (ten == text.length() - 2 ? digit(text.charAt(ten + 1)) : -1);
        return tens < 1 || ones < 0 ? -1 : tens * 10 + ones;
    }

    /** 1 → 一, 11 → 十一, 23 → 二十三 (1–99). */
    public static String format(int value) {
        if (value < 1 || value > 99) {
            return String.valueOf(value);
        }
        int tens = value / 10;
        int ones = value % 10;
        String prefix = tens == 0 ? "" : (tens == 1 ? "十" : DIGITS.charAt(tens) + "十");
        return prefix + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }

    /**
     * 二〇二六年十一月二十四日 → 2026年11月24日, or {@code null} when the text is not a whole date in characters.
     * The zero may be written 〇, ○, 零, 0 or O, as in the mistakes the rules report.
     */
    public static String toArabicDate(String text) {
        Matcher matcher = DATE.matcher(text.strip());
        if (!matcher.matches()) {
            return null;
        }
        StringBuilder year = new StringBuilder();
        for (char c : matcher.group(1).toCharArray()) {
            year.append(Character.isDigit(c) && c < 128 ? c - '0' : Math.max(digit(c), 0));
        }
        int month = number(matcher.group(2));
        int day = number(matcher.group(3));
        return month < 1 || day < 1 ? null : year + "年" + month + "月" + day + "日";
    }

    private static int number(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9') ? Integer.parseInt(text) : parse(text);
    }

    private static int digit(char c) {
        if (c == '○' || c == '零' || c == '0' || c == 'O' || c == 'Ｏ') {
            return 0;
        }
        return DIGITS.indexOf(c);
    }
}
