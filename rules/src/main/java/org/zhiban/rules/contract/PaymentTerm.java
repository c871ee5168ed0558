package org.zhiban.rules.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 付款期限 — "验收合格后30日内支付": the time a payment sentence allows after its trigger.
 *
 * @param trigger       what starts the clock
 * @param limit         the time allowed
 * @param calendarDays  the limit in calendar days ({@link Period#calendarDays})
 * @param afterDelivery the clock starts at delivery, acceptance, invoice or settlement — the events 条例 第九条、
 *                      第十条 count from — not at signing (an advance)
 */
public record PaymentTerm(String trigger, Period limit, int calendarDays, boolean afterDelivery, Excerpt excerpt) {

    private static final Pattern AFTER_DELIVERY = Pattern.compile(
            "交付|交货|验收|到货|收货|安装|调试|竣工|完工|完成|结束|期满|届满|发票|结算|确认|提供服务|季度|月度|每月|上月|服务期");
    private static final Pattern ADVANCE = Pattern.compile("签订|签署|生效|开工|进场|预付");

    /**
     * The phrase right before the limit decides ("合同签订后10日内" is an advance); when it names no event, the
     * conditions earlier in the sentence do ("全部完成并经验收合格，甲方履行审批流程后75日内").
     */
    static boolean afterDelivery(String trigger, String before) {
        if (ADVANCE.matcher(trigger).find()) {
            return false;
        }
        if (AFTER_DELIVERY.matcher(trigger).find()) {
            return true;
        }
        return AFTER_DELIVERY.matcher(before).find() && !ADVANCE.matcher(before).find();
    }

    static List<PaymentTerm> of(ParsedContract contract) {
        List<PaymentTerm> terms = new ArrayList<>();
        for (Sentence s : contract.sentences()) {
            String text = s.text();
            if (s.start() < contract.bodyStart() || !Milestones.PAY.matcher(text).find()
                    || Milestones.NOT_THE_PRICE.matcher(text).find()) {
                continue;
            }
            Matcher m = Milestones.DAY_LIMIT.matcher(text);
            while (m.find()) {
                int cut = Math.max(Math.max(text.lastIndexOf('，', m.start()), text.lastIndexOf(',', m.start())), -1);
                String trigger = Line.strip(text.substring(cut + 1, m.end(1)));
                long value = ChineseNumbers.integer(m.group(2));
                PeriodUnit unit = m.group(4).contains("工作") ? PeriodUnit.WORKING_DAY
                        : m.group(4).contains("月") ? PeriodUnit.MONTH : PeriodUnit.DAY;
                int from = m.start(2);
                Period limit = new Period((int) value, unit, text.substring(from, m.end()), s.start() + from,
                        s.start() + m.end());
                boolean afterDelivery = afterDelivery(trigger, text.substring(0, m.end(1)));
                terms.add(new PaymentTerm(trigger, limit, limit.calendarDays(), afterDelivery,
                        Excerpt.in(s, cut + 1, m.end(), null)));
            }
        }
        return terms;
    }
}
