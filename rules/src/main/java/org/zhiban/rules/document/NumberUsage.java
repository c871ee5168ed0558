package org.zhiban.rules.document;

import java.util.List;
import java.util.regex.Pattern;

/** 数字用法 (GB/T 15835-2011) and the 连接号 of ranges (GB/T 15834-2011 4.13). */
public final class NumberUsage {

    private static final String NUMBER = "\\d+(?:\\.\\d+)?";
    /** 63～68%: the % belongs on both ends of a range. */
    private static final Pattern PERCENT_RANGE = Pattern.compile(
            "(?<![\\d.%％])((" + NUMBER + ")\\s*([～~〜\\-－—至到])\\s*(" + NUMBER + ")[%％])");
    /** 63%-68%: a range of values takes the 浪纹线 ～. */
    private static final Pattern VALUE_RANGE_DASH = Pattern.compile("\\d[%％]\\s*([\\-－–—])\\s*(?=" + NUMBER + "[%％])");
    /** 2011-2015年: a span of time takes the 一字线 —. */
    private static final Pattern YEAR_RANGE_DASH = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}年?\\s*([\\-－–~～〜])\\s*(?:19|20)\\d{2}年");
    /** 26年11月: the year is written in full. */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\d.〔\\[【(（－\\-/])(\\d{2})年(?=(?:[1-9]|1[0-2])月)");
    /** 二0二六年, 二O二六年, 二零二六年: the zero of a year in characters is 〇. */
    private static final Pattern WRONG_ZERO_YEAR = Pattern.compile("(?=[〇○零0OＯ０一二三四五六七八九]{4}年)(?=[^年]*[一二三四五六七八九])(?=[^年]*[零0OＯ０])([〇○零0OＯ０一二三四五六七八九]{4})年");
    private static final Pattern FULL_WIDTH_DIGITS = Pattern.compile("([０-９]+)");

    private NumberUsage() {
    }

    public static List<TextMatch> percentRange(String text) {
        return Texts.find(PERCENT_RANGE, text, m -> {
            String connector = m.group(3).equals("至") || m.group(3).equals("到") ? m.group(3) : "～";
            String percent = m.group(1).substring(m.group(1).length() - 1);
            return m.group(2) + percent + connector + m.group(4) + percent;
        });
    }

    public static List<TextMatch> valueRangeDash(String text) {
        return Texts.find(VALUE_RANGE_DASH, text, m -> "～");
    }

    public static List<TextMatch> yearRangeDash(String text) {
        return Texts.find(YEAR_RANGE_DASH, text, m -> "—");
    }

    public static List<TextMatch> shortYear(String text) {
        return Texts.find(SHORT_YEAR, text, m -> (Integer.parseInt(m.group(1)) <= 50 ? "20" : "19") + m.group(1));
    }

    public static List<TextMatch> wrongZeroInYear(String text) {
        return Texts.find(WRONG_ZERO_YEAR, text, m -> m.group(1).replaceAll("[零0OＯ０]", "〇"));
    }

    public static List<TextMatch> fullWidthDigits(String text) {
        return Texts.find(FULL_WIDTH_DIGITS, text, m -> {
            StringBuilder half = new StringBuilder();
            m.group(1).chars().forEach(c -> half.append((char) (c - '０' + '0')));
            return half.toString();
        });
    }
}
