package org.zhiban.rules.contract;

import java.util.regex.Pattern;

/** Whether the 违约责任 binds the buyer as well as the supplier (a one-sided clause is a 民法典 第四百九十七条 risk). */
public record LiabilityBalance(boolean buyerLiable, boolean supplierLiable) {

    /* The party must be the one in breach: not "向甲方支付违约金", where 甲方 receives. */
    private static final String BREACH = "[^。；，]{0,8}?(?:逾期|迟延|延迟|延期|未按|未能|违反|违约(?!金)|擅自|无故|无正当理由|不按|拒绝|拖延|中途)";
    private static final Pattern BUYER = Pattern.compile("(?<![向对给])(?:甲方|采购人|发包人|委托方|委托人|买方)" + BREACH);
    private static final Pattern SUPPLIER = Pattern.compile("(?<![向对给])(?:乙方|供应商|承包人|受托方|受托人|卖方)" + BREACH);
    private static final Pattern CONSEQUENCE = Pattern.compile("违约金|赔偿|利息|承担[^。；]{0,6}责任|违约责任");

    static LiabilityBalance of(ParsedContract contract) {
        boolean buyer = false;
        boolean supplier = false;
        for (Sentence s : contract.sentences()) {
            if (s.start() < contract.bodyStart() || !CONSEQUENCE.matcher(s.text()).find()) {
                continue;
            }
            buyer |= BUYER.matcher(s.text()).find();
            supplier |= SUPPLIER.matcher(s.text()).find();
        }
        return new LiabilityBalance(buyer, supplier);
    }
}
