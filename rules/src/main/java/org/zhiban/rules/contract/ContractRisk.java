package org.zhiban.rules.contract;

import java.util.List;

/**
 * 风险评级 of a reviewed contract.
 *
 * <p>score = 100 − Σ weight(finding), weights 高 20, 中 8, 低 2, floored at 0. Level 高 when any finding is 高
 * or the score is below 60; 中 when the score is below 85; 低 otherwise. Every finding counts, consistency
 * findings included; a rule that fires at three places counts three times.
 *
 * @param score  0–100, higher is safer
 * @param level  高/中/低
 * @param high   number of 高 findings
 * @param medium number of 中 findings
 * @param low    number of 低 findings
 */
public record ContractRisk(int score, RiskLevel level, int high, int medium, int low) {

    public static final int HIGH_WEIGHT = 20;
    public static final int MEDIUM_WEIGHT = 8;
    public static final int LOW_WEIGHT = 2;
    public static final int HIGH_BELOW = 60;
    public static final int MEDIUM_BELOW = 85;

    /** 风险等级 of the whole contract. */
    public enum RiskLevel {
        HIGH("高"), MEDIUM("中"), LOW("低");

        private final String label;

        RiskLevel(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static ContractRisk of(List<ContractFinding> findings) {
        int high = count(findings, Severity.HIGH);
        int medium = count(findings, Severity.MEDIUM);
        int low = count(findings, Severity.LOW);
        int score = Math.max(0, 100 - high * HIGH_WEIGHT - medium * MEDIUM_WEIGHT - low * LOW_WEIGHT);
        RiskLevel level = high > 0 || score < HIGH_BELOW ? RiskLevel.HIGH
                : score < MEDIUM_BELOW ? RiskLevel.MEDIUM : RiskLevel.LOW;
        return new ContractRisk(score, level, high, medium, low);
    }

    private static int count(List<ContractFinding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}
