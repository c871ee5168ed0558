package org.zhiban.rules.contract;

import static org.zhiban.rules.contract.Draft.goods;
import static org.zhiban.rules.contract.Draft.plain;
import static org.zhiban.rules.contract.Draft.services;
import static org.zhiban.rules.contract.Draft.works;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One example pair per rule id: a clean sample with one element spoiled so that exactly that rule fires (the
 * excerpt it must point at, and rules that fire with it by nature), and a near miss that comes out clean.
 * {@link RuleExamplesTest} runs them and fails when a rule in the DRL files has no example here.
 */
final class RuleExamples {

    record Example(String ruleId, Draft firing, String excerpt, Set<String> alsoFiring, Draft nearMiss) {
        @Override
        public String toString() {
            return ruleId;
        }
    }

    private static final List<Example> ALL = new ArrayList<>();
    private static final String ANY = null;

    private RuleExamples() {
    }

    static List<Example> all() {
        return List.copyOf(ALL);
    }

    private static void example(String ruleId, Draft firing, String excerpt, Draft nearMiss, String... alsoFiring) {
        ALL.add(new Example(ruleId, firing, excerpt, Set.of(alsoFiring), nearMiss));
    }

    private static final String SUPPLIER_LINES = "乙方（卖方）：某市美居家具有限公司\n地址：某市建设路2号\n";
    private static final String PLAIN_DEPOSIT = "第九条 定金：甲方于合同签订后3日内向乙方支付定金人民币肆仟元整（¥4,000.00）。";
    private static final String GOODS_PAY = "货物全部验收合格且甲方收到乙方开具的合法发票后20日内，甲方支付合同总价的65%";
    private static final String GOODS_ACCEPTANCE = "甲方应在5个工作日内按照本合同约定的技术参数组织验收";
    private static final String GOODS_DISPUTE = "任何一方均可向某市仲裁委员会申请仲裁。";
    private static final String LINE_ITEMS = "第十二条 分项报价清单\n1. 台式计算机主机\t200台\t¥1,000,000.00\n2. 显示器\t200台\t¥180,000.00\n"
            + "3. 安装调试及培训\t1项\t¥%s\n%s";

