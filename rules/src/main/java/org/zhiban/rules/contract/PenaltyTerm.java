package org.zhiban.rules.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A {@link Penalty} with its figures put on one scale.
 *
 * @param oneOffPercent a one-off 违约金 as a share of the contract amount in percent (its rate, or its sum over
 *                      the amount), or {@code null} for a daily rate or when it cannot be worked out
 * @param capPercent    the ceiling in percent, or {@code null}
 */
public record PenaltyTerm(Penalty penalty, boolean daily, BigDecimal dailyRate, BigDecimal oneOffPercent,
                          BigDecimal capPercent) {

    static PenaltyTerm of(Penalty penalty, BigDecimal total) {
        BigDecimal oneOff = null;
        if (!penalty.daily()) {
            if (penalty.rate() != null) {
                oneOff = penalty.rate().movePointRight(2);
            } else if (penalty.amount() != null && total != null && total.signum() > 0) {
                oneOff = penalty.amount().multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP);
            }
        }
        return new PenaltyTerm(penalty, penalty.daily(), penalty.daily() ? penalty.rate() : null, oneOff,
                penalty.cap() == null ? null : penalty.cap().movePointRight(2));
    }

    public Excerpt excerpt() {
        return new Excerpt(penalty.start(), penalty.end(), penalty.text(), null);
    }
}
