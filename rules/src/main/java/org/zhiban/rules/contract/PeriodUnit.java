package org.zhiban.rules.contract;

/** The unit of a {@link Period}. */
public enum PeriodUnit {
    /** 日、天、日历天、自然日. */
    DAY("日"),
    /** 工作日. */
    WORKING_DAY("个工作日"),
    /** 周、星期. */
    WEEK("周"),
    /** 个月. */
    MONTH("个月"),
    /** 年. */
    YEAR("年");

    private final String label;

    PeriodUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
