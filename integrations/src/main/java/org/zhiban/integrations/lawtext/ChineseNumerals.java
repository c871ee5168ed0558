package org.zhiban.integrations.lawtext;

/**
 * 中文数字: converts the numerals statutes use for article, paragraph and item numbers
 * (五十五, 一百零五, 一千二百六十, 两百) and Arabic digits (55) to an int.
 */
public final class ChineseNumerals {

    private ChineseNumerals() {
    }

    /** Characters that may appear in a numeral; used by regular expressions elsewhere. */
    public static final String NUMERAL_CHARS = "零〇一二两三四五六七八九十百千0-9０-９";

    /**
     * Parses a numeral written in Chinese or Arabic digits.
     *
     * @throws IllegalArgumentException if the text is not a numeral
     */
    public static int parse(String numeral) {
        String text = numeral.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty numeral");
        }
        if (isArabic(text)) {
            return Integer.parseInt(toAsciiDigits(text));
        }
        int total = 0;
        int section = 0; // value below 万, which never occurs in statutes but keeps the grammar whole
        int digit = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int value = digitValue(c);
            if (value >= 0) {
                digit = value;
                continue;
            }
            int unit = unitValue(c);
            if (unit < 0) {
                throw new IllegalArgumentException("not a Chinese numeral: " + numeral);
            }
            // "十五" means 15: a unit with no digit before it counts once
            section += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        if (digit > 0) {
            section += digit;
        }
        total += section;
        return total;
    }

    /** Writes an int the way statutes number articles (第一百零五条, 第二十条). */
    public static String toChinese(int value) {
        if (value <= 0 || value >= 10000) {
            throw new IllegalArgumentException("out of range: " + value);
        }
        String digits = "零一二三四五六七八九";
        int thousands = value / 1000;
        int hundreds = value / 100 % 10;
        int tens = value / 10 % 10;
        int ones = value % 10;
        StringBuilder out = new StringBuilder();
        if (thousands > 0) {
            out.append(digits.charAt(thousands)).append('千');
        }
        if (hundreds > 0) {
            out.append(digits.charAt(hundreds)).append('百');
        } else if (thousands > 0 && (tens > 0 || ones > 0)) {
            out.append('零');
        }
        if (tens > 0) {
            // 十 alone for 10-19, but 一百一十 once a higher unit precedes it
            if (tens > 1 || value >= 100) {
                out.append(digits.charAt(tens));
            }
            out.append('十');
        } else if (value >= 100 && ones > 0 && hundreds > 0) {
            out.append('零');
        }
        if (ones > 0) {
            out.append(digits.charAt(ones));
        }
        return out.toString();
    }

    private static boolean isArabic(String text) {
        return text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= '０' && c <= '９'));
    }

    private static String toAsciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return out.toString();
    }

    private static int digitValue(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static int unitValue(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> -1;
        };
    }
}
