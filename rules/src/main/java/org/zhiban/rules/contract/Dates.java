package org.zhiban.rules.contract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zhiban.rules.document.ChineseNumerals;

/** Finds dates (2026年3月1日, 2026-03-01, 2026/3/1, 2026.3.1, 二〇二六年三月一日) and from-to ranges. */
final class Dates {

    private static final Pattern ARABIC = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"
                    + "|(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\5(\\d{1,2})(?![\\d.])");
    private static final Pattern CHINESE = Pattern.compile(
            "[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日");
    private static final Pattern RANGE_GAP = Pattern.compile("\\s*(?:起)?\\s*(?:至|到|—|－|-|~|～|―)+\\s*");

    private Dates() {
    }

    static List<ContractDate> find(String text) {
        List<ContractDate> dates = new ArrayList<>();
        Matcher arabic = ARABIC.matcher(text);
        while (arabic.find()) {
            boolean words = arabic.group(1) != null;
            LocalDate date = date(words ? arabic.group(1) : arabic.group(4), words ? arabic.group(2) : arabic.group(6),
                    words ? arabic.group(3) : arabic.group(7));
            if (date != null) {
                dates.add(new ContractDate(date, arabic.group(), arabic.start(), arabic.end()));
            }
        }
        Matcher chinese = CHINESE.matcher(text);
        while (chinese.find()) {
            String arabicForm = ChineseNumerals.toArabicDate(chinese.group());
            if (arabicForm != null) {
                Matcher m = ARABIC.matcher(arabicForm);
                if (m.matches()) {
                    LocalDate date = date(m.group(1), m.group(2), m.group(3));
                    if (date != null) {
                        dates.add(new ContractDate(date, chinese.group(), chinese.start(), chinese.end()));
                    }
                }
            }
        }
        dates.sort(java.util.Comparator.comparingInt(ContractDate::start));
        return dates;
    }

    /** The first date in a piece of text, or {@code null}. */
    static ContractDate first(String text, int offset) {
        List<ContractDate> dates = find(text);
        if (dates.isEmpty()) {
            return null;
        }
        ContractDate d = dates.get(0);
        return new ContractDate(d.date(), d.text(), d.start() + offset, d.end() + offset);
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Two dates joined by 至/到/—: "自2026年3月1日起至2027年2月28日止". */
    static List<DateRange> ranges(String text, List<ContractDate> dates) {
        List<DateRange> ranges = new ArrayList<>();
        for (int i = 0; i + 1 < dates.size(); i++) {
            ContractDate from = dates.get(i);
            ContractDate to = dates.get(i + 1);
            if (to.start() >= from.end() && RANGE_GAP.matcher(text.substring(from.end(), to.start())).matches()) {
                ranges.add(new DateRange(from, to));
                i++;
            }
        }
        return ranges;
    }
}