    static {
        // 主要条款 (民法典 第四百七十条), on the plain sale: one line per clause
        example("CON-FORM-PARTIES", plain().remove(SUPPLIER_LINES), ANY, plain());
        example("CON-FORM-PARTY-ADDRESS", plain().remove("地址：某市建设路2号\n"), "乙方（卖方）：某市美居家具有限公司",
                plain().replace("地址：某市建设路2号", "住所：某市建设路2号"));
        example("CON-FORM-SUBJECT", plain().remove("第一条 标的：乙方向甲方出售办公桌椅。\n"), ANY,
                plain().replace("标的：乙方向甲方出售", "买卖物品：乙方向甲方出售"));
        example("CON-FORM-QUANTITY", plain().remove("第二条 数量：办公桌20张、办公椅20把。\n"), ANY,
                plain().replace("数量：办公桌", "规格：办公桌"));
        example("CON-FORM-QUALITY", plain().remove("第三条 质量：符合GB/T 3325-2017《金属家具通用技术条件》。\n"), ANY,
                plain().replace("质量：符合", "技术要求：符合"));
        example("CON-FORM-PRICE", plain().remove("第四条 价款：合同总价为人民币贰万元整（¥20,000.00），含税。\n")
                .replace("全部价款", "全部货款"), ANY, plain());
        example("CON-FORM-TIME", plain().replace("乙方于2026年5月10日前将货物", "乙方将货物"), ANY,
                plain().replace("乙方于2026年5月10日前将货物", "乙方于收到甲方通知后5日内将货物"));
        example("CON-FORM-PLACE", plain().replace("将货物送至甲方住所地", "交付货物"), ANY,
                plain().replace("将货物送至甲方住所地", "将货物交付至甲方仓库"));
        example("CON-FORM-LIABILITY", plain().remove("第七条 违约责任：一方违约的，应赔偿对方因此遭受的直接损失。\n"), ANY,
                plain().replace("违约责任：一方违约的", "责任承担：一方违约的"));
        example("CON-FORM-DISPUTE", plain().remove("第八条 争议解决：发生争议的，向甲方住所地人民法院提起诉讼。\n"), ANY,
                plain().replace("向甲方住所地人民法院提起诉讼", "提交某市仲裁委员会仲裁"));
        example("CON-FORM-SIGNATURE", plain().remove("甲方（盖章）：某市恒通贸易有限公司\n日期：2026年5月6日\n"
                + "乙方（盖章）：某市美居家具有限公司\n日期：2026年5月6日\n"), ANY, plain());
        example("CON-FORM-SIGNATORY", plain().remove("乙方（盖章）：某市美居家具有限公司\n日期：2026年5月6日\n"),
                "乙方（卖方）：某市美居家具有限公司\n地址：某市建设路2号", plain());
        example("CON-FORM-SIGNING-DATE", plain().replace("日期：2026年5月6日", "日期：____年__月__日"), ANY,
                plain().replace("甲方（盖章）：某市恒通贸易有限公司\n日期：2026年5月6日", "甲方（盖章）：某市恒通贸易有限公司\n日期：____年__月__日"));
        example("CON-FORM-CREDIT-CODE", goods().replace("91340100MA2T12345T", "91340100MA2T12345U"), "91340100MA2T12345U",
                goods().replace("91340100MA2T12345T", "91340100MA2NQ1RJ1A"));
        // 无效和不公平的条款
        example("CON-FORM-EXEMPTION", goods().insertClause("第十二条 安全责任\n乙方人员在履行本合同过程中发生的人身伤亡，无论何种原因，甲方均不承担任何责任。"),
                "乙方人员在履行本合同过程中发生的人身伤亡，无论何种原因，甲方均不承担任何责任。",
                goods().insertClause("第十二条 安全责任\n乙方应对其人员的人身安全负责；因甲方原因造成乙方人员人身损害的，甲方依法承担赔偿责任。"));
        example("CON-FORM-LIABILITY-EXCLUSION", goods().insertClause("第十二条 工具保管\n乙方自行存放在安装现场的工具丢失的，甲方不承担任何责任。"),
                "不承担任何责任", goods().insertClause("第十二条 不可抗力\n因不可抗力不能履行合同的，双方均不承担任何责任。"));
        example("CON-FORM-ONE-SIDED-TERMINATION", plain().insertClause("第九条 解除：甲方有权随时解除本合同。"), "甲方有权随时解除",
                plain().insertClause("第九条 解除：乙方逾期交货超过15日的，甲方有权解除本合同。"));
        example("CON-FORM-LIMITATION", plain().insertClause("第九条 时效：本合同项下的诉讼时效为六个月。"), "诉讼时效为",
                plain().insertClause("第九条 时效：本合同项下权利的诉讼时效依照法律规定。"));

        // 定金与违约金
        example("CON-PEN-DEPOSIT-CAP", plain().insertClause(PLAIN_DEPOSIT.replace("肆仟元整（¥4,000.00）", "伍仟元整（¥5,000.00）")),
                ANY, plain().insertClause(PLAIN_DEPOSIT));
        example("CON-PEN-DEPOSIT-STACKED", plain().insertClause(PLAIN_DEPOSIT
                        + "\n第十条 定金罚则：一方违约的，应向对方支付合同总价10%的违约金，并且定金不予返还。"), "违约金，并且定金",
                plain().insertClause(PLAIN_DEPOSIT
                        + "\n第十条 定金罚则：一方违约的，应向对方支付合同总价10%的违约金；守约方可以选择适用违约金条款或者定金条款。"));
        example("CON-PEN-DEPOSIT-CHOICE", plain().insertClause(PLAIN_DEPOSIT
                        + "\n第十条 违约金：一方违约的，应向对方支付合同总价10%的违约金。"), ANY,
                plain().insertClause(PLAIN_DEPOSIT
                        + "\n第十条 违约金：一方违约的，应向对方支付合同总价10%的违约金，守约方也可以选择适用定金条款。"));
        example("CON-PEN-DEPOSIT-WORDING", plain().insertClause(PLAIN_DEPOSIT.replace("定金", "订金")), "订金",
                plain().insertClause(PLAIN_DEPOSIT));
        example("CON-PEN-DAILY-RATE-HIGH", goods().replace("货款的万分之五", "货款的千分之五"), ANY,
                goods().replace("货款的万分之五", "货款的万分之六"));
        example("CON-PEN-PERCENT-HIGH", goods().replace("乙方应按合同总价的10%", "乙方应按合同总价的35%"), ANY,
                goods().replace("乙方应按合同总价的10%", "乙方应按合同总价的30%"));
        example("CON-PEN-NO-CAP", goods().replace("；违约金累计不超过合同总价的10%。", "。"), ANY,
                goods().replace("；违约金累计不超过合同总价的10%。", "，违约金累计不超过合同总价的10%。"));
        example("CON-PEN-NO-ADJUST", goods().replace("乙方应按合同总价的10%向甲方支付违约金。", "乙方应按合同总价的10%向甲方支付违约金，该违约金不予调整。"),
                "不予调整", goods().replace("3.2 合同总价为含税价，", "3.2 合同总价为固定含税价，不予调整，"));
        example("CON-PEN-ONE-SIDED", goods().remove("6.4 甲方逾期付款的，应按照每日万分之五的标准向乙方支付逾期利息。\n")
                .remove("\n9.3 甲方无正当理由拒绝接收货物的，应按合同总价的5%向乙方支付违约金。"), ANY, goods());
        example("CON-PEN-UNLIMITED", goods().replace("并承担由此产生的费用", "并赔偿甲方的全部损失"), "赔偿甲方的全部损失",
                goods().replace("并承担由此产生的费用", "并赔偿甲方因此遭受的直接损失"));

        // 政府采购
        example("CON-PROC-BOND-CAP", goods().replace("合同总价5%的履约保证金", "合同总价15%的履约保证金"), ANY,
                goods().replace("合同总价5%的履约保证金", "合同总价10%的履约保证金"));
        example("CON-PROC-BOND-CASH", goods().replace("以银行保函形式", "以现金形式"), "现金",
                goods().replace("以银行保函形式", "以支票、汇票、本票或者保函等非现金形式"));
        example("CON-PROC-BID-BOND-REFUND", goods().insertClause("第十二条 投标保证金\n乙方的投标保证金在本合同签订后10个工作日内退还。"),
                "10个工作日", goods().insertClause("第十二条 投标保证金\n乙方的投标保证金在本合同签订后5个工作日内退还。"));
        example("CON-PROC-UNILATERAL-CHANGE", goods().insertClause("第十二条 合同调整\n甲方有权根据工作需要调整采购数量。"),
                "甲方有权根据工作需要调整", goods().insertClause("第十二条 合同调整\n经双方协商一致，可以调整采购数量，并签订补充协议。"));
        example("CON-PROC-SUPPLEMENT-CAP", goods().insertClause("第十二条 追加采购\n合同履行中甲方需追加相同货物的，所有补充合同的采购金额不超过原合同采购金额的20%。"),
                "20%", goods().insertClause("第十二条 追加采购\n合同履行中甲方需追加相同货物的，所有补充合同的采购金额不超过原合同采购金额的10%。"));
        example("CON-PROC-SUBCONTRACT", goods().insertClause("第十二条 分包\n乙方可以将安装调试工作分包给第三方。"), "乙方可以将安装调试工作分包",
                goods().insertClause("第十二条 分包\n经甲方书面同意，乙方可以将安装调试工作分包给第三方。"));
        example("CON-PROC-ACCEPTANCE-STANDARD", goods().replace(GOODS_ACCEPTANCE, "甲方应在5个工作日内组织验收"), ANY, goods());
        example("CON-PROC-SIGN-LATE", goods().award("2026年3月2日", "2026年2月10日"), ANY, goods());
        example("CON-PROC-SIGN-OVERDUE", goods().replace("日期：2026年3月20日\t日期：2026年3月18日", "日期：____年__月__日\t日期：____年__月__日"),
                ANY, goods().replace("日期：2026年3月20日\t日期：2026年3月18日", "日期：____年__月__日\t日期：____年__月__日")
                        .context(c -> new ReviewContext(java.time.LocalDate.of(2026, 3, 20), c.thresholds(), null, null, null)),
                "CON-FORM-SIGNING-DATE");
        example("CON-PROC-PUBLICATION", goods().insertClause("第十二条 保密\n双方对本合同内容负有保密义务，未经对方书面同意，不得向第三方披露。"), ANY,
                goods().insertClause("第十二条 保密\n双方对本合同内容负有保密义务，未经对方书面同意，不得向第三方披露，但依法应当公告的内容除外。"));
        example("CON-PROC-RETENTION-CAP", works().replace("5.4 结算价款的3%", "5.4 结算价款的5%"), ANY, works());
        example("CON-PROC-FUNDS-CONDITION", goods().context(c -> c.withSupplierSme(false))
                        .replace("且甲方收到乙方开具的合法发票后20日内", "且财政资金到位后20日内"), "财政资金到位后",
                goods().context(c -> c.withSupplierSme(false)));

        // 保障中小企业款项支付条例
        example("CON-SME-PAYMENT-OVER-MAX", goods().replace("合法发票后20日内", "合法发票后90日内"), ANY,
                goods().replace("合法发票后20日内", "合法发票后30日内"));
        example("CON-SME-PAYMENT-OVER-DEFAULT", goods().replace("合法发票后20日内", "合法发票后45日内"), ANY,
                goods().replace("合法发票后20日内", "合法发票后30日内"));
        example("CON-SME-LARGE-BUYER-OVER", goods().context(c -> c.withBuyer(BuyerKind.LARGE_ENTERPRISE))
                        .replace("合法发票后20日内", "合法发票后90日内"), ANY,
                goods().context(c -> c.withBuyer(BuyerKind.LARGE_ENTERPRISE)).replace("合法发票后20日内", "合法发票后60日内"));
        example("CON-SME-AUDIT-SETTLEMENT", goods().replace("3.2 合同总价为含税价，", "3.2 最终结算金额以审计部门的审计结果作为结算依据。合同总价为含税价，"),
                "以审计部门的审计结果作为结算依据", goods().replace("3.2 合同总价为含税价，", "3.2 结算金额以双方确认的金额为准。合同总价为含税价，"));
        example("CON-SME-ACCEPTANCE-PERIOD", goods().replace(GOODS_ACCEPTANCE, "甲方按照本合同约定的技术参数组织验收"), ANY, goods());
        example("CON-SME-BILLS", goods().replace("甲方支付合同总价的65%", "甲方以商业承兑汇票支付合同总价的65%"), "商业承兑汇票",
                goods().replace("甲方支付合同总价的65%", "经乙方同意，甲方可以银行承兑汇票支付合同总价的65%"));
        example("CON-SME-OTHER-DEPOSITS", works().insertClause("第十二条 其他保证金\n承包人应在进场前缴纳安全文明施工保证金人民币伍万元整（¥50,000.00）。"),
                "安全文明施工保证金", works());
        example("CON-SME-PAYMENT-EXCUSES", goods().replace("且甲方收到乙方开具的合法发票后20日内", "且甲方完成内部付款审批流程后20日内"),
                "内部付款审批流程", goods().insertClause("第十二条 付款保障\n甲方不得以内部付款审批流程为由迟延付款。"));
        example("CON-SME-LATE-INTEREST", goods().replace("应按照每日万分之五的标准向乙方支付逾期利息", "不计逾期利息"), ANY,
                goods().replace("应按照每日万分之五的标准向乙方支付逾期利息", "应按照同期一年期贷款市场报价利率的1.5倍向乙方支付逾期利息"));
        example("CON-SME-BACK-TO-BACK", goods().replace("且甲方收到乙方开具的合法发票后20日内", "且财政资金到位后20日内"), "财政资金到位后", goods());

        // 争议解决
        example("CON-DISP-BOTH", goods().replace(GOODS_DISPUTE, "任何一方可以向某市仲裁委员会申请仲裁，也可以向甲方所在地人民法院提起诉讼。"), ANY, goods());
        example("CON-DISP-NO-INSTITUTION", goods().replace(GOODS_DISPUTE, "任何一方均可提交仲裁机构仲裁。"), ANY, goods());
        example("CON-DISP-TWO-INSTITUTIONS", goods().replace(GOODS_DISPUTE, "任何一方均可向某市仲裁委员会或者某省仲裁委员会申请仲裁。"), ANY, goods());
        example("CON-DISP-NEGOTIATION-ONLY", goods().replace("双方应协商解决；协商不成的，" + GOODS_DISPUTE, "双方应友好协商解决。"), ANY, goods());
        example("CON-DISP-COURT-VAGUE", goods().replace(GOODS_DISPUTE, "任何一方均可向当地人民法院提起诉讼。"), "当地人民法院",
                goods().replace(GOODS_DISPUTE, "任何一方均可向甲方所在地人民法院提起诉讼。"));

        // 约定不明
        example("CON-WORD-VAGUE-PERIOD", goods().replace("乙方应在10日内免费更换", "乙方应在合理期限内免费更换"), "合理期限", goods());
        example("CON-WORD-VAGUE-STANDARD", goods().replace("GB 4943.1-2022《音视频、信息技术和通信技术设备 第1部分：安全要求》", "国家相关标准"),
                "国家相关标准", goods());
        example("CON-WORD-TO-BE-AGREED", goods().insertClause("第十二条 备品备件\n备品备件的数量和价格由双方另行协商。"), "另行协商",
                goods().insertClause("第十二条 备品备件\n备品备件的数量和价格由双方另行协商，协商不成的，按附件报价清单的单价执行。"));
        example("CON-WORD-AS-ACTUAL", goods().insertClause("第十二条 运输费用\n额外运输费用按实结算。"), "按实结算",
                goods().insertClause("第十二条 运输费用\n额外运输费用按实际运输距离乘以附件报价单中的单价结算。"));

        // 金额
        example("CON-AMT-CAPITALS-MISMATCH", goods().replace("壹佰贰拾万元整（¥1,200,000.00）", "壹佰贰拾伍万元整（¥1,200,000.00）"),
                "壹佰贰拾伍万元整（¥1,200,000.00", goods());
        example("CON-AMT-CAPITALS-ZHENG", goods().replace("陆仟元整", "陆仟元"), "陆仟元", goods().replace("陆仟元整", "陆仟元正"));
        example("CON-AMT-FIGURES-ONLY", goods().replace("合同总价为人民币壹佰贰拾万元整（¥1,200,000.00）", "合同总价为¥1,200,000.00"),
                "¥1,200,000.00", goods());
        example("CON-AMT-MILESTONE-PERCENT", goods().replace("甲方支付合同总价的65%", "甲方支付合同总价的60%"), ANY, goods());
        example("CON-AMT-MILESTONE-SUM", plain().replace("甲方于收货后10日内付清全部价款。",
                        "甲方于合同签订后3日内支付人民币壹万元整（¥10,000.00），收货后10日内支付人民币伍仟元整（¥5,000.00）。"), ANY,
                plain().replace("甲方于收货后10日内付清全部价款。",
                        "甲方于合同签订后3日内支付人民币壹万元整（¥10,000.00），收货后10日内支付人民币壹万元整（¥10,000.00）。"));
        example("CON-AMT-TAX", plain().replace("（¥20,000.00），含税。", "（¥20,000.00）。"), ANY, plain());

        // 一致性
        example("CON-CONS-PARTY-NAME", goods().replace("乙方（盖章）：某市新科信息技术有限公司", "乙方（盖章）：某市新科信息科技有限公司"), ANY,
                goods().replace("乙方（盖章）：某市新科信息技术有限公司", "乙方（盖章）：某市新科信息技术有限公司（公章）"));
        example("CON-CONS-TOTAL", goods().replace("3.2 合同总价为含税价，", "3.2 本合同总价款为人民币壹佰贰拾伍万元整（¥1,250,000.00），为含税价，"),
                "¥1,250,000.00", goods().replace("3.2 合同总价为含税价，", "3.2 本合同总价款为人民币壹佰贰拾万元整（¥1,200,000.00），为含税价，"));
        example("CON-CONS-DATE-RANGE", goods().insertClause("第十二条 合同有效期\n本合同有效期自2026年4月1日至2026年3月31日。"),
                "2026年4月1日至2026年3月31日", goods().insertClause("第十二条 合同有效期\n本合同有效期自2026年4月1日至2029年3月31日。"));
        example("CON-CONS-PERIOD-RANGE", services().replace("至2027年3月31日止", "至2027年2月28日止"), ANY, services());
        example("CON-CONS-LINE-ITEMS", goods().insertClause(String.format(LINE_ITEMS, "30,000.00", "合计：¥1,200,000.00")), ANY,
                goods().insertClause(String.format(LINE_ITEMS, "20,000.00", "合计：¥1,200,000.00")));
        example("CON-CONS-LINE-ITEMS-TOTAL", goods().insertClause(String.format(LINE_ITEMS, "30,000.00", "")), ANY,
                goods().insertClause(String.format(LINE_ITEMS, "20,000.00", "")));
        example("CON-CONS-SIGNED-AFTER-START", services().replace("日期：2026年3月25日", "日期：2026年4月10日"), ANY, services());
        example("CON-CONS-AWARD-SUBJECT", goods().award("某市教育局2026年中小学教学用计算机采购项目", "某市公安局2026年执法记录仪采购项目"), ANY, goods());
        example("CON-CONS-AWARD-PROJECT-NUMBER", goods().award("SCG-2026-0312", "SCG-2026-0399"), ANY, goods());
        example("CON-CONS-AWARD-AMOUNT", goods().award("人民币壹佰贰拾万元整（¥1,200,000.00）", "人民币壹佰壹拾伍万元整（¥1,150,000.00）"),
                "¥1,200,000.00", goods());
        example("CON-CONS-AWARD-PERIOD", goods().award("交货期：合同签订之日起30日内", "交货期：合同签订之日起45日内"), ANY, goods());
        example("CON-CONS-AWARD-SUPPLIER", goods().award("某市新科信息技术有限公司：", "某市新科电子有限公司："), ANY, goods());
        example("CON-CONS-AWARD-PURCHASER", goods().award("采购人：某市教育局", "采购人：某市教育体育局"), ANY, goods());
    }
}
