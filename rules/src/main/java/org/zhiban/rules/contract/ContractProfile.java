package org.zhiban.rules.contract;

import java.util.regex.Pattern;

/**
 * What kind of contract this is, for the rules that apply to some contracts only: the {@link ReviewContext}'s
 * statement where it makes one, else what the text shows.
 *
 * @param governmentProcurement 政府采购合同 (政府采购法 第四十三条起)
 * @param works                 a construction contract (工程, 施工, 发包人/承包人)
 * @param buyer                 the 甲方's kind
 * @param smeSupplier           the 乙方 is a 中小企业
 * @param smePayment            the SME payment rules (条例 第九条–第十七条) apply: an SME supplier and a buyer the
 *                              regulation binds
 */
public record ContractProfile(boolean governmentProcurement, boolean works, BuyerKind buyer, boolean smeSupplier,
                              boolean smePayment) {

    private static final Pattern PROCUREMENT = Pattern.compile(
            "政府采购|采购人|中标通知书|成交通知书|采购文件|集中采购|采购代理机构|采购项目编号");
    private static final Pattern WORKS = Pattern.compile("施工|工程款|竣工|发包人|承包人|建设工程|工程量清单");
    private static final Pattern SME = Pattern.compile(
            "(?<!大型企业和)中小企业|小微企业|小型企业|微型企业|中型企业");
    private static final Pattern PUBLIC_BODY = Pattern.compile(
            "(?:局|委员会|委|厅|部|办公室|办|人民政府|政府|法院|检察院|学校|小学|中学|大学|学院|幼儿园|医院|卫生院|中心|研究所|研究院|馆|站|队|处|所|街道办事处|管理处|管委会|机关)$");
    private static final Pattern ENTERPRISE = Pattern.compile("公司|集团|企业|有限|股份|合伙|工作室|个体");

    static ContractProfile of(ParsedContract contract, ReviewContext context) {
        String text = contract.text().substring(0, contract.bodyEnd());
        boolean procurement = context.governmentProcurement() != null ? context.governmentProcurement()
                : PROCUREMENT.matcher(text).find();
        BuyerKind buyer = context.buyer() != null ? context.buyer() : buyer(contract);
        boolean sme = context.supplierSme() != null ? context.supplierSme() : SME.matcher(text).find();
        return new ContractProfile(procurement, WORKS.matcher(text).find(), buyer, sme,
                sme && buyer.boundBySmePaymentRules());
    }

    private static BuyerKind buyer(ParsedContract contract) {
        return contract.party(PartyRole.FIRST).map(Party::name)
                .filter(name -> !ENTERPRISE.matcher(name).find() && PUBLIC_BODY.matcher(name).find())
                .map(name -> BuyerKind.PUBLIC_BODY).orElse(BuyerKind.OTHER);
    }
}
