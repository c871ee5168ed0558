package org.zhiban.rules.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 逾期付款利息 the buyer owes when it pays late (保障中小企业款项支付条例 第十七条).
 *
 * @param excluded      the contract rules interest out (不计利息, 不承担逾期付款责任)
 * @param annualPercent the agreed rate a year, in percent (a daily rate × 365), or {@code null} when not stated
 * @param depositRate   the rate is tied to the bank deposit rate, which lies below the LPR
 */
public record LateInterest(boolean excluded, BigDecimal annualPercent, boolean depositRate, Excerpt excerpt) {

    private static final Pattern BUYER_LATE = Pattern.compile(
            "(?:甲方|采购人|发包人|委托方|委托人|买方)[^。；]{0,12}(?:逾期|迟延|延迟|延期|拖延|未按[^。；，]{0,8})(?:付款|支付|结算)");
    private static final Pattern EXCLUDED = Pattern.compile(
            "不(?:计|支付|承担|计付|计算)[^。；，]{0,6}(?:利息|违约金|违约责任|责任)|无息|免(?:除|收)?[^。；，]{0,4}利息|不计息");
    private static final Pattern DAILY = Pattern.compile("每日|每天|按日|日利率");
    private static final Pattern ANNUAL = Pattern.compile("年利率|年化|每年");
    private static final Pattern DEPOSIT = Pattern.compile("存款利率|活期");

    static List<LateInterest> of(ParsedContract contract) {
        List<LateInterest> found = new ArrayList<>();
        for (Sentence s : contract.sentences()) {
            String text = s.text();
            if (s.start() < contract.bodyStart() || !BUYER_LATE.matcher(text).find()) {
                continue;
            }
            BigDecimal annual = null;
            List<Rate> rates = Rate.find(text);
            if (!rates.isEmpty() && DAILY.matcher(text).find()) {
                annual = rates.get(0).fraction().multiply(BigDecimal.valueOf(365)).movePointRight(2);
            } else if (!rates.isEmpty() && ANNUAL.matcher(text).find()) {
                annual = rates.get(0).percent();
            }
            boolean excluded = EXCLUDED.matcher(text).find();
            boolean deposit = DEPOSIT.matcher(text).find();
            if (excluded || annual != null || deposit) {
                found.add(new LateInterest(excluded, annual, deposit, Excerpt.of(s)));
            }
        }
        return found;
    }
}
