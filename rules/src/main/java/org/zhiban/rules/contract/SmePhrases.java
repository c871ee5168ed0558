package org.zhiban.rules.contract;

import java.util.List;
import java.util.regex.Pattern;

/** Payment wording that 《保障中小企业款项支付条例》 (2025) forbids. */
public final class SmePhrases {

    private static final Pattern AUDIT = Pattern.compile(
            "以[^。；，]{0,15}审计[^。；，]{0,10}(?:作为|为)[^。；，]{0,8}(?:结算|付款|支付|决算)(?:的)?依据"
                    + "|(?:结算|价款|合同价|工程款|决算)[^。；，]{0,12}以[^。；，]{0,15}审计[^。；，]{0,10}为准"
                    + "|(?:经|由)[^。；，]{0,10}审计[^。；，]{0,8}(?:审定|审核|核定)[^。；，]{0,6}(?:后的|的)?(?:金额|价款|造价)?(?:作为|为)(?:最终)?结算");
    private static final Pattern EXCUSES = Pattern.compile(
            "(?:法定代表人|主要负责人|负责人|领导)(?:的)?(?:变更|更换|调整|变动)|(?:内部|财务)[^。；，]{0,6}(?:审批|付款|报销)?(?:流程|程序|手续)");
    private static final Pattern BILLS = Pattern.compile(
            "商业承兑汇票|银行承兑汇票|商业汇票|承兑汇票|应收账款电子凭证|电子债权凭证|供应链票据|数字债权凭证|债权凭证");
    private static final Pattern SUPPLIER_AGREES = Pattern.compile("乙方同意|经乙方|协商一致|乙方自愿|乙方书面同意|不得强制|乙方选择");
    private static final Pattern OTHER_DEPOSIT = Pattern.compile(
            "(?:安全文明施工|文明施工|安全|诚信|信誉|廉政|风险|管理|工期|进度|材料|保洁|环保|扬尘|治安|临时设施)保证金|施工押金|质量押金");
    private static final Pattern BACK_TO_BACK = Pattern.compile(
            "(?:财政资金|财政拨款|上级资金|专项资金|项目资金|资金|款项)(?:拨付)?(?:到位|下达|落实|到账)(?:后|之后|情况)"
                    + "|(?:收到|取得|获得)[^。；，]{0,12}(?:业主|建设单位|第三方|上级|财政|最终用户)[^。；，]{0,8}(?:付款|拨款|款项|资金)(?:后|之后)"
                    + "|按[^。；，]{0,10}(?:资金到位|拨款|付款)(?:进度|比例|情况)");

    private SmePhrases() {
    }

    /** 以审计结果作为结算依据 (第十二条). */
    public static List<Excerpt> auditSettlement(Sentence s) {
        return Phrases.matches(AUDIT, s).stream()
                .filter(e -> !Phrases.negatedBefore(s.text(), e.start() - s.start())).toList();
    }

    /** Payment held up for a change of legal representative or internal procedures (第十四条). */
    public static List<Excerpt> paymentExcuses(Sentence s) {
        if (!Phrases.has(Phrases.PAY, s) || s.text().contains("不得以") || s.text().contains("不以")) {
            return List.of();
        }
        return Phrases.matches(EXCUSES, s);
    }

    /** Commercial bills or receivable vouchers imposed on the supplier (第十一条). */
    public static List<Excerpt> bills(Sentence s) {
        if (!Phrases.has(Phrases.PAY, s) || Phrases.has(SUPPLIER_AGREES, s)) {
            return List.of();
        }
        return Phrases.matches(BILLS, s).stream().limit(1).toList();
    }

    /** Deposits other than 投标、履约、工程质量、农民工工资保证金 in construction (第十三条). */
    public static List<Excerpt> otherDeposits(Sentence s) {
        return Phrases.matches(OTHER_DEPOSIT, s);
    }

    /** Payment waiting for a third party's payment or the arrival of funds (第九条第二款; 实施条例 第五十一条). */
    public static List<Excerpt> backToBack(Sentence s) {
        return Phrases.has(Phrases.PAY, s) ? Phrases.matches(BACK_TO_BACK, s) : List.of();
    }
}
