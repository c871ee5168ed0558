package org.zhiban.rules.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * 付款计划 — the instalments added up. Shares count as stated; a sum alone counts as its share of the contract
 * amount. Periodic payments (进度款, 每月) make no whole, so a plan with one is not checked.
 *
 * @param checkable   at least one instalment, none periodic, and every one with a share, a sum the contract
 *                    amount turns into a share, or 剩余款项
 * @param percentSum  the shares added up, in percent
 * @param allAmounts  every instalment is stated as a sum (the check then compares sums)
 * @param amountSum   the sums added up (when {@code allAmounts})
 * @param total       the contract amount, or {@code null}
 * @param remainder   one instalment takes "the rest"
 */
public record PaymentPlan(boolean checkable, BigDecimal percentSum, boolean allAmounts, BigDecimal amountSum,
                          BigDecimal total, boolean remainder, int start, int end) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static PaymentPlan of(List<PaymentMilestone> milestones, BigDecimal total) {
        if (milestones.isEmpty()) {
            return new PaymentPlan(false, BigDecimal.ZERO, false, BigDecimal.ZERO, total, false, 0, 0);
        }
        boolean checkable = milestones.stream().noneMatch(PaymentMilestone::recurring);
        boolean remainder = false;
        boolean allAmounts = true;
        BigDecimal percent = BigDecimal.ZERO;
        BigDecimal amounts = BigDecimal.ZERO;
        for (PaymentMilestone m : milestones) {
            if (m.remainder()) {
                remainder = true;
                allAmounts = false;
            } else if (m.percent() != null) {
                percent = percent.add(m.percent());
                allAmounts = false;
            } else if (m.amount() != null) {
                amounts = amounts.add(m.amount());
                if (total != null && total.signum() > 0) {
                    percent = percent.add(m.amount().multiply(HUNDRED).divide(total, 4, RoundingMode.HALF_UP));
                } else {
                    checkable &= allAmounts;
                }
            } else {
                checkable = false;
            }
        }
        checkable &= !(allAmounts && total == null);
        int start = milestones.get(0).start();
        int end = milestones.get(milestones.size() - 1).end();
        return new PaymentPlan(checkable, percent.stripTrailingZeros(), allAmounts, amounts, total, remainder, start,
                end);
    }

    /** Whether the shares fail to make a whole: ≠ 100 %, or ≥ 100 % before "the rest". */
    public boolean percentOff() {
        int cmp = percentSum.compareTo(HUNDRED);
        return remainder ? cmp >= 0 : cmp != 0;
    }

    /** Whether the sums, all stated as sums, differ from the contract amount. */
    public boolean amountOff() {
        return total != null && amountSum.compareTo(total) != 0;
    }
}
