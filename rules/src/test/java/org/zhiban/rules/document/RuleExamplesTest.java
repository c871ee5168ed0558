package org.zhiban.rules.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiban.rules.document.CompiledRules.check;

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
        DocumentFacts facts = example.firing().build();

        List<Finding> findings = check(facts);

        assertThat(findings).extracting(Finding::ruleId).contains(example.ruleId());
        Set<String> allowed = new HashSet<>(example.alsoFiring());
        allowed.add(example.ruleId());
        assertThat(findings).extracting(Finding::ruleId).isSubsetOf(allowed);
        Finding finding = findings.stream().filter(f -> f.ruleId().equals(example.ruleId())).findFirst().orElseThrow();
        assertThat(finding.message()).isNotBlank();
        assertThat(finding.basis()).isNotBlank();
        if (example.span() != null) {
            String text = finding.documentField().textOf(facts);
            assertThat(finding.start()).as("span start").isNotNull();
            assertThat(text.substring(finding.start(), finding.end())).isEqualTo(example.span());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void the_near_miss_comes_out_clean(RuleExamples.Example example) {
        assertThat(check(example.nearMiss().build())).isEmpty();
    }

    @Test
    void every_rule_in_the_rule_files_has_an_example() throws IOException {
        Set<String> inRuleFiles = ruleIdsInRuleFiles();
        Set<String> exemplified = new TreeSet<>();
        RuleExamples.all().forEach(example -> exemplified.add(example.ruleId()));

        assertThat(exemplified).containsExactlyInAnyOrderElementsOf(inRuleFiles);
    }

    @Test
    void the_rule_base_has_at_least_75_rules() throws IOException {
        assertThat(ruleIdsInRuleFiles()).hasSizeGreaterThanOrEqualTo(75);
    }

    static Set<String> ruleIdsInRuleFiles() throws IOException {
        Set<String> ids = new TreeSet<>();
        for (String file : DocumentRules.RULE_FILES) {
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
