package org.zhiban.rules.contract;

/** Money one side hands over as security. */
public enum SecurityKind {
    /** 定金 (民法典 第五百八十六条). */
    DEPOSIT("定金"),
    /** 履约保证金 / 履约担保. */
    PERFORMANCE_BOND("履约保证金"),
    /** 质保金 / 质量保证金 / 保修金. */
    RETENTION("质量保证金"),
    /** 投标保证金. */
    BID_BOND("投标保证金");

    private final String label;

    SecurityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
