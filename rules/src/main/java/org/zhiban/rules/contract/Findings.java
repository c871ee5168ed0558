package org.zhiban.rules.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the DRL builds {@link ContractFinding}s: the clause label is looked up from the span. */
public final class Findings {

    private Findings() {
    }

    /** A finding on a stretch of the contract; the excerpt's own suggestion wins when it has one. */
    public static ContractFinding at(String ruleId, Severity severity, ParsedContract contract, Excerpt excerpt,
                                     String message, String suggestion, Citation citation) {
        return new ContractFinding(ruleId, severity, contract.clauseLabel(excerpt.start()), excerpt.text(),
                excerpt.start(), excerpt.end(), message,
                excerpt.suggestion() != null ? excerpt.suggestion() : suggestion, citation);
    }

    /** A finding on the span [start, end) of the contract text. */
    public static ContractFinding span(String ruleId, Severity severity, ParsedContract contract, int start, int end,
                                       String message, String suggestion, Citation citation) {
        return new ContractFinding(ruleId, severity, contract.clauseLabel(start), contract.text().substring(start, end),
                start, end, message, suggestion, citation);
    }

    /** A finding about the contract as a whole (a missing clause). */
    public static ContractFinding whole(String ruleId, Severity severity, String message, String suggestion,
                                        Citation citation) {
        return new ContractFinding(ruleId, severity, null, null, null, null, message, suggestion, citation);
    }

    /** 1200000.00 → "1,200,000.00元", for messages. */
    public static String yuan(BigDecimal amount) {
        return String.format("%,.2f元", amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** 5.00 → "5%", 0.05 → "0.05%". */
    public static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }

    /** A daily rate as 万分之X: 0.0005 → "万分之五（0.05%）". */
    public static String dailyRate(BigDecimal fraction) {
        return "每日" + fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
