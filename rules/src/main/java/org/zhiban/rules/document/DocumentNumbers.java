package org.zhiban.rules.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 发文字号 helpers: 发文机关代字〔年份〕序号号 (GB/T 9704-2012 7.2.5). */
public final class DocumentNumbers {

    private static final String OPEN = "[\\[【(（［{〔]";
    private static final String CLOSE = "[\\]】)）］}〕]";
    private static final Pattern BRACKETED_YEAR = Pattern.compile("(" + OPEN + "(\\d+)" + CLOSE + ")");
    private static final Pattern SHORT_YEAR = Pattern.compile(OPEN + "(\\d{1,3}|\\d{5,})" + CLOSE);
    private static final Pattern ORDINAL = Pattern.compile(CLOSE + "\\s*(第)");
    private static final Pattern PADDED = Pattern.compile(CLOSE + "\\s*第?(0\\d*)号");
    private static final Pattern NO_HAO = Pattern.compile(CLOSE + "\\s*第?(\\d+)\\s*$");
    private static final Pattern WHITESPACE = Pattern.compile("(\\s+)");
    private static final Pattern WELL_FORMED = Pattern.compile("\\p{IsHan}+〔\\d{4}〕[1-9]\\d*号");
    private static final Pattern ORDER_NUMBER = Pattern.compile("第[1-9]\\d*号");
    private static final Pattern YEAR = Pattern.compile(OPEN + "(\\d{4})" + CLOSE);

    private DocumentNumbers() {
    }

    /** The bracketed year where either bracket is not 〔 〕, with the year in 〔〕 as the suggestion. */
    public static List<TextMatch> wrongBrackets(String number) {
        return Texts.find(BRACKETED_YEAR, number, m -> "〔" + m.group(2) + "〕").stream()
                .filter(match -> !(match.text().startsWith("〔") && match.text().endsWith("〕")))
                .toList();
    }

    public static List<TextMatch> abbreviatedYear(String number) {
        return Texts.find(SHORT_YEAR, number, m -> m.group(1).length() == 2 ? "20" + m.group(1) : null);
    }

    public static List<TextMatch> ordinal(String number) {
        return Texts.find(ORDINAL, number, m -> "");
    }

    public static List<TextMatch> zeroPadding(String number) {
        return Texts.find(PADDED, number, m -> {
            String stripped = m.group(1).replaceFirst("^0+", "");
            return stripped.isEmpty() ? null : stripped;
        });
    }

    public static List<TextMatch> missingHao(String number) {
        return Texts.find(NO_HAO, number, m -> m.group(1) + "号");
    }

    public static List<TextMatch> whitespace(String number) {
        return Texts.find(WHITESPACE, number, m -> "");
    }

    /** 令号 of a 命令（令）: 第12号 (GB/T 9704-2012 10.2). */
    public static boolean orderNumber(String number) {
        return ORDER_NUMBER.matcher(number.strip()).matches();
    }

    public static boolean wellFormed(String number) {
        return WELL_FORMED.matcher(number).matches();
    }

    /** The four-digit year of the number, or -1. */
    public static int year(String number) {
        Matcher matcher = YEAR.matcher(number == null ? "" : number);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    /** Where the year sits, for a finding about it. */
    public static List<TextMatch> yearSpan(String number, String suggestion) {
        return Texts.find(YEAR, number, m -> suggestion);
    }
}
