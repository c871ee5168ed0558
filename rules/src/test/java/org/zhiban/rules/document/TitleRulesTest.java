package org.zhiban.rules.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiban.rules.document.CompiledRules.ruleIdsFor;
import static org.zhiban.rules.document.Drafts.aCleanRequest;
import static org.zhiban.rules.document.Drafts.aPlainNotice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** 标题 — GB/T 9704-2012 7.3.1, 条例第九条（七）. */
class TitleRulesTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void flags_a_missing_title(String title) {
        assertThat(ruleIdsFor(aCleanRequest().title(title))).containsExactly("DOC-TITLE-MISSING");
    }

    @Test
    void accepts_a_present_title() {
        assertThat(ruleIdsFor(aCleanRequest())).doesNotContain("DOC-TITLE-MISSING");
    }

    @ParameterizedTest
    @ValueSource(strings = {"某市市场监督管理局关于申请专项经费的请示。", "某市市场监督管理局关于申请专项经费的请示；",
            "某市市场监督管理局关于申请专项经费的请示!"})
    void warns_about_punctuation_at_the_end_of_the_title(String title) {
        assertThat(ruleIdsFor(aCleanRequest().title(title))).containsExactly("DOC-TITLE-END-PUNCTUATION");
    }

    @ParameterizedTest
    @ValueSource(strings = {"某市市场监督管理局关于申请专项经费的请示", "某市市场监督管理局关于转发《某省食品安全抽检办法》的请示"})
    void accepts_a_title_without_end_punctuation(String title) {
        assertThat(ruleIdsFor(aCleanRequest().title(title))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"某市市场监督管理局关于申请专项经费的报告", "某市市场监督管理局关于申请专项经费"})
    void warns_when_the_title_does_not_end_with_the_document_type(String title) {
        assertThat(ruleIdsFor(aCleanRequest().title(title))).containsExactly("DOC-TITLE-GENRE");
    }

    @Test
    void accepts_a_title_that_ends_with_the_document_type() {
        var letter = aPlainNotice().docType(DocumentType.LETTER).title("某市财政局关于商请支持食品安全抽检工作的函");

        assertThat(ruleIdsFor(letter)).isEmpty();
    }

    @Test
    void flags_a_title_longer_than_the_configured_limit() {
        var longTitle = "某".repeat(DocumentRuleSettings.DEFAULT_MAX_TITLE_LENGTH - 1) + "请示";

        assertThat(ruleIdsFor(aCleanRequest().title(longTitle))).containsExactly("DOC-TITLE-LENGTH");
    }

    @Test
    void accepts_a_title_at_the_configured_limit() {
        var title = "某".repeat(DocumentRuleSettings.DEFAULT_MAX_TITLE_LENGTH - 2) + "请示";

        assertThat(ruleIdsFor(aCleanRequest().title(title))).isEmpty();
    }
}
