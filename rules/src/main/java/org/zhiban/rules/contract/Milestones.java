package org.zhiban.rules.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 付款节点 — reads the instalments from the sentences that pay the price: a pay verb, and a share (30%) or a sum,
 * or 一次性/全额, or 剩余款项. A sentence with several shares ("验收合格后支付95%，剩余5%作为质保金…") gives one
 * instalment per share; the phrases before the first share (its trigger) belong to it.
 */
final class Milestones {

    static final Pattern PAY = Pattern.compile("支付|付款|付清|拨付|结清|付至|付给|结算并支付");
    /** The retention is part of the price: its return is the last instalment. */
    private static final Pattern RETENTION_RETURNED = Pattern.compile("(?:质保金|质量保证金|保修金)[^。；]{0,40}(?:返还|退还)");
    /** Sentences that pay something other than the price, or that the supplier pays. */
    static final Pattern NOT_THE_PRICE = Pattern.compile(
            "违约金|滞纳金|利息|罚款|罚金|赔偿|定金|订金|押金|履约保证金|投标保证金|扣除|扣减|扣留|税率|增值税|每日|每天|逾期|迟延"
                    + "|向(?:甲方|采购人|发包人|委托方|委托人|买方)(?:支付|缴纳|交纳|提交)");
    static final Pattern DAY_LIMIT = Pattern.compile(
            "(后|之日起|起|以后)\\s*(?:的)?\\s*(\\d{1,4}|[零〇两一二三四五六七八九十百]{1,5})\\s*(个)?\\s*(工作日|日历天|自然日|日|天|个月|月)\\s*(?:内|以内|之内)");
    private static final Pattern RECURRING = Pattern.compile(
            "每月|按月|每季度|按季度|每季|每半年|每年度|按年度|进度款|已完成|完成工程量|工程进度|按进度|月度|季度|分期支付");
    private static final Pattern REMAINDER = Pattern.compile("剩余|余款|尾款|其余|余下");
    private static final Pattern WHOLE = Pattern.compile("一次性(?:支付|付清|结清)|全额支付|支付全部(?:合同)?(?:价款|款项|费用)|全部价款");
    private static final Pattern CUMULATIVE = Pattern.compile("(?:付至|支付至|累计支付|累计付至|付到)[^，,]{0,12}$");
    private static final Pattern JOINS_PREVIOUS = Pattern.compile("^\\s*(?:即|计|合计|共计|金额为|为|折合)");
    /** Phrase breaks; a comma inside a number (1,200,000) is not one. */
    private static final Pattern PHRASE = Pattern.compile("[，：:]|,(?!\\d{3})");
    private static final Pattern SUBJECT = Pattern.compile(
            "^(?:(?:" + PartyRole.LABELS + ")(?:应当|应|须|将)?)?(?:在|于|自|从)?");

    private Milestones() {
    }

    static List<PaymentMilestone> read(List<Sentence> sentences, List<Amount> amounts, List<AmountPair> pairs,
                                       int bodyStart) {
        List<Draft> milestones = new ArrayList<>();
        for (Sentence sentence : sentences) {
            boolean pays = PAY.matcher(sentence.text()).find() || RETENTION_RETURNED.matcher(sentence.text()).find();
            if (sentence.start() < bodyStart || !pays || NOT_THE_PRICE.matcher(sentence.text()).find()) {
                continue;
            }
            read(sentence, shareAmounts(sentence, amounts, pairs), milestones);
        }
        return cumulate(milestones);
    }

    /** The amounts of the sentence, a 大写/小写 pair counted once (by its 小写). */
    private static List<Amount> shareAmounts(Sentence sentence, List<Amount> amounts, List<AmountPair> pairs) {
        List<Amount> inSentence = new ArrayList<>();
        for (Amount amount : amounts) {
            if (amount.start() >= sentence.start() && amount.end() <= sentence.end()
                    && pairs.stream().noneMatch(p -> p.capitals() == amount)) {
                inSentence.add(amount);
            }
        }
        return inSentence;
    }

