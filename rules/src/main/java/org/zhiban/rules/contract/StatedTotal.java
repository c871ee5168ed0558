package org.zhiban.rules.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 合同总价 as one place of the contract states it ("合同总价为人民币壹佰贰拾万元整（¥1,200,000.00）"). The first
 * statement is the contract amount the other checks use.
 *
 * @param index         0 for the first statement, 1 for the next, …
 * @param value         the 小写 when stated, else the 大写
 * @param amount        the amount read
 * @param withCapitals  the sum is also written in 大写
 */
public record StatedTotal(int index, BigDecimal value, Amount amount, boolean withCapitals) {

    private static final Pattern LABEL = Pattern.compile(
            "合同总价款|合同总价|合同总金额|合同总额|合同金额|合同价款|合同价格|签约合同价|含税总价|总价款|总价|总金额|费用总计|服务费总额|合同总造价|合同造价");
    /** Between the label and the sum: 为, 是, a colon, （含税）, 人民币 — no 的 (合同总价的30% is a share). */
    private static final Pattern GAP = Pattern.compile("[^的%％\\d，,。；;\\n]{0,16}");
    private static final Pattern NOT_A_TOTAL = Pattern.compile("暂定|暂列|单价|不超过|以内|上限");

    private static final Pattern PRICE_HEADING = Pattern.compile("价款|价格|合同金额|费用|报酬|合同价");

    /** Without a labelled total: the first amount of the clause headed 合同价款/费用/报酬. */
    private static java.util.Optional<StatedTotal> priceClauseAmount(ParsedContract contract) {
        for (Clause clause : contract.clauses()) {
            if (clause.level() == 1 && clause.heading() != null && PRICE_HEADING.matcher(clause.heading()).find()) {
                for (Amount amount : contract.amounts()) {
                    if (clause.contains(amount.start())) {
                        AmountPair pair = contract.amountPairs().stream()
                                .filter(p -> p.capitals() == amount || p.figures() == amount).findFirst().orElse(null);
                        Amount value = pair == null ? amount : pair.figures();
                        return java.util.Optional.of(new StatedTotal(0, value.value(), value, pair != null));
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    static List<StatedTotal> of(ParsedContract contract) {
        List<StatedTotal> totals = new ArrayList<>();
        String text = contract.text();
        Matcher label = LABEL.matcher(text.substring(0, contract.bodyEnd()));
        while (label.find()) {
            Amount amount = contract.amounts().stream().filter(a -> a.start() >= label.end())
                    .findFirst().orElse(null);
            if (amount == null || !GAP.matcher(text.substring(label.end(), amount.start())).matches()
                    || NOT_A_TOTAL.matcher(text.substring(label.end(), amount.start())).find()) {
                continue;
            }
            AmountPair pair = contract.amountPairs().stream()
                    .filter(p -> p.capitals() == amount || p.figures() == amount).findFirst().orElse(null);
            Amount value = pair == null ? amount : pair.figures();
            if (totals.stream().anyMatch(t -> t.amount().start() == value.start())) {
                continue;
            }
            totals.add(new StatedTotal(totals.size(), value.value(), value, pair != null));
        }
        if (totals.isEmpty()) {
            priceClauseAmount(contract).ifPresent(totals::add);
        }
        return totals;
    }
}
