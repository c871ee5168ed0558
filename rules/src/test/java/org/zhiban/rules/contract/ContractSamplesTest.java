package org.zhiban.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample contracts written for the project — goods, services and works, clean and with seeded defects —
 * each with the exact set of rule ids it must raise.
 */
class ContractSamplesTest {

    static List<String> samples() {
        return Samples.NAMES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void each_sample_raises_exactly_its_expected_rules(String name) {
        List<ContractFinding> findings = Reviews.reviewSample(name);

        assertThat(new TreeSet<>(findings.stream().map(ContractFinding::ruleId).toList()))
                .as("%s: %s", name, findings)
                .isEqualTo(Samples.expected(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_excerpt_is_the_text_at_its_span(String name) {
        String text = Samples.text(name);

        for (ContractFinding f : Reviews.reviewSample(name)) {
            if (f.excerpt() != null) {
                assertThat(text.substring(f.start(), f.end())).as(f.ruleId()).isEqualTo(f.excerpt());
            }
            assertThat(f.message()).as(f.ruleId()).containsPattern("\\p{IsHan}");
            assertThat(f.suggestion() == null || f.suggestion().codePoints().anyMatch(c ->
                    Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).as(f.ruleId()).isTrue();
        }
    }

    @Test
    void clean_samples_have_no_high_or_medium_findings() {
        for (String name : Samples.NAMES) {
            if (name.endsWith("-clean")) {
                assertThat(Reviews.reviewSample(name)).as(name)
                        .noneMatch(f -> f.severity() == Severity.HIGH || f.severity() == Severity.MEDIUM);
            }
        }
    }

    @Test
    void there_are_at_least_fifteen_samples_of_all_three_kinds_clean_and_faulty() {
        assertThat(Samples.NAMES).hasSizeGreaterThanOrEqualTo(15)
                .anyMatch(n -> n.startsWith("goods-")).anyMatch(n -> n.startsWith("services-"))
                .anyMatch(n -> n.startsWith("works-"));
        assertThat(Samples.NAMES.stream().filter(n -> n.endsWith("-clean")).count()).isGreaterThanOrEqualTo(5);
        assertThat(Samples.NAMES.stream().filter(n -> !n.endsWith("-clean")).count()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void faulty_samples_are_rated_by_the_risk_formula() {
        ContractRisk clean = ContractRisk.of(Reviews.reviewSample("goods-01-computers-clean"));
        ContractRisk faulty = ContractRisk.of(Reviews.reviewSample("works-09-audit-settlement"));

        assertThat(clean.level()).isEqualTo(ContractRisk.RiskLevel.LOW);
        assertThat(clean.score()).isEqualTo(100);
        assertThat(faulty.level()).isEqualTo(ContractRisk.RiskLevel.HIGH);
        assertThat(faulty.score()).isLessThan(60);
    }
}
