package org.zhiban.rules.contract;

/**
 * 当事人角色. The first party is the one who pays (采购人, 发包人, 委托方, 买方), the second the one who performs
 * (供应商, 承包人, 受托方, 卖方): the labels a contract uses are read into these three.
 */
public enum PartyRole {
    /** 甲方 (采购人、发包人、委托方、委托人、买方、买受人). */
    FIRST("甲方"),
    /** 乙方 (供应商、承包人、受托方、受托人、卖方、出卖人). */
    SECOND("乙方"),
    /** 丙方. */
    THIRD("丙方");

    private final String label;

    PartyRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The role a label stands for, or {@code null} when it is not a party label. */
    public static PartyRole ofLabel(String label) {
        return switch (label) {
            case "甲方", "采购人", "发包人", "委托方", "委托人", "买方", "买受人", "采购方", "发包方" -> FIRST;
            case "乙方", "供应商", "承包人", "受托方", "受托人", "卖方", "出卖人", "承包方", "供货方", "服务方" -> SECOND;
            case "丙方" -> THIRD;
            default -> null;
        };
    }

    /** The labels {@link #ofLabel} knows, longest first, for patterns. */
    static final String LABELS = "甲方|乙方|丙方|采购人|采购方|供应商|发包人|发包方|承包人|承包方|委托方|受托方|委托人|受托人"
            + "|买方|卖方|买受人|出卖人|供货方|服务方";
}
