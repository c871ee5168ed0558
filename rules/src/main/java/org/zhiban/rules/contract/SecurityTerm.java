package org.zhiban.rules.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A {@link Security} with its share of the contract amount worked out: as stated, or its sum over the amount.
 *
 * @param percentOfTotal the share in percent, or {@code null} when neither a share nor (with a known contract
 *                       amount) a sum is stated
 */
public record SecurityTerm(Security security, SecurityKind kind, BigDecimal percentOfTotal) {

    static SecurityTerm of(Security security, BigDecimal total) {
        BigDecimal percent = security.percent();
        if (percent == null && security.amount() != null && total != null && total.signum() > 0) {
            percent = security.amount().multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP);
        }
        return new SecurityTerm(security, security.kind(), percent);
    }

    public Excerpt excerpt() {
        return new Excerpt(security.start(), security.end(), security.text(), null);
    }
}
