package org.zhiban.integrations.lawtext;

import java.time.LocalDate;

/**
 * 立法沿革: one line of a statute's promulgation and amendment history
 * (通过, 公布, 修正, 修订, 施行), as written above {@code <!-- INFO END -->}.
 *
 * @param date  the date the line starts with
 * @param event what happened on that date, as written ("第十四届全国人民代表大会常务委员会第五次会议修订")
 */
public record HistoryEntry(LocalDate date, String event) {

    /** True for a line that only records when the text took effect ("2021年1月1日 施行"). */
    public boolean isEffectiveDateLine() {
        return event.strip().equals("施行");
    }
}
