package org.zhiban.rules.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiban.rules.document.CompiledRules.ruleIdsFor;
import static org.zhiban.rules.document.Drafts.aCleanRequest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 成文日期 — GB/T 9704-2012 7.3.5.4. */
class SigningDateRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"二〇二六年十一月二十四日", "二○二六年十一月二十四日", "2026年十一月二十四日"})
    void flags_a_date_written_in_chinese_numerals(String date) {
        assertThat(ruleIdsFor(aCleanRequest().signingDate(date))).containsExactly("DOC-DATE-CHINESE-NUMERALS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026年11月24日", "2026-11-24"})
    void accepts_arabic_numerals(String date) {
        assertThat(ruleIdsFor(aCleanRequest().signingDate(date))).doesNotContain("DOC-DATE-CHINESE-NUMERALS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026年11月05日", "2026年03月5日", "2026年01月01日"})
    void flags_a_zero_padded_month_or_day(String date) {
        assertThat(ruleIdsFor(aCleanRequest().signingDate(date))).containsExactly("DOC-DATE-ZERO-PADDING");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026年11月5日", "2026年3月5日", "2026年10月30日", "2026年1月1日"})
    void accepts_month_and_day_without_leading_zeros(String date) {
        assertThat(ruleIdsFor(aCleanRequest().signingDate(date))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-24", "2026/11/24", "26年11月24日", "2026年13月1日", "2026年11月24"})
    void flags_any_other_shape_of_date(String date) {
        assertThat(ruleIdsFor(aCleanRequest().signingDate(date))).containsExactly("DOC-DATE-FORMAT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026年11月05日", "二〇二六年十一月二十四日"})
    void leaves_the_shape_error_out_when_a_specific_rule_explains_the_mistake(String date) {
        assertThat(ruleIdsFor(aCleanRequest().signingDate(date))).doesNotContain("DOC-DATE-FORMAT");
    }
}
