package org.zhiban.rules.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds lengths of time: 30日, 30天, 三十日, 十五个工作日, 12个月, 2年, 3周. Dates are not periods. */
final class Periods {

    private static final Pattern PERIOD = Pattern.compile(
            "(\\d{1,4}|[零〇两一二三四五六七八九十百千]{1,6})\\s*(个)?\\s*(工作日|日历天|日历日|自然日|日|天|月|年|周|星期)");

    private Periods() {
    }

    /** Every period in the text; offsets are relative to the text plus {@code offset}. */
    static List<Period> find(String text, int offset, List<ContractDate> dates) {
        List<Period> periods = new ArrayList<>();
        Matcher m = PERIOD.matcher(text);
        while (m.find()) {
            int start = m.start() + offset;
            int end = m.end() + offset;
            if (insideDate(start, end, dates) || !acceptable(text, m)) {
                continue;
            }
            long value = ChineseNumbers.integer(m.group(1));
            if (value <= 0 || value > 9999) {
                continue;
            }
            periods.add(new Period((int) value, unit(m.group(3)), m.group(), start, end));
        }
        return periods;
    }

    static List<Period> find(String text) {
        return find(text, 0, Dates.find(text));
    }

    private static boolean acceptable(String text, Matcher m) {
        String unit = m.group(3);
        boolean ge = m.group(2) != null;
        if (m.start() > 0) {
            char before = text.charAt(m.start() - 1);
            if (Character.isDigit(before) || before == '.' || before == '第' && !unit.equals("日") && !unit.equals("天")) {
                return false;
            }
        }
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 4));
        return switch (unit) {
            // 3月 is March; only 3个月 is a period
            case "月" -> ge;
            // 2026年3月 is a date; 2年 is a period
            case "年" -> !ge && m.group(1).length() < 4 && !after.matches("^\\s*[\\d一二三四五六七八九十〇]+\\s*月.*")
                    && !after.startsWith("度");
            case "日", "天" -> !ge && !after.startsWith("历") && !after.startsWith("常");
            default -> true;
        };
    }

    private static boolean insideDate(int start, int end, List<ContractDate> dates) {
        for (ContractDate date : dates) {
            if (start < date.end() && end > date.start()) {
                return true;
            }
        }
        return false;
    }

    private static PeriodUnit unit(String word) {
        return switch (word) {
            case "工作日" -> PeriodUnit.WORKING_DAY;
            case "月" -> PeriodUnit.MONTH;
            case "年" -> PeriodUnit.YEAR;
            case "周", "星期" -> PeriodUnit.WEEK;
            default -> PeriodUnit.DAY;
        };
    }

    /** Whether two periods say the same length (12个月 = 1年; 12个月 ≈ 365日 within a day a month). */
    static boolean equivalent(Period a, Period b) {
        if (a.unit() == b.unit()) {
            return a.value() == b.value();
        }
        if (a.unit() == PeriodUnit.WORKING_DAY || b.unit() == PeriodUnit.WORKING_DAY) {
            return false;
        }
        int months = Math.max(1, Math.min(a.calendarDays(), b.calendarDays()) / 30);
        return Math.abs(months(a) - months(b)) < 1e-9
                || Math.abs(a.calendarDays() - b.calendarDays()) <= Math.max(1, months);
    }

    private static double months(Period p) {
        return switch (p.unit()) {
            case MONTH -> p.value();
            case YEAR -> p.value() * 12.0;
            default -> -1000 - p.calendarDays();
        };
    }
}
