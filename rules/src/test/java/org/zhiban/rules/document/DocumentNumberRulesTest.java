package org.zhiban.rules.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiban.rules.document.CompiledRules.ruleIdsFor;
import static org.zhiban.rules.document.Drafts.aCleanRequest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 发文字号 — GB/T 9704-2012 7.2.5. */
class DocumentNumberRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"某市监发[2026]7号", "某市监发【2026】7号", "某市监发(2026)7号", "某市监发（2026）7号",
            "某市监发〔2026]7号"})
    void flags_a_year_that_is_not_in_hexagonal_brackets(String number) {
        assertThat(ruleIdsFor(aCleanRequest().documentNumber(number))).containsExactly("DOC-NUMBER-BRACKETS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"某市监发〔2026〕7号", "某市监发〔26〕7号", "某市监发〔2026〕第7号"})
    void accepts_hexagonal_brackets_whatever_else_is_wrong(String number) {
        assertThat(ruleIdsFor(aCleanRequest().documentNumber(number))).doesNotContain("DOC-NUMBER-BRACKETS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"某市监发〔26〕7号", "某市监发〔202〕7号"})
    void flags_an_abbreviated_year(String number) {
        assertThat(ruleIdsFor(aCleanRequest().documentNumber(number))).containsExactly("DOC-NUMBER-YEAR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"某市监发〔2026〕7号", "某市监发[2026]7号"})
    void accepts_a_four_digit_year(String number) {
        assertThat(ruleIdsFor(aCleanRequest().documentNumber(number))).doesNotContain("DOC-NUMBER-YEAR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"某市监发〔2026〕第7号", "某市监发〔2026〕第12号"})
    void flags_the_word_di_before_the_serial_number(String number) {
        assertThat(ruleIdsFor(aCleanRequest().documentNumber(number))).containsExactly("DOC-NUMBER-ORDINAL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"某市监发〔2026〕7号", "第一中学发〔2026〕7号"})
    void accepts_a_serial_number_without_di(String number) {
        assertThat(ruleIdsFor(aCleanRequest().documentNumber(number))).doesNotContain("DOC-NUMBER-ORDINAL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"某市监发〔2026〕007号", "某市监发〔2026〕07号", "某市监发〔2026〕0号"})
    void flags_a_zero_padded_serial_number(String number) {
        assertThat(ruleIdsFor(aCleanRequest().documentNumber(number))).containsExactly("DOC-NUMBER-ZERO-PADDING");
    }

    @ParameterizedTest
    @ValueSource(strings = {"某市监发〔2026〕7号", "某市监发〔2026〕100号", "某市监发〔2026〕10号"})
    void accepts_a_serial_number_without_leading_zeros(String number) {
        assertThat(ruleIdsFor(aCleanRequest().documentNumber(number))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"某市监发2026年7号", "〔2026〕7号", "SAMR发〔2026〕7号"})
    void warns_about_any_other_shape_of_number(String number) {
        assertThat(ruleIdsFor(aCleanRequest().documentNumber(number))).containsExactly("DOC-NUMBER-FORMAT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"某市监发[2026]7号", "某市监发〔2026〕007号"})
    void leaves_the_shape_warning_out_when_a_specific_rule_explains_the_mistake(String number) {
        assertThat(ruleIdsFor(aCleanRequest().documentNumber(number))).doesNotContain("DOC-NUMBER-FORMAT");
    }
}
