package org.zhiban.rules.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds 小写 and 大写 amounts and the pairs stated together. */
final class Amounts {

    /** ¥1,200,000.00 / 1200000元 / 120万元 / ￥5,000: a currency sign, or 元/万元 after the number. */
    private static final Pattern FIGURES = Pattern.compile(
            "([¥￥][ \\u3000]*)?(\\d{1,3}(?:[,，]\\d{3})+|\\d+)(\\.\\d{1,4})?[ \\u3000]*(万元|元)?");

    /** What may stand between the 大写 and 小写 of one sum: brackets, labels, a colon. */
    private static final Pattern PAIR_GAP = Pattern.compile(
            "[\\s（）()【】\\[\\]:：,，、/]*(?:(?:即|计|为|小写|大写|人民币|RMB|金额|元整)[\\s（）()【】\\[\\]:：,，、/]*){0,4}");
    private static final int MAX_GAP = 16;

    private Amounts() {
    }

    static List<Amount> find(String text, IntFunction<String> clauseAt) {
        List<Amount> amounts = new ArrayList<>();
        Matcher capitals = CapitalAmounts.CAPITALS.matcher(text);
        while (capitals.find()) {
            BigDecimal value = CapitalAmounts.parse(capitals.group());
            if (value != null) {
                amounts.add(new Amount(value, Amount.Form.CAPITALS, capitals.group(), capitals.start(),
                        capitals.end(), clauseAt.apply(capitals.start())));
            }
        }
        Matcher figures = FIGURES.matcher(text);
        while (figures.find()) {
            boolean sign = figures.group(1) != null;
            String unit = figures.group(4);
            int end = figures.end();
            while (end > figures.start() && Line.isSpace(text.charAt(end - 1))) {
                end--;
            }
            if (!sign && unit == null || !standsAlone(text, figures.start(), end)) {
                continue;
            }
            BigDecimal value = new BigDecimal(figures.group(2).replaceAll("[,，]", "")
                    + (figures.group(3) == null ? "" : figures.group(3)));
            if ("万元".equals(unit)) {
                value = value.movePointRight(4);
            }
            amounts.add(new Amount(value.setScale(2, java.math.RoundingMode.HALF_UP), Amount.Form.FIGURES,
                    text.substring(figures.start(), end), figures.start(), end, clauseAt.apply(figures.start())));
        }
        amounts.sort(java.util.Comparator.comparingInt(Amount::start));
        return amounts;
    }

    /** Not part of a longer number, a date (2026.3), a percentage or a unit rate. */
    private static boolean standsAlone(String text, int start, int end) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (Character.isDigit(before) || before == '.' || before == '-' || before == '/') {
                return false;
            }
        }
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        if (after < text.length()) {
            char next = text.charAt(after);
            return next != '%' && next != '％' && next != '‰' && next != '.' && !Character.isDigit(next);
        }
        return true;
    }

    /** 大写 and 小写 next to each other, in either order, with only brackets and labels between them. */
    static List<AmountPair> pairs(String text, List<Amount> amounts) {
        List<AmountPair> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < amounts.size(); i++) {
            Amount a = amounts.get(i);
            Amount b = amounts.get(i + 1);
            if (a.form() == b.form() || b.start() < a.end()) {
                continue;
            }
            String gap = text.substring(a.end(), b.start());
            if (gap.length() <= MAX_GAP && PAIR_GAP.matcher(gap).matches()) {
                pairs.add(a.form() == Amount.Form.CAPITALS ? new AmountPair(a, b) : new AmountPair(b, a));
                i++;
            }
        }
        return pairs;
    }
}
