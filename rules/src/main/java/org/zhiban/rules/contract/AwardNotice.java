package org.zhiban.rules.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 中标通知书 / 成交通知书, as {@link AwardNoticeParser} reads it. Any element may be {@code null} when the notice
 * does not state it; the checks that need it are then skipped.
 *
 * @param projectName   项目名称
 * @param projectNumber 项目编号 / 采购编号
 * @param purchaser     采购人
 * @param supplier      中标人 / 成交供应商
 * @param amount        中标金额 / 成交金额, in 元
 * @param period        服务期 / 工期 / 交货期
 * @param noticeDate     the notice's date (发出日期)
 */
public record AwardNotice(String projectName, String projectNumber, String purchaser, String supplier,
                          BigDecimal amount, Period period, LocalDate noticeDate, String text) {

    /** Reads the text of a 中标通知书/成交通知书. */
    public static AwardNotice parse(String text) {
        return AwardNoticeParser.parse(text);
    }
}
