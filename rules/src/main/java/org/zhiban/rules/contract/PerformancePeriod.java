package org.zhiban.rules.contract;

import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * 履行期限 — the 服务期/工期/交货期 the contract states: the first period or date range in a sentence that names
 * one. Compared with the award notice's period, and with the date range of the same sentence.
 *
 * @param period the period stated ("服务期12个月"), or {@code null}
 * @param range  the dates stated ("自2026年4月1日起至2027年3月31日止"), or {@code null}
 */
public record PerformancePeriod(Period period, DateRange range, Excerpt excerpt) {

    static final Pattern LABEL = Pattern.compile(
            "服务期|服务期限|工期|交货期|供货期|交付期|履行期|履行期限|合同期限|合同期|租赁期|租期|建设周期|完成期限|交货期限|交付期限|服务时间");

    static PerformancePeriod of(ParsedContract contract) {
        for (Sentence s : contract.sentences()) {
            if (s.start() < contract.bodyStart() || !LABEL.matcher(s.text()).find()) {
                continue;
            }
            Period period = contract.periods().stream().filter(p -> p.start() >= s.start() && p.end() <= s.end())
                    .findFirst().orElse(null);
            DateRange range = contract.dateRanges().stream().filter(r -> r.start() >= s.start() && r.end() <= s.end())
                    .findFirst().orElse(null);
            if (period != null || range != null) {
                return new PerformancePeriod(period, range, Excerpt.of(s));
            }
        }
        return null;
    }

    /** The period as the award would state it: the one written, else the range as months or days. */
    public Period length() {
        if (period != null) {
            return period;
        }
        var from = range.from().date();
        var to = range.to().date();
        for (int months = 1; months <= 240; months++) {
            if (from.plusMonths(months).minusDays(1).equals(to) || from.plusMonths(months).equals(to)) {
                return new Period(months, PeriodUnit.MONTH, months + "个月", range.start(), range.end());
            }
        }
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        return new Period(days, PeriodUnit.DAY, days + "日", range.start(), range.end());
    }

    /**
     * Whether the written period and the range agree: the range lasts the period, counted either with or without
     * its last day ("12个月，自2026年4月1日至2027年3月31日" and "…至2027年4月1日" both agree). Working days are not
     * checked (they need the holiday calendar).
     */
    public boolean consistent() {
        if (period == null || range == null || period.unit() == PeriodUnit.WORKING_DAY) {
            return true;
        }
        var from = range.from().date();
        var to = range.to().date();
        var end = switch (period.unit()) {
            case DAY -> from.plusDays(period.value());
            case WEEK -> from.plusWeeks(period.value());
            case MONTH -> from.plusMonths(period.value());
            case YEAR -> from.plusYears(period.value());
            case WORKING_DAY -> to;
        };
        return to.equals(end) || to.equals(end.minusDays(1));
    }
}
