package org.zhiban.rules.contract;

import java.math.BigDecimal;

/**
 * 中文数字 of any size, in either script: 三十、一百八十、两千零五 and 壹佰贰拾万、壹亿零伍佰万. The document package's
 * {@code ChineseNumerals} reads only 一 … 九十九 (headings and dates), so contract amounts need this one.
 */
final class ChineseNumbers {

    /** Every character {@link #integer} reads, for patterns. */
    static final String CHARS = "零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟";

    private static final String SMALL = "零一二三四五六七八九";
    private static final String CAPITAL = "零壹贰叁肆伍陆柒捌玖";
    private static final long WAN = 10_000L;
    private static final long YI = 100_000_000L;

    private ChineseNumbers() {
    }

    /** 0–9 for a digit character (Arabic, 〇, 两, small or capital), else -1. */
    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c == '〇' || c == '○') {
            return 0;
        }
        if (c == '两' || c == '俩') {
            return 2;
        }
        int small = SMALL.indexOf(c);
        return small >= 0 ? small : CAPITAL.indexOf(c);
    }

    private static int unit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            default -> 0;
        };
    }

    /**
     * The value of a whole number written in Arabic digits or Chinese numerals, or -1 when the text is not one.
     * Digits without units read positionally (二〇二六 → 2026).
     */
    static long integer(String text) {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return text.length() > 18 ? -1 : Long.parseLong(text);
        }
        if (text.chars().allMatch(c -> digit((char) c) >= 0)) {
            long value = 0;
            for (char c : text.toCharArray()) {
                value = value * 10 + digit(c);
            }
            return value;
        }
        long total = 0;
        long belowYi = 0;
        long section = 0;
        long pending = -1;
        for (char c : text.toCharArray()) {
            int d = digit(c);
            int u = unit(c);
            if (d >= 0) {
                pending = d;
            } else if (u > 0) {
                section += (pending < 0 ? 1 : pending) * u;
                pending = -1;
            } else if (c == '万') {
                belowYi += (section + Math.max(pending, 0)) * WAN;
                section = 0;
                pending = -1;
            } else if (c == '亿') {
                total += (belowYi + section + Math.max(pending, 0)) * YI;
                belowYi = 0;
                section = 0;
                pending = -1;
            } else {
                return -1;
            }
        }
        return total + belowYi + section + Math.max(pending, 0);
    }

    /** A number with an optional fraction: 五, 零点五, 0.5, 十二点五; {@code null} when not one. */
    static BigDecimal decimal(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.matches("\\d+(\\.\\d+)?")) {
            return new BigDecimal(text);
        }
        int point = text.indexOf('点');
        String whole = point < 0 ? text : text.substring(0, point);
        long integer = whole.isEmpty() ? 0 : integer(whole);
        if (integer < 0) {
            return null;
        }
        if (point < 0) {
            return BigDecimal.valueOf(integer);
        }
        StringBuilder fraction = new StringBuilder();
        for (char c : text.substring(point + 1).toCharArray()) {
            int d = digit(c);
            if (d < 0) {
                return null;
            }
            fraction.append(d);
        }
        return fraction.length() == 0 ? BigDecimal.valueOf(integer) : new BigDecimal(integer + "." + fraction);
    }
}