    private static void read(Sentence sentence, List<Amount> amounts, List<Draft> out) {
        String text = sentence.text();
        List<int[]> phrases = new ArrayList<>();
        Matcher cut = PHRASE.matcher(text);
        int at = 0;
        while (cut.find()) {
            phrases.add(new int[] {at, cut.start()});
            at = cut.end();
        }
        phrases.add(new int[] {at, text.length()});
        boolean recurring = RECURRING.matcher(text).find();
        List<int[]> chunks = new ArrayList<>();
        int chunkStart = 0;
        for (int[] phrase : phrases) {
            String p = text.substring(phrase[0], phrase[1]);
            boolean share = !percents(p).isEmpty() || amountIn(amounts, sentence, phrase) != null;
            boolean joins = percents(p).isEmpty() && JOINS_PREVIOUS.matcher(p).find() && !chunks.isEmpty();
            if (share && !joins) {
                if (!chunks.isEmpty()) {
                    chunks.get(chunks.size() - 1)[1] = phrase[0];
                }
                chunks.add(new int[] {chunks.isEmpty() ? chunkStart : phrase[0], text.length(), phrase[0], phrase[1]});
            }
        }
        if (chunks.isEmpty()) {
            boolean whole = WHOLE.matcher(text).find();
            boolean remainder = !whole && REMAINDER.matcher(text).find();
            if (whole || remainder) {
                out.add(milestone(sentence, 0, text.length(), whole ? BigDecimal.valueOf(100) : null, null,
                        remainder, recurring, false));
            }
            return;
        }
        for (int[] chunk : chunks) {
            String share = text.substring(chunk[2], chunk[3]);
            List<Rate> rates = percents(share);
            BigDecimal percent = rates.isEmpty() ? null : rates.get(0).percent();
            Amount amount = amountIn(amounts, sentence, new int[] {chunk[0], chunk[1]});
            boolean cumulative = !rates.isEmpty()
                    && CUMULATIVE.matcher(share.substring(0, rates.get(0).start())).find();
            out.add(milestone(sentence, chunk[0], chunk[1], percent, amount == null ? null : amount.value(), false,
                    recurring, cumulative));
        }
    }

    private static Draft milestone(Sentence sentence, int from, int to, BigDecimal percent,
                                              BigDecimal amount, boolean remainder, boolean recurring,
                                              boolean cumulative) {
        String text = sentence.text();
        String chunk = text.substring(from, to);
        Matcher limit = DAY_LIMIT.matcher(chunk);
        int base = from;
        if (!limit.find()) {
            limit = DAY_LIMIT.matcher(text);
            base = 0;
            if (!limit.find()) {
                limit = null;
            }
        }
        String trigger = null;
        Period period = null;
        if (limit != null) {
            trigger = trigger(text.substring(base, base + limit.end(1)));
            long days = ChineseNumbers.integer(limit.group(2));
            PeriodUnit unit = limit.group(4).contains("工作") ? PeriodUnit.WORKING_DAY
                    : limit.group(4).contains("月") ? PeriodUnit.MONTH : PeriodUnit.DAY;
            period = new Period((int) days, unit, limit.group().substring(limit.group(1).length()),
                    sentence.start() + base + limit.start(2), sentence.start() + base + limit.end());
        } else {
            int after = chunk.indexOf('后');
            trigger = after > 0 ? trigger(chunk.substring(0, after + 1)) : null;
        }
        int start = from;
        int end = to;
        while (end > start && "，,。；;：: ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return new Draft(new PaymentMilestone(text.substring(start, end), sentence.start() + start,
                sentence.start() + end, sentence.clause(), percent, amount, remainder, recurring, trigger, period),
                cumulative);
    }

    /** The words that start the clock: "甲方应在货物验收合格后" → "货物验收合格后". */
    private static String trigger(String before) {
        int cut = Math.max(before.lastIndexOf('，'), Math.max(before.lastIndexOf(','), before.lastIndexOf('：')));
        String t = Line.strip(before.substring(cut + 1));
        t = SUBJECT.matcher(t).replaceFirst("");
        return t.isEmpty() ? null : t;
    }

    private static List<Rate> percents(String text) {
        return Rate.find(text).stream().filter(r -> r.fraction().compareTo(new BigDecimal("0.001")) >= 0).toList();
    }

    private static Amount amountIn(List<Amount> amounts, Sentence sentence, int[] span) {
        for (Amount amount : amounts) {
            if (amount.start() >= sentence.start() + span[0] && amount.end() <= sentence.start() + span[1]) {
                return amount;
            }
        }
        return null;
    }

    /** An instalment as read, before a cumulative share ("支付至95%") is turned into what it adds. */
    private record Draft(PaymentMilestone milestone, boolean cumulative) {
    }

    private static List<PaymentMilestone> cumulate(List<Draft> drafts) {
        List<PaymentMilestone> milestones = new ArrayList<>();
        BigDecimal paid = BigDecimal.ZERO;
        for (Draft draft : drafts) {
            PaymentMilestone m = draft.milestone();
            BigDecimal percent = m.percent();
            if (percent != null && draft.cumulative()) {
                BigDecimal added = percent.subtract(paid);
                paid = percent;
                percent = added;
            } else if (percent != null) {
                paid = paid.add(percent);
            }
            milestones.add(new PaymentMilestone(m.text(), m.start(), m.end(), m.clause(), percent, m.amount(),
                    m.remainder(), m.recurring(), m.trigger(), m.dayLimit()));
        }
        return milestones;
    }
}
