package org.zhiban.rules.contract;

import java.math.BigDecimal;

/**
 * 付款节点 — one instalment of the price.
 *
 * @param percent    share of the contract price in percent (30 for 30%), or {@code null}; for a cumulative
 *                   "支付至合同总价的95%" it is what this instalment adds to the ones before
 * @param amount     the sum in 元, or {@code null}
 * @param remainder  true for "剩余款项/余款/尾款" stated without a share: it takes what is left
 * @param recurring  true for 进度款 and periodic payments (每月、按季度、按完成工程量), which do not add up to a whole
 * @param trigger    what starts the clock (验收合格后, 合同签订后), or {@code null}
 * @param dayLimit   the time allowed after the trigger (30日内), or {@code null}
 */
public record PaymentMilestone(String text, int start, int end, String clause, BigDecimal percent, BigDecimal amount,
                               boolean remainder, boolean recurring, String trigger, Period dayLimit) {
}
