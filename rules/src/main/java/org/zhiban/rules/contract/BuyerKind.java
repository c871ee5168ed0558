package org.zhiban.rules.contract;

/** Who pays, as 《保障中小企业款项支付条例》 distinguishes them. */
public enum BuyerKind {
    /** 机关、事业单位: 30 days from delivery, at most 60 by agreement (第九条第一款). */
    PUBLIC_BODY("机关、事业单位"),
    /** 国有大型企业: 60 days (第九条第二款); may not impose audit results as the settlement basis (第十二条). */
    STATE_OWNED_LARGE_ENTERPRISE("国有大型企业"),
    /** 大型企业: 60 days (第九条第二款). */
    LARGE_ENTERPRISE("大型企业"),
    /** Anyone else, or not known: the payment-term rules do not apply. */
    OTHER("其他");

    private final String label;

    BuyerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 机关、事业单位和大型企业 — the buyers the regulation binds. */
    public boolean boundBySmePaymentRules() {
        return this != OTHER;
    }
}
