package org.zhiban.document.layout;

import java.time.LocalDate;

/** 成文日期 and 印发日期 as GB/T 9704 7.3.5.4 writes them: Arabic digits, full year, no zero padding. */
final class ChineseDates {

    private ChineseDates() {
    }

    static String format(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
