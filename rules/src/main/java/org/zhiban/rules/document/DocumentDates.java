package org.zhiban.rules.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 成文日期 helpers: XXXX年X月X日 in Arabic digits (GB/T 9704-2012 7.3.5.4). */
public final class DocumentDates {

    private static final Pattern WELL_FORMED = Pattern.compile("(\\d{4})年([1-9]|1[0-2])月([1-9]|[12]\\d|3[01])日");
    private static final Pattern CHINESE = Pattern.compile("[〇○零一二三四五六七八九十]");
    private static final Pattern PADDED = Pattern.compile("[年月](0\\d)[月日]");
    private static final Pattern INCOMPLETE = Pattern.compile("\\d{4}年(\\d{1,2}月)?|\\d{1,2}月\\d{1,2}日");

    private DocumentDates() {
    }

    public static boolean wellFormed(String date) {
        return WELL_FORMED.matcher(date.strip()).matches();
    }

    public static boolean writtenInCharacters(String date) {
        return CHINESE.matcher(date).find();
    }

    /** 二〇二六年十一月二十四日 → 2026年11月24日; {@code null} when it cannot be read. */
    public static String asArabic(String date) {
        return ChineseNumerals.toArabicDate(date);
    }

    /** Each zero-padded month or day, the number without its zero as the suggestion. */
    public static List<TextMatch> zeroPadded(String date) {
        return Texts.find(PADDED, date, m -> m.group(1).substring(1));
    }

    /** A year, month or day is missing (2026年11月, 11月24日). */
    public static boolean incomplete(String date) {
        return INCOMPLETE.matcher(date.strip()).matches();
    }

    /** The date, when it is well formed and exists in the calendar; otherwise {@code null}. */
    public static LocalDate parse(String date) {
        if (date == null) {
            return null;
        }
        Matcher matcher = WELL_FORMED.matcher(date.strip());
        if (!matcher.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException notInTheCalendar) {
            return null;
        }
    }

    /** Well formed but not a day of the calendar (2026年2月30日). */
    public static boolean notInCalendar(String date) {
        return wellFormed(date) && parse(date) == null;
    }

    public static boolean after(String date, LocalDate today) {
        LocalDate parsed = parse(date);
        return parsed != null && parsed.isAfter(today);
    }

    /** How GB/T 9704 writes a date: 2026年11月5日. */
    public static String written(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
