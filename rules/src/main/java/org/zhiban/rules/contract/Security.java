package org.zhiban.rules.contract;

import java.math.BigDecimal;

/**
 * 定金、履约保证金、质保金、投标保证金 as the contract sets them.
 *
 * @param percent share of the contract price (or, for 投标保证金, of the budget) in percent, or {@code null}
 * @param amount  the sum in 元, or {@code null}
 */
public record Security(SecurityKind kind, BigDecimal percent, BigDecimal amount, String text, int start, int end,
                       String clause) {
}
