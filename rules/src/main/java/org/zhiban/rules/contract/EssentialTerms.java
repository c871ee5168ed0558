package org.zhiban.rules.contract;

import java.util.regex.Pattern;

/**
 * 合同主要条款 (民法典 第四百七十条) — which of the usual clauses the contract has, read off headings and words. A
 * clause is "there" when the text says something about it; whether it says enough is for the reviewer.
 */
public record EssentialTerms(boolean parties, boolean subject, boolean quantity, boolean quality, boolean price,
                             boolean time, boolean place, boolean liability, boolean dispute) {

    private static final Pattern SUBJECT = Pattern.compile(
            "标的|采购内容|采购标的|服务内容|服务范围|工程内容|工程概况|承包范围|项目内容|货物名称|委托事项|工作内容|建设内容|租赁物|服务事项"
                    + "|(?:" + PartyRole.LABELS + ")(?:向[^，。；]{1,8})?(?:提供|供应|出售|销售|交付|承建|承揽)");
    private static final Pattern QUANTITY = Pattern.compile(
            "数量|工程量|工作量|规模|面积|[\\p{IsHan}]量(?:约|为|共|不少于)"
                    + "|\\d+(?:\\.\\d+)?\\s*万?\\s*(?:台|套|件|个|批|项|平方米|㎡|米|吨|份|人|次|辆|册|本|箱|间|座|公里|千米|工日|户|栋|处|所|名|页|卷|宗|张|把|条)");
    private static final Pattern QUALITY = Pattern.compile(
            "质量|技术要求|技术标准|技术规范|技术参数|服务标准|验收标准|国家标准|GB|规范要求|服务要求");
    private static final Pattern PRICE = Pattern.compile("价款|总价|报酬|费用|合同金额|合同价");
    private static final Pattern TIME = Pattern.compile(
            "期限|工期|交货期|交付期|服务期|履行期|供货期|竣工|交货时间|交付时间|完成时间|开工|日前|之日起"
                    + "|\\d+\\s*(?:个)?(?:工作日|日历天|日|天|个月)内[^。；]{0,20}(?:交货|送货|交付|供货|到货|完成|安装|竣工|运至|送至|送达)"
                    + "|(?:签订|生效|收到|接到)[^。；，]{0,10}后\\s*\\d+\\s*(?:个)?(?:工作日|日历天|日|天|个月)内");
    private static final Pattern PLACE = Pattern.compile(
            "地点|交货地|交付地|施工地|服务地|交付至|送达|送至|运至|安装于|现场|项目地址|工程地址");
    private static final Pattern LIABILITY = Pattern.compile("违约|赔偿");

    static EssentialTerms of(ParsedContract contract) {
        String body = contract.text().substring(contract.bodyStart(), contract.bodyEnd());
        long named = contract.parties().stream().filter(p -> p.name() != null).map(Party::role).distinct().count();
        return new EssentialTerms(named >= 2, SUBJECT.matcher(body).find(), QUANTITY.matcher(body).find(),
                QUALITY.matcher(body).find(), !contract.amounts().isEmpty() || PRICE.matcher(body).find(),
                TIME.matcher(body).find() || !contract.dateRanges().isEmpty(), PLACE.matcher(body).find(),
                LIABILITY.matcher(body).find(), contract.dispute() != null);
    }
}
