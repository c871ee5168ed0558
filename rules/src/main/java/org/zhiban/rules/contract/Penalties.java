package org.zhiban.rules.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 违约金 — the rate or sum of each sentence that sets one. A rate after 不超过/最高/上限 (or before 为限) is the
 * ceiling; a ceiling in a sentence of its own ("违约金累计不超过合同总价的10%") holds for the clause.
 */
final class Penalties {

    private static final Pattern DAILY = Pattern.compile(
            "每日|每天|按日|日(?:千|万|百)分之|每(?:逾期|迟延|延迟|延误|超过|拖延)(?:一|1)\\s*[日天]|(?:逾期|迟延|延迟)(?:一|1)[日天]");
    private static final Pattern CAP_BEFORE = Pattern.compile("不超过|不得超过|不高于|最高|上限|最多|封顶|累计不超过|总额不超过");
    private static final Pattern PARTY = Pattern.compile("(" + PartyRole.LABELS + ")");
    private static final Pattern ASKED = Pattern.compile("(?:要求|由|责令)(" + PartyRole.LABELS + ")");
    private static final Pattern BREACH = Pattern.compile(
            "(" + PartyRole.LABELS + ")[^，,。；;]{0,8}?(?:逾期|迟延|延迟|延期|未按|未能|违反|违约|擅自|无故|不按|拒绝|不能|中途)");

    private Penalties() {
    }

    static List<Penalty> read(List<Sentence> sentences, List<Amount> amounts, List<Clause> clauses, int bodyStart) {
        List<Penalty> penalties = new ArrayList<>();
        List<Penalty> ceilings = new ArrayList<>();
        for (Sentence sentence : sentences) {
            String text = sentence.text();
            if (sentence.start() < bodyStart || !text.contains("违约金")) {
                continue;
            }
            BigDecimal rate = null;
            BigDecimal cap = null;
            for (Rate r : Rate.find(text)) {
                if (isCap(text, r)) {
                    cap = cap == null ? r.fraction() : cap;
                } else if (rate == null) {
                    rate = r.fraction();
                }
            }
            BigDecimal amount = null;
            if (rate == null) {
                for (Amount a : amounts) {
                    if (a.start() >= sentence.start() && a.end() <= sentence.end()
                            && !CAP_BEFORE.matcher(text.substring(Math.max(0, a.start() - sentence.start() - 8),
                            a.start() - sentence.start())).find()) {
                        amount = a.value();
                        break;
                    }
                }
            }
            Penalty penalty = new Penalty(rate != null && DAILY.matcher(text).find(), rate, amount, cap,
                    obligor(text), text, sentence.start(), sentence.end(), sentence.clause());
            if (rate == null && amount == null) {
                if (cap != null) {
                    ceilings.add(penalty);
                }
                continue;
            }
            penalties.add(penalty);
        }
        List<Penalty> capped = new ArrayList<>();
        for (Penalty p : penalties) {
            BigDecimal cap = p.cap();
            if (cap == null) {
                cap = ceilings.stream().filter(c -> sameArticle(clauses, c.start(), p.start())).map(Penalty::cap)
                        .findFirst().orElse(null);
            }
            capped.add(new Penalty(p.daily(), p.rate(), p.amount(), cap, p.obligor(), p.text(), p.start(), p.end(),
                    p.clause()));
        }
        return capped;
    }

    private static boolean isCap(String text, Rate rate) {
        String before = text.substring(Math.max(0, rate.start() - 15), rate.start());
        int comma = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','));
        String after = text.substring(rate.end(), Math.min(text.length(), rate.end() + 4));
        return CAP_BEFORE.matcher(before.substring(comma + 1)).find() || after.startsWith("为限")
                || after.startsWith("为上限");
    }

    /** Who pays: "要求乙方支付", else the party that breaches ("乙方逾期交货的"), else {@code null}. */
    static PartyRole obligor(String text) {
        Matcher asked = ASKED.matcher(text);
        if (asked.find()) {
            return PartyRole.ofLabel(asked.group(1));
        }
        Matcher breach = BREACH.matcher(text);
        if (breach.find()) {
            return PartyRole.ofLabel(breach.group(1));
        }
        return null;
    }

    private static boolean sameArticle(List<Clause> clauses, int a, int b) {
        for (Clause clause : clauses) {
            if (clause.level() == 1) {
                if (clause.contains(a) || clause.contains(b)) {
                    return clause.contains(a) && clause.contains(b);
                }
            }
        }
        return false;
    }
}
