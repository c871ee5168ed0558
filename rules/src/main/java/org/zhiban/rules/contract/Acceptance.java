package org.zhiban.rules.contract;

import java.util.regex.Pattern;

/**
 * 验收 — what the contract says about acceptance (实施条例 第四十五条; 保障中小企业款项支付条例 第十条).
 *
 * @param mentioned          验收 is provided for
 * @param standardDefined    the standard it is measured against is given (验收标准, 技术参数, 按照…验收)
 * @param periodDefined      a time for acceptance is given ("到货后5个工作日内组织验收", "验收期限为10日")
 * @param paymentOnAcceptance a payment waits for acceptance ("验收合格后30日内支付")
 */
public record Acceptance(boolean mentioned, boolean standardDefined, boolean periodDefined,
                         boolean paymentOnAcceptance) {

    private static final Pattern STANDARD = Pattern.compile(
            "验收标准|验收方案|验收程序|验收办法|技术参数|技术要求|技术标准|服务标准|质量标准|(?:按照|依据|根据|按)[^。；]{0,30}验收|验收[^。；]{0,10}(?:依据|按照)");
    private static final String N = "(?:\\d{1,4}|[一二两三四五六七八九十百]{1,4})\\s*(?:个)?\\s*(?:工作日|日|天)";
    private static final Pattern PERIOD = Pattern.compile(
            N + "内[^。；]{0,24}验收|验收(?:期|期限|时间)[^。；，]{0,6}" + N + "|验收[^。；，]{0,6}(?:应|须)?在[^。；，]{0,12}" + N + "内完成");

    private static final Pattern PAID_ON_ACCEPTANCE = Pattern.compile(
            "验收(?:合格|通过)[^。；]{0,40}(?:支付|付款|付清|结清|拨付)");

    static Acceptance of(ParsedContract contract) {
        boolean mentioned = false;
        boolean standard = false;
        boolean period = false;
        for (Sentence s : contract.sentences()) {
            if (!s.text().contains("验收") || s.start() < contract.bodyStart()) {
                continue;
            }
            mentioned = true;
            standard |= STANDARD.matcher(s.text()).find();
            period |= PERIOD.matcher(s.text()).find();
        }
        boolean onAcceptance = contract.sentences().stream()
                .anyMatch(s -> s.start() >= contract.bodyStart() && PAID_ON_ACCEPTANCE.matcher(s.text()).find()
                        && !Milestones.NOT_THE_PRICE.matcher(s.text()).find());
        return new Acceptance(mentioned, standard, period, onAcceptance);
    }
}
