package org.zhiban.rules.contract;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** Wording that 政府采购法 and its 实施条例 forbid or limit. */
public final class ProcurementPhrases {

    private static final Pattern BOND = Pattern.compile("履约保证金");
    private static final Pattern CASH = Pattern.compile(
            "(?<!非)现金|(?:仅|只|须|必须|一律|只能)(?:以|通过|采用)?(?:银行)?(?:转账|汇款|电汇)");
    private static final Pattern GUARANTEE = Pattern.compile("保函|非现金");
    private static final Pattern SUBCONTRACT = Pattern.compile(
            "(?:乙方|供应商|承包人|受托方|受托人|卖方)(?:可以|可|有权|能够)[^。；，]{0,20}(?:分包|转包|委托第三方|交由第三方|转让给第三方)"
                    + "|(?:可以|可|允许)[^。；，]{0,10}转包");
    private static final Pattern CONSENT = Pattern.compile("同意|批准|许可");
    private static final Pattern CONFIDENTIAL = Pattern.compile("保密");
    private static final Pattern WHOLE_CONTRACT = Pattern.compile("本合同|合同内容|合同条款|合同全文|合同价格|合同金额|合同文本");
    private static final Pattern NOT_DISCLOSED = Pattern.compile("(?:不得|不予|禁止|严禁)[^。；]{0,16}(?:公开|披露|泄露|透露|公布)");
    private static final Pattern EXCEPTION = Pattern.compile("依法|法律|法规|规定|公告|除外|政府采购");
    private static final Pattern SUPPLEMENT = Pattern.compile("追加|补充合同|增加采购|增购|追加采购|增加合同");
    private static final Pattern BID_BOND_REFUND = Pattern.compile("投标保证金[^。；]{0,30}(?:退还|返还)|(?:退还|返还)[^。；]{0,10}投标保证金");

    private ProcurementPhrases() {
    }

    /** 履约保证金 in cash only (实施条例 第四十八条: 非现金形式). */
    public static List<Excerpt> bondInCash(Sentence s) {
        if (!Phrases.has(BOND, s) || Phrases.has(GUARANTEE, s)) {
            return List.of();
        }
        return Phrases.matches(CASH, s);
    }

    /** 分包/转包 without the purchaser's consent (政府采购法 第四十八条). */
    public static List<Excerpt> subcontract(Sentence s) {
        return Phrases.matches(SUBCONTRACT, s).stream()
                .filter(e -> e.text().contains("转包") || !Phrases.has(CONSENT, s)).toList();
    }

    /** A confidentiality clause that would keep the contract from its publication (实施条例 第五十条). */
    public static List<Excerpt> secrecyOverPublication(Sentence s) {
        return Phrases.sentenceIf(Phrases.has(CONFIDENTIAL, s) && Phrases.has(WHOLE_CONTRACT, s)
                && Phrases.has(NOT_DISCLOSED, s) && !Phrases.has(EXCEPTION, s), s);
    }

    /** 追加/补充合同 allowed above the ceiling (政府采购法 第四十九条). */
    public static List<Excerpt> supplementAbove(Sentence s, BigDecimal maxPercent) {
        if (!Phrases.has(SUPPLEMENT, s)) {
            return List.of();
        }
        return Rate.find(s.text()).stream().filter(r -> r.percent().compareTo(maxPercent) > 0)
                .map(r -> Excerpt.in(s, r.start(), r.end(), null)).limit(1).toList();
    }

    /** 投标保证金 refunded later than the working days allowed after signing (实施条例 第三十三条第二款). */
    public static List<Excerpt> bidBondRefundLate(Sentence s, int workingDays) {
        if (!Phrases.has(BID_BOND_REFUND, s)) {
            return List.of();
        }
        return Periods.find(s.text()).stream()
                .filter(p -> p.unit() == PeriodUnit.WORKING_DAY ? p.value() > workingDays
                        : p.calendarDays() > (workingDays * 7 + 4) / 5)
                .map(p -> Excerpt.in(s, p.start(), p.end(), workingDays + "个工作日")).limit(1).toList();
    }
}
