package org.zhiban.rules.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiban.rules.document.CompiledRules.ruleIdsFor;
import static org.zhiban.rules.document.Drafts.aCleanRequest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** 附件说明 — GB/T 9704-2012 7.3.4. */
class AttachmentNoteRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"附件:工作方案", "附：工作方案", "附件 工作方案", "工作方案"})
    void flags_a_note_that_does_not_open_with_fujian_and_a_full_width_colon(String note) {
        assertThat(ruleIdsFor(aCleanRequest().attachmentNote(note))).containsExactly("DOC-ATTACHMENT-NOTE-LABEL");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"附件：工作方案", "附件：1.工作方案\n2.经费预算表"})
    void accepts_a_well_labelled_note_or_none(String note) {
        assertThat(ruleIdsFor(aCleanRequest().attachmentNote(note))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"附件：1、工作方案\n2、经费预算表", "附件：（1）工作方案\n（2）经费预算表",
            "附件：一、工作方案\n二、经费预算表", "附件：1.工作方案\n2，经费预算表"})
    void flags_attachments_numbered_other_than_one_dot(String note) {
        assertThat(ruleIdsFor(aCleanRequest().attachmentNote(note))).containsOnly("DOC-ATTACHMENT-NOTE-NUMBERING");
    }

    @ParameterizedTest
    @ValueSource(strings = {"附件：1.工作方案\n2.经费预算表\n3.2026年度抽检计划", "附件：《某省食品安全抽检办法》"})
    void accepts_arabic_numbers_with_a_dot(String note) {
        assertThat(ruleIdsFor(aCleanRequest().attachmentNote(note))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"附件：工作方案。", "附件：1.工作方案；\n2.经费预算表", "附件：1.工作方案\n2.经费预算表。"})
    void flags_punctuation_after_an_attachment_name(String note) {
        assertThat(ruleIdsFor(aCleanRequest().attachmentNote(note))).containsExactly("DOC-ATTACHMENT-NAME-PUNCTUATION");
    }

    @ParameterizedTest
    @ValueSource(strings = {"附件：1.2027年工作方案\n2.经费预算表", "附件：关于印发《实施办法》的通知（草案）"})
    void accepts_names_ending_without_punctuation(String note) {
        assertThat(ruleIdsFor(aCleanRequest().attachmentNote(note))).isEmpty();
    }
}
