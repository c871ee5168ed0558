package org.zhiban.rules.contract;

import java.util.Locale;

/** 风险等级 of one {@link ContractFinding}. */
public enum Severity {
    /** 高: a void or unenforceable clause, a statutory prohibition, or a defect that blocks signing (大写/小写不一致). */
    HIGH("高"),
    /** 中: very likely unlawful or against the buyer's interest; the reviewer decides. */
    MEDIUM("中"),
    /** 低: advice on wording or practice. */
    LOW("低");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The form JSON carries: {@code high}, {@code medium}, {@code low}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** 高 / 中 / 低, for the officer. */
    public String label() {
        return label;
    }

    /** Whether a finding of this severity should stop the contract from going to signature as it stands. */
    public boolean blocksSigning() {
        return this == HIGH;
    }

    /** Reads {@code high}/{@code HIGH}/{@code 高}. */
    public static Severity fromCode(String code) {
        for (Severity severity : values()) {
            if (severity.name().equalsIgnoreCase(code.strip()) || severity.label.equals(code.strip())) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity: " + code);
    }
}
