package org.zhiban.rules.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 定金、履约保证金、质保金、投标保证金 — each mention with the share or sum that goes with it: the one after it
 * up to the next such word ("履约保证金为合同总价的5%"), else the one before it ("提交合同金额5%的履约保证金").
 */
final class Securities {

    /** 定金 after 约/规/确… is part of 约定金额, 规定金额 …, not a deposit. */
    private static final Pattern KIND = Pattern.compile(
            "履约保证金|履约担保|质量保证金|质保金|保修金|投标保证金|(?<![约规确限核固指认鉴决设拟制议审评测选预法特既锁])定金");

    /** A share or sum after these belongs to them, not to the security ("…定金，并支付合同总价30%的违约金"). */
    private static final Pattern OTHER_MONEY = Pattern.compile("违约金|罚款|赔偿|利息|价款|货款|服务费|预付款|进度款");

    private Securities() {
    }

    static List<Security> read(List<Sentence> sentences, List<Amount> amounts, int bodyStart) {
        List<Security> securities = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (sentence.start() < bodyStart) {
                continue;
            }
            String text = sentence.text();
            Matcher m = KIND.matcher(text);
            List<int[]> hits = new ArrayList<>();
            while (m.find()) {
                hits.add(new int[] {m.start(), m.end()});
            }
            List<Security> inSentence = new ArrayList<>();
            for (int i = 0; i < hits.size(); i++) {
                int[] hit = hits.get(i);
                SecurityKind kind = kind(text.substring(hit[0], hit[1]));
                int after = i + 1 < hits.size() ? hits.get(i + 1)[0] : text.length();
                Matcher other = OTHER_MONEY.matcher(text.substring(hit[1], after));
                if (other.find()) {
                    int cut = text.lastIndexOf('，', hit[1] + other.start());
                    after = cut >= hit[1] ? cut : hit[1] + other.start();
                }
                int before = i > 0 ? hits.get(i - 1)[1] : 0;
                BigDecimal percent = percent(text.substring(hit[1], after));
                BigDecimal amount = amount(amounts, sentence.start() + hit[1], sentence.start() + after);
                if (percent == null && amount == null) {
                    percent = percent(text.substring(before, hit[0]));
                    amount = amount(amounts, sentence.start() + before, sentence.start() + hit[0]);
                }
                inSentence.add(new Security(kind, percent, amount, text, sentence.start(), sentence.end(),
                        sentence.clause()));
            }
            // one mention a kind: the one with figures, when another mention of the kind has none
            for (Security s : inSentence) {
                boolean bare = s.percent() == null && s.amount() == null;
                boolean figuredTwin = inSentence.stream().anyMatch(o -> o != s && o.kind() == s.kind()
                        && (o.percent() != null || o.amount() != null));
                boolean earlierTwin = inSentence.stream().limit(inSentence.indexOf(s))
                        .anyMatch(o -> o.kind() == s.kind() && (o.percent() == null && o.amount() == null) == bare);
                if (!(bare && figuredTwin) && !earlierTwin) {
                    securities.add(s);
                }
            }
        }
        return securities;
    }

    private static SecurityKind kind(String word) {
        return switch (word) {
            case "履约保证金", "履约担保" -> SecurityKind.PERFORMANCE_BOND;
            case "质量保证金", "质保金", "保修金" -> SecurityKind.RETENTION;
            case "投标保证金" -> SecurityKind.BID_BOND;
            default -> SecurityKind.DEPOSIT;
        };
    }

    private static BigDecimal percent(String text) {
        return Rate.find(text).stream().filter(r -> r.fraction().compareTo(new BigDecimal("0.001")) >= 0)
                .map(Rate::percent).findFirst().orElse(null);
    }

    private static BigDecimal amount(List<Amount> amounts, int from, int to) {
        return amounts.stream().filter(a -> a.start() >= from && a.end() <= to).map(Amount::value).findFirst()
                .orElse(null);
    }
}
