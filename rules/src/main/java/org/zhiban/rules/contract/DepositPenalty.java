package org.zhiban.rules.contract;

import java.util.regex.Pattern;

/**
 * 定金与违约金 (民法典 第五百八十八条): both agreed, whether one clause applies them together, whether the
 * contract says the creditor chooses.
 */
public record DepositPenalty(boolean deposit, boolean penalty, boolean stacked, boolean choiceStated) {

    private static final Pattern CHOICE = Pattern.compile("选择适用|择一适用|择一|选择其一|二者择一|不得同时适用|不同时适用");

    static DepositPenalty of(ParsedContract contract) {
        boolean deposit = contract.securities().stream().anyMatch(s -> s.kind() == SecurityKind.DEPOSIT);
        boolean penalty = !contract.penalties().isEmpty();
        boolean stacked = contract.sentences().stream().anyMatch(s -> !RiskPhrases.depositStacked(s).isEmpty());
        String body = contract.text().substring(contract.bodyStart(), contract.bodyEnd());
        return new DepositPenalty(deposit, penalty, stacked, CHOICE.matcher(body).find());
    }
}
