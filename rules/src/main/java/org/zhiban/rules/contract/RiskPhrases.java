package org.zhiban.rules.contract;

import java.util.List;
import java.util.regex.Pattern;

/** Wording that shifts or removes liability (民法典 第四百九十七条、第五百零六条、第五百八十五条至第五百八十八条). */
public final class RiskPhrases {

    private static final String EXEMPT = "(?:不承担|概不负责|不负责|免责|免除[^。；，]{0,8}责任|不予赔偿|不负任何|无需承担|不负有)";
    private static final Pattern NEGATED = Pattern.compile("不免除|不得免除|不能免除|不因此免除|并不免除|不应免除|不减轻|不得减轻");
    private static final Pattern INJURY_ANY_CAUSE = Pattern.compile(
            "(?:人身|伤亡|伤残|死亡|人身损害|人员伤害|人身伤害).{0,40}(?:无论|不论|任何|一切|概|均|所有)[^。；]{0,20}" + EXEMPT
                    + "|(?:无论|不论|任何|一切)[^。；]{0,30}(?:人身|伤亡|伤残|死亡|人身损害|人员伤害)[^。；]{0,30}" + EXEMPT);
    private static final Pattern GROSS_FAULT = Pattern.compile(
            "(?:即使|即便|包括|无论|不论|哪怕)[^。；]{0,16}(?:故意|重大过失)[^。；]{0,30}" + EXEMPT);
    private static final Pattern EXCLUSION = Pattern.compile(
            "不承担任何(?:责任|赔偿|法律责任|经济责任|形式的责任)|概不负责|不负任何责任|免除[^。；，]{0,6}一切责任"
                    + "|一切后果(?:均)?由[^。；，]{0,6}(?:自行)?承担");
    private static final Pattern FORCE_MAJEURE = Pattern.compile("不可抗力");
    private static final Pattern ONE_SIDED = Pattern.compile(
            "(?:" + PartyRole.LABELS + ")(?:有权|可以|可|得)(?:随时|单方面?|无条件|任意|无需[^，。；]{0,8}|不经[^，。；]{0,8}|根据自身需要|视情况)"
                    + "[^。；，]{0,10}(?:解除|终止)");
    private static final Pattern UNILATERAL = Pattern.compile(
            "(?:" + PartyRole.LABELS + ")(?:有权|可以|可|得)(?:随时|单方面?|无条件|任意|无需[^，。；]{0,8}|不经[^，。；]{0,8})"
                    + "[^。；，]{0,10}(?:变更|中止|终止|解除|调整)"
                    + "|(?:甲方|采购人|发包人)(?:有权|可以|可)(?:根据|视)[^，。；]{0,12}需要[^，。；]{0,8}(?:调整|变更|增加|减少|削减|取消|中止|终止|解除)");
    private static final Pattern AGREED = Pattern.compile("协商一致|双方协商|书面同意|经双方");
    private static final Pattern UNLIMITED = Pattern.compile(
            "承担(?:全部|一切)(?:的)?(?:责任|损失|后果|法律责任|经济责任)|赔偿(?:甲方|乙方|对方)?(?:的)?(?:全部|一切)(?:经济)?损失"
                    + "|无限(?:连带)?责任|一切(?:经济|法律)责任");
    private static final Pattern LIMITATION = Pattern.compile(
            "诉讼时效(?:期间)?(?:为|是|缩短为|变更为|约定为)|放弃(?:诉讼|起诉|追诉|索赔|追偿)(?:的)?权利"
                    + "|不得(?:向[^，。；]{0,10})?(?:起诉|提起诉讼)");
    private static final Pattern ARBITRATION = Pattern.compile("仲裁");
    private static final Pattern NO_ADJUST = Pattern.compile(
            "(?:不得|不予|不作|不能|不可|不再)(?:要求|请求|申请)?(?:人民法院|法院|仲裁机构)?(?:予以)?(?:调整|调减|减少|降低)"
                    + "|放弃[^。；，]{0,8}(?:调整|减少|调减)[^。；，]{0,6}权利");
    private static final String DEPOSIT = "(?<![约规确限核固指认鉴决设拟制议审评测选预法特既锁])定金";
    private static final Pattern STACKED = Pattern.compile(
            DEPOSIT + "[^。；]{0,30}(?:并|同时|且|另|还应|此外|以及)[^。；]{0,20}违约金"
                    + "|违约金[^。；]{0,30}(?:并|同时|且|另|还应|此外|以及)[^。；]{0,20}" + DEPOSIT);
    private static final Pattern EARNEST = Pattern.compile("订金|订约金|留置金");

    private RiskPhrases() {
    }

    /** 免除人身损害、故意或者重大过失财产损失责任 (第五百零六条). */
    public static List<Excerpt> exemption(Sentence s) {
        return Phrases.sentenceIf(!Phrases.has(NEGATED, s)
                && (Phrases.has(INJURY_ANY_CAUSE, s) || Phrases.has(GROSS_FAULT, s)), s);
    }

    /** 不承担任何责任 and the like, outside 不可抗力 and outside what {@link #exemption} reports. */
    public static List<Excerpt> liabilityExclusion(Sentence s) {
        if (Phrases.has(FORCE_MAJEURE, s) || !exemption(s).isEmpty() || Phrases.has(NEGATED, s)) {
            return List.of();
        }
        return Phrases.matches(EXCLUSION, s);
    }

    /** 一方有权随时/单方解除合同. */
    public static List<Excerpt> oneSidedTermination(Sentence s) {
        return Phrases.has(AGREED, s) ? List.of() : Phrases.matches(ONE_SIDED, s);
    }

    /** 擅自变更、中止或者终止政府采购合同 (政府采购法 第五十条). */
    public static List<Excerpt> unilateralChange(Sentence s) {
        return Phrases.has(AGREED, s) ? List.of() : Phrases.matches(UNILATERAL, s);
    }

    public static List<Excerpt> unlimitedLiability(Sentence s) {
        return Phrases.matches(UNLIMITED, s);
    }

    /** Agreed limitation periods or waivers of the right to sue (民法典 第一百九十七条). */
    public static List<Excerpt> limitation(Sentence s) {
        return Phrases.has(ARBITRATION, s) ? List.of() : Phrases.matches(LIMITATION, s);
    }

    /** 违约金不得调整 (合同编通则解释 第六十四条第三款). */
    public static List<Excerpt> penaltyNoAdjust(Sentence s) {
        return s.text().contains("违约金") ? Phrases.matches(NO_ADJUST, s) : List.of();
    }

    /** 定金 and 违约金 applied together (第五百八十八条). */
    public static List<Excerpt> depositStacked(Sentence s) {
        return Phrases.matches(STACKED, s);
    }

    /** 订金/订约金/留置金 where 定金 may be meant (合同编通则解释 第六十七条). */
    public static List<Excerpt> earnestWording(Sentence s) {
        return Phrases.matches(EARNEST, s, "定金");
    }
}
