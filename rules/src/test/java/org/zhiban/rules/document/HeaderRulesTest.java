package org.zhiban.rules.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiban.rules.document.CompiledRules.ruleIdsFor;
import static org.zhiban.rules.document.Drafts.aCleanRequest;
import static org.zhiban.rules.document.Drafts.aPlainNotice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** 份号, 密级和保密期限, 紧急程度 — GB/T 9704-2012 7.2.1–7.2.3, 条例第九条（一）至（三）. */
class HeaderRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"内部", "秘密★一年", "秘密 ★1年", "绝密级", "机密★"})
    void flags_a_secrecy_level_outside_the_three_levels_or_badly_written(String level) {
        assertThat(ruleIdsFor(aCleanRequest().secrecyLevel(level))).containsExactly("DOC-SECRECY-LEVEL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"绝密★30年", "机密★10年", "秘密★1年", "秘密★6个月", "秘密★长期"})
    void accepts_the_three_levels_with_a_period(String level) {
        assertThat(ruleIdsFor(aCleanRequest().secrecyLevel(level))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"绝密", "机密", "秘密"})
    void accepts_a_level_whose_period_is_written_apart(String level) {
        assertThat(ruleIdsFor(aCleanRequest().secrecyLevel(level).secrecyPeriod("5年"))).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void flags_a_classified_document_without_a_copy_number(String copyNumber) {
        assertThat(ruleIdsFor(aCleanRequest().copyNumber(copyNumber))).containsExactly("DOC-COPY-NUMBER-REQUIRED");
    }

    @Test
    void accepts_an_unclassified_document_without_a_copy_number() {
        assertThat(ruleIdsFor(aPlainNotice().copyNumber(null).secrecyLevel(null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "0000123", "00012A", "００００１２"})
    void flags_a_copy_number_that_is_not_six_arabic_digits(String copyNumber) {
        assertThat(ruleIdsFor(aCleanRequest().copyNumber(copyNumber))).containsExactly("DOC-COPY-NUMBER-FORMAT");
    }

    @Test
    void accepts_a_six_digit_copy_number_on_an_unclassified_document() {
        assertThat(ruleIdsFor(aPlainNotice().copyNumber("000001"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"特提", "平急", "急件", "紧急"})
    void flags_an_urgency_other_than_teji_or_jiaji(String urgency) {
        assertThat(ruleIdsFor(aCleanRequest().urgency(urgency))).containsExactly("DOC-URGENCY");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"特急", "加急"})
    void accepts_teji_jiaji_or_no_urgency(String urgency) {
        assertThat(ruleIdsFor(aCleanRequest().urgency(urgency))).isEmpty();
    }
}
