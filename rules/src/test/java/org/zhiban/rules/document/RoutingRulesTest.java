package org.zhiban.rules.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiban.rules.document.CompiledRules.ruleIdsFor;
import static org.zhiban.rules.document.Drafts.aCleanRequest;
import static org.zhiban.rules.document.Drafts.aPlainNotice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 行文规则 — 《党政机关公文处理工作条例》第十五条. */
class RoutingRulesTest {

    @Test
    void rejects_a_request_addressed_to_two_superiors() {
        var draft = aCleanRequest().mainRecipients("某市人民政府", "某市财政局");

        assertThat(ruleIdsFor(draft)).containsExactly("DOC-REQUEST-SINGLE-RECIPIENT");
    }

    @Test
    void rejects_a_request_without_an_addressee() {
        assertThat(ruleIdsFor(aCleanRequest().mainRecipients())).containsExactly("DOC-REQUEST-SINGLE-RECIPIENT");
    }

    @Test
    void accepts_a_request_addressed_to_one_superior() {
        assertThat(ruleIdsFor(aCleanRequest().mainRecipients("某市人民政府"))).isEmpty();
    }

    @Test
    void accepts_a_notice_addressed_to_many_organs() {
        var notice = aPlainNotice().mainRecipients("各区人民政府", "市政府各部门", "各直属机构");

        assertThat(ruleIdsFor(notice)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"现将有关情况报告如下。妥否，请批示。", "以上事项，请审批。", "恳请市政府\n请予批准为盼。"})
    void warns_about_a_report_that_asks_for_approval(String body) {
        assertThat(ruleIdsFor(aReport().body(body))).containsExactly("DOC-REPORT-CONTAINS-REQUEST");
    }

    @Test
    void accepts_a_report_that_only_reports() {
        assertThat(ruleIdsFor(aReport().body("现将2026年食品安全抽检工作情况报告如下。特此报告。"))).isEmpty();
    }

    @Test
    void accepts_approval_phrases_in_a_request() {
        assertThat(ruleIdsFor(aCleanRequest().body("妥否，请批示。"))).isEmpty();
    }

    private static Drafts.Builder aReport() {
        return aCleanRequest().docType(DocumentType.REPORT)
                .title("某市市场监督管理局关于2026年食品安全抽检工作情况的报告");
    }
}
