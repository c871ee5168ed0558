package org.zhiban.rules.contract;

import java.math.BigDecimal;

/**
 * 违约金 as one sentence of the contract sets it.
 *
 * @param daily   true for a rate per day of delay (每日按…的万分之五), false for a one-off share or sum
 * @param rate    the rate as a fraction (0.0005 for 万分之五; 0.2 for 20%), or {@code null} for a fixed sum
 * @param amount  a fixed sum in 元, or {@code null}
 * @param cap     the ceiling as a fraction of the contract price ("违约金总额不超过合同总价的10%": 0.1), from the
 *                same sentence or a ceiling sentence of the same clause, or {@code null}
 * @param obligor the party that pays it, when the sentence says, else {@code null}
 */
public record Penalty(boolean daily, BigDecimal rate, BigDecimal amount, BigDecimal cap, PartyRole obligor,
                      String text, int start, int end, String clause) {
}
