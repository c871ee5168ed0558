package org.zhiban.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule fires on its example and stays quiet on the near miss; every rule in the DRL files has one. */
class RuleExamplesTest {

    private static final Pattern RULE_NAME = Pattern.compile("(?m)^rule \"([^\"]+)\"");

    static List<RuleExamples.Example> examples() {
        return RuleExamples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void the_rule_fires_on_its_example_and_only_there(RuleExamples.Example example) {
        String text = example.firing().text();

        List<ContractFinding> findings = example.firing().review();

        assertThat(findings).extracting(ContractFinding::ruleId).contains(example.ruleId());
        Set<String> allowed = new HashSet<>(example.alsoFiring());
        allowed.add(example.ruleId());
        assertThat(findings).extracting(ContractFinding::ruleId).isSubsetOf(allowed);
        ContractFinding finding = findings.stream().filter(f -> f.ruleId().equals(example.ruleId())).findFirst()
                .orElseThrow();
        assertThat(finding.message()).isNotBlank();
        assertThat(finding.citation().statute()).isNotBlank();
        if (finding.excerpt() != null) {
            assertThat(text.substring(finding.start(), finding.end())).isEqualTo(finding.excerpt());
        }
        if (example.excerpt() != null) {
            assertThat(finding.excerpt()).as("excerpt").isEqualTo(example.excerpt());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void the_near_miss_comes_out_clean(RuleExamples.Example example) {
        assertThat(example.nearMiss().ruleIds()).isSubsetOf(example.alsoFiring());
    }

    @Test
    void every_rule_in_the_rule_files_has_an_example() throws IOException {
        Set<String> exemplified = new TreeSet<>();
        RuleExamples.all().forEach(example -> exemplified.add(example.ruleId()));

        assertThat(exemplified).containsExactlyInAnyOrderElementsOf(ruleIdsInRuleFiles());
    }

    @Test
    void the_rule_base_has_at_least_40_rules_all_named_con() throws IOException {
        assertThat(ruleIdsInRuleFiles()).hasSizeGreaterThanOrEqualTo(40).allMatch(id -> id.startsWith("CON-"));
    }

    static Set<String> ruleIdsInRuleFiles() throws IOException {
        Set<String> ids = new TreeSet<>();
        for (String file : ContractRules.RULE_FILES) {
            try (InputStream in = RuleExamplesTest.class.getClassLoader().getResourceAsStream(file)) {
                Matcher matcher = RULE_NAME.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (matcher.find()) {
                    ids.add(matcher.group(1));
                }
            }
        }
        return ids;
    }
}
