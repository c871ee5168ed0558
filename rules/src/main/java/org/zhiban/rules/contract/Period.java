package org.zhiban.rules.contract;

/**
 * 期限 — a length of time in the text: 30日, 十五个工作日, 12个月, 2年.
 *
 * @param value the number
 * @param unit  日, 工作日, 周, 个月 or 年
 * @param text  as written
 * @param start offset in the text it was read from
 * @param end   offset past it
 */
public record Period(int value, PeriodUnit unit, String text, int start, int end) {

    /**
     * Calendar days, approximately: a working day counts 7/5 of a day (rounded up over the whole period), a
     * month 30 days, a year 365. The 30- and 60-day limits of the SME payment regulation are calendar days.
     */
    public int calendarDays() {
        return switch (unit) {
            case DAY -> value;
            case WORKING_DAY -> (value * 7 + 4) / 5;
            case WEEK -> value * 7;
            case MONTH -> value * 30;
            case YEAR -> value * 365;
        };
    }

    /** Whether the two say the same length: 12个月 = 1年; 12个月 ≈ 365日 (within a day a month). */
    public boolean sameLengthAs(Period other) {
        return Periods.equivalent(this, other);
    }

    /** "12个月", "30日" — the period written plainly, for messages. */
    public String plain() {
        return value + unit.label();
    }
}
