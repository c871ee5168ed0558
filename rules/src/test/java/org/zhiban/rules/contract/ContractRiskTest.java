package org.zhiban.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** 风险评级: score = 100 − (20 a 高, 8 a 中, 2 a 低), floored at 0; 高 on any 高 or below 60, 中 below 85. */
class ContractRiskTest {

    private static List<ContractFinding> findings(int high, int medium, int low) {
        List<ContractFinding> list = new ArrayList<>();
        for (int i = 0; i < high; i++) {
            list.add(Findings.whole("CON-X", Severity.HIGH, "高", null, Citation.of("民法典", "第一条")));
        }
        for (int i = 0; i < medium; i++) {
            list.add(Findings.whole("CON-X", Severity.MEDIUM, "中", null, Citation.of("民法典", "第一条")));
        }
        for (int i = 0; i < low; i++) {
            list.add(Findings.whole("CON-X", Severity.LOW, "低", null, Citation.of("民法典", "第一条")));
        }
        return list;
    }

    @Test
    void a_clean_contract_scores_100_and_is_low_risk() {
        assertThat(ContractRisk.of(List.of())).isEqualTo(new ContractRisk(100, ContractRisk.RiskLevel.LOW, 0, 0, 0));
    }

    @Test
    void low_findings_alone_keep_the_level_low_until_the_score_drops_below_85() {
        assertThat(ContractRisk.of(findings(0, 0, 7))).extracting(ContractRisk::score, ContractRisk::level)
                .containsExactly(86, ContractRisk.RiskLevel.LOW);
        assertThat(ContractRisk.of(findings(0, 0, 8))).extracting(ContractRisk::score, ContractRisk::level)
                .containsExactly(84, ContractRisk.RiskLevel.MEDIUM);
    }

    @Test
    void medium_findings_lower_the_level_by_score() {
        assertThat(ContractRisk.of(findings(0, 1, 0)).level()).isEqualTo(ContractRisk.RiskLevel.LOW);
        assertThat(ContractRisk.of(findings(0, 2, 0))).extracting(ContractRisk::score, ContractRisk::level)
                .containsExactly(84, ContractRisk.RiskLevel.MEDIUM);
        assertThat(ContractRisk.of(findings(0, 6, 0))).extracting(ContractRisk::score, ContractRisk::level)
                .containsExactly(52, ContractRisk.RiskLevel.HIGH);
    }

    @Test
    void any_high_finding_makes_the_contract_high_risk() {
        assertThat(ContractRisk.of(findings(1, 0, 0))).extracting(ContractRisk::score, ContractRisk::level)
                .containsExactly(80, ContractRisk.RiskLevel.HIGH);
    }

    @Test
    void the_score_does_not_go_below_zero() {
        ContractRisk risk = ContractRisk.of(findings(4, 3, 5));

        assertThat(risk.score()).isZero();
        assertThat(risk).extracting(ContractRisk::high, ContractRisk::medium, ContractRisk::low).containsExactly(4, 3, 5);
        assertThat(risk.level().label()).isEqualTo("高");
    }
}
