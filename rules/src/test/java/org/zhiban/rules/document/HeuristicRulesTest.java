package org.zhiban.rules.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiban.rules.document.CompiledRules.check;
import static org.zhiban.rules.document.CompiledRules.ruleIdsFor;
import static org.zhiban.rules.document.Drafts.aCleanRequest;
import static org.zhiban.rules.document.Drafts.aPlainNotice;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The rules that guess (superiors from names, headings from lines, attachments from a note) leave good drafts alone. */
class HeuristicRulesTest {

    @ParameterizedTest
    @CsvSource({
            "某市市场监督管理局, 某省市场监督管理局",   // a 省 department may lead a 市 one
            "某市财政局, 某市人民政府",                 // its own government
            "某市财政局, 中共某市委员会",               // its own Party committee
            "重庆市渝中区财政局, 重庆市发展和改革委员会", // another seat
            "某市市场监督管理局, 某市人民政府办公室"})
    void does_not_call_a_request_to_a_likely_superior_a_letter(String issuer, String recipient) {
        var request = aCleanRequest().issuingOrgan(issuer).title(issuer + "关于申请专项经费的请示")
                .mainRecipients(recipient).copyRecipients();

        assertThat(ruleIdsFor(request)).doesNotContain("DOC-REQUEST-PEER-ORGAN");
    }

    @Test
    void numbering_restarts_under_each_parent_and_levels_may_be_skipped() {
        String body = "一、总体要求\n1.指导思想\n2.基本原则\n二、主要任务\n（一）居家养老\n1.设施\n2.助餐\n（1）社区食堂\n（2）餐饮企业\n"
                + "（二）机构养老\n1.床位\n三、保障措施\n各单位要落实。";

        assertThat(ruleIdsFor(aPlainNotice().body(body))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"全年增长5.2%。\n1.5亿元用于补贴。", "10:30召开会议。\n2026年工作安排如下。", "一是加强领导，二是落实责任。"})
    void lines_that_only_look_like_headings_are_not_headings(String body) {
        assertThat(ruleIdsFor(aPlainNotice().body(body + "\n特此通知。"))).isEmpty();
    }

    @Test
    void a_wrapped_attachment_name_is_one_attachment() {
        var request = aCleanRequest().attachmentNote("附件：1.某市2027年食品安全抽检工作方案（含抽检品种、\n   批次和任务分配）\n2.专项经费预算明细表")
                .attachments("某市2027年食品安全抽检工作方案（含抽检品种、批次和任务分配）", "专项经费预算明细表");

        assertThat(ruleIdsFor(request)).isEmpty();
    }

    @Test
    void an_attachment_title_may_carry_its_number_and_book_marks() {
        var request = aCleanRequest().attachmentNote("附件：1.工作方案\n2.经费预算表").attachments("附件1：《工作方案》", "附件2 经费预算表");

        assertThat(ruleIdsFor(request)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"第12号", "第3号"})
    void an_order_carries_a_ling_number(String number) {
        var order = aPlainNotice().docType(DocumentType.ORDER).title("某市人民政府令").mainRecipients().documentNumber(number);

        assertThat(ruleIdsFor(order)).isEmpty();
    }

    @Test
    void a_ling_number_on_another_type_is_still_no_document_number() {
        assertThat(ruleIdsFor(aPlainNotice().documentNumber("第12号"))).containsExactly("DOC-NUMBER-FORMAT");
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void a_document_with_nothing_but_its_type_gets_findings_not_an_exception(DocumentType type) {
        var findings = check(DocumentFacts.builder(type).build());

        assertThat(findings).extracting(Finding::ruleId).contains("DOC-ISSUING-ORGAN-MISSING", "DOC-TITLE-MISSING", "DOC-BODY-MISSING");
        assertThat(findings).allSatisfy(f -> assertThat(f.start()).isNull());
    }

    @Test
    void a_downward_document_may_say_ni_ju() {
        var notice = aPlainNotice().direction(Direction.DOWNWARD).body("你局要认真落实。特此通知。");

        assertThat(ruleIdsFor(notice)).isEmpty();
    }

    @Test
    void the_suggestion_for_a_report_sent_sideways_is_a_letter() {
        var report = Drafts.aCleanReport().direction(Direction.PARALLEL);

        assertThat(check(report)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("DOC-DIRECTION-REQUEST-REPORT");
            assertThat(f.field()).isEqualTo("title");
            assertThat(f.suggestion()).isEqualTo("函");
        });
    }

    @Test
    void a_label_on_its_own_line_names_no_attachment() {
        var request = aCleanRequest().attachmentNote("附件：\n1.工作方案\n2.经费预算表").attachments("工作方案", "经费预算表");

        assertThat(ruleIdsFor(request)).isEmpty();
    }
}
