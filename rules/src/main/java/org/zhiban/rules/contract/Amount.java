package org.zhiban.rules.contract;

import java.math.BigDecimal;

/**
 * 金额 — an amount of money in the text.
 *
 * @param value  in 元, scale 2
 * @param form   小写 (figures) or 大写 (capitals)
 * @param text   as written (¥1,200,000.00, 120万元, 壹佰贰拾万元整)
 * @param start  offset in the contract text
 * @param end    offset past it
 * @param clause the clause it is in ({@link Clause#path}), or {@code null} outside the numbered clauses
 */
public record Amount(BigDecimal value, Form form, String text, int start, int end, String clause) {

    /** 小写 or 大写. */
    public enum Form {
        /** 小写: ¥1,200,000.00, 1200000元, 120万元. */
        FIGURES,
        /** 大写: 壹佰贰拾万元整. */
        CAPITALS
    }
}
