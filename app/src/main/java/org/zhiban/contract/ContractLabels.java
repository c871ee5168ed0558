package org.zhiban.contract;

import java.util.Map;
import org.zhiban.rules.contract.Severity;

/** The Chinese words of the review's codes, one place for the views, the notices and the report. */
public final class ContractLabels {

    static final Map<String, String> PARTS = Map.of("legal", "法务", "finance", "财务", "business", "业务",
            "leader", "领导");
    static final Map<String, String> DECISIONS = Map.of("accept", "采纳", "override", "不采纳", "agree", "同意",
            "return", "退回", "approve", "签批同意");
    public static final Map<String, String> KINDS = Map.of("goods", "货物", "services", "服务", "works", "工程");

    private ContractLabels() {
    }

    public static String level(String code) {
        return switch (code == null ? "" : code) {
            case "high" -> "高";
            case "medium" -> "中";
            case "low" -> "低";
            default -> code;
        };
    }

    public static String severity(Severity severity) {
        return severity.label() + "风险";
    }

    /** 高 is an error in the case's notices, 中 a warning, 低 for information. */
    static String noticeSeverity(Severity severity) {
        return switch (severity) {
            case HIGH -> "ERROR";
            case MEDIUM -> "WARNING";
            case LOW -> "INFO";
        };
    }

    public static String part(String code) {
        return PARTS.getOrDefault(code, code);
    }

    public static String decision(String code) {
        return DECISIONS.getOrDefault(code, code);
    }
}
