package org.zhiban.rules.contract;

import java.util.List;
import java.util.regex.Pattern;

/** Vague terms with no fallback in the same sentence (民法典 第五百一十条、第五百一十一条). */
public final class VaguePhrases {

    private static final Pattern PERIOD = Pattern.compile("合理期限|合理时间|合理的期限|合理的时间|尽快|适当时间|适当的时间|一定期限|必要时间");
    private static final Pattern STANDARD = Pattern.compile(
            "(?:国家|行业)?(?:相关|有关)(?:的)?(?:技术)?(?:标准|规范)|相应(?:的)?(?:标准|规范)");
    private static final Pattern NAMED_STANDARD = Pattern.compile(
            "(?:GB|JGJ|JTG|CJJ|ISO|DB|HJ|YY|QB|JB|SJ|GA|WS)\\s*(?:/\\s*T)?\\s*\\d|《[^》]{2,40}》");
    private static final Pattern TO_BE_AGREED = Pattern.compile(
            "另行(?:协商|商定|约定|确定)|(?:协商|商定)确定|届时(?:协商|商定|确定|另定)|待定|以后(?:协商|商定)");
    private static final Pattern ESSENTIAL = Pattern.compile("价|费|款|数量|质量|标准|期限|时间|地点|交付|工期|金额|验收");
    private static final Pattern FALLBACK = Pattern.compile("协商不成|协商不一致|未能达成|达不成|无法达成|否则|未达成|不能达成");
    private static final Pattern BOILERPLATE = Pattern.compile("未尽事宜|补充协议|争议|纠纷");
    private static final Pattern AS_ACTUAL = Pattern.compile(
            "按实(?:际)?结算|按实际(?:发生|情况|数量|工作量|工程量)?(?:结算|计算|支付|计取)|以实际(?:发生|结算|数量)?为准");
    private static final Pattern METHOD = Pattern.compile("单价|计价|计算方式|计量规则|综合单价|费率|标准计算|按照[^。；]{0,10}计");

    private VaguePhrases() {
    }

    /** 合理期限, 尽快 … with no number of days in the sentence. */
    public static List<Excerpt> vaguePeriod(Sentence s) {
        if (!Periods.find(s.text()).isEmpty() || !Dates.find(s.text()).isEmpty()) {
            return List.of();
        }
        return Phrases.matches(PERIOD, s).stream().limit(1).toList();
    }

    /** 相关标准 with no standard named in the sentence. */
    public static List<Excerpt> vagueStandard(Sentence s) {
        return Phrases.has(NAMED_STANDARD, s) ? List.of() : Phrases.matches(STANDARD, s).stream().limit(1).toList();
    }

    /** An essential term left to 另行协商 with no rule for when the parties do not agree. */
    public static List<Excerpt> toBeAgreed(Sentence s) {
        if (!Phrases.has(ESSENTIAL, s) || Phrases.has(FALLBACK, s) || Phrases.has(BOILERPLATE, s)) {
            return List.of();
        }
        return Phrases.matches(TO_BE_AGREED, s).stream().limit(1).toList();
    }

    /** 按实结算 with no unit price or method. */
    public static List<Excerpt> asActual(Sentence s) {
        return Phrases.has(METHOD, s) ? List.of() : Phrases.matches(AS_ACTUAL, s).stream().limit(1).toList();
    }

    /** 当地/有关人民法院: a court nobody can identify (民事诉讼法 第三十五条). */
    public static List<Excerpt> vagueCourt(ParsedContract contract) {
        DisputeResolution d = contract.dispute();
        if (d == null) {
            return List.of();
        }
        var m = Pattern.compile("(?:当地|有关|相关)(?:的)?人民法院").matcher(d.text());
        return m.find() ? List.of(new Excerpt(d.start() + m.start(), d.start() + m.end(), m.group(), null)) : List.of();
    }
}
