package org.zhiban.testcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.zhiban.Api;
import org.zhiban.Waiting;
import org.zhiban.ZhibanTest;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseFiles;
import org.zhiban.cases.CaseTypes;
import org.zhiban.identity.Directory;

/**
 * AI+人工 on a case type's process, with no model configured (the default run): the asynchronous AI step still
 * suggests (from its rules and template, labelled 未配置模型), the next task's officer edits it, and suggestion,
 * decision and diff are review records on the ledger.
 */
@ZhibanTest
class AiStepTest {

    @Autowired TestRestTemplate rest;
    @Autowired CaseFiles caseFiles;
    @Autowired CaseTypes caseTypes;
    @Autowired Directory directory;

    @Test
    void the_suggestion_is_shown_edited_by_the_officer_and_both_are_on_the_ledger() {
        CaseFile file = caseFiles.open(caseTypes.find(PermitCaseType.ID).orElseThrow(), "关于户外招牌设置的许可申请",
                "office", directory.find("zhangsan").orElseThrow(), Map.of("subject", "户外招牌设置", "category", "乙类"));
        String caseId = file.caseId();
        Api officer = Api.as(rest, "zhangsan");
        Api legalReviewer = Api.as(rest, "sunqi");
        officer.complete((String) officer.openTask(caseId).get("id"), "submit", null, Map.of());

        Map<String, Object> review = Waiting.until(() -> legalReviewer.openTask(caseId), Objects::nonNull);
        Map<String, Object> suggestion = legalReviewer.list("/api/cases/" + caseId + "/ai-suggestions").get(0);
        assertThat(suggestion).containsEntry("field", "legalNote").containsEntry("fallback", true)
                .containsEntry("notice", "未配置模型").containsEntry("prompt", "extract-fields@1")
                .containsEntry("decision", null);
        String suggested = (String) suggestion.get("content");
        assertThat(suggested).isEqualTo("申请事项：户外招牌设置；类别：乙类。经初步审查，材料齐全。");

        String kept = suggested.replace("材料齐全", "材料齐全，但缺少设置位置图");
        legalReviewer.complete((String) review.get("id"), "approve", null, Map.of("legalNote", kept));

        Map<String, Object> decided = legalReviewer.list("/api/cases/" + caseId + "/ai-suggestions").get(0);
        assertThat(decided).containsEntry("decision", "edited").containsEntry("decidedBy", "sunqi")
                .containsEntry("decidedIn", "legalReview").containsEntry("finalContent", kept)
                .containsEntry("diff", "+，但缺少设置位置图");

        Api auditor = Api.as(rest, "auditor");
        List<Map<String, Object>> records = Waiting.until(() -> auditor.list("/api/ledger/records?caseId=" + caseId),
                r -> r.size() == 4);
        assertThat(records).extracting(r -> r.get("action") + ":" + r.get("user"))
                .containsExactlyInAnyOrder("submit:zhangsan", "suggest-ai:ai", "edit-ai:sunqi", "approve:sunqi");
        Map<String, Object> suggestRecord = record(records, "suggest-ai");
        assertThat((String) suggestRecord.get("opinion")).startsWith("要素提取建议（未配置模型，由规则与模板生成")
                .contains("extract-fields@1", "内部：未配置模型", suggested);
        assertThat(suggestRecord.get("documentHash")).isEqualTo(suggestion.get("contentSha256"));
        assertThat((String) record(records, "edit-ai").get("opinion")).contains("+，但缺少设置位置图");
    }

    private static Map<String, Object> record(List<Map<String, Object>> records, String action) {
        return records.stream().filter(r -> action.equals(r.get("action"))).findFirst().orElseThrow();
    }

    @Test
    void the_owning_department_raises_the_classification_but_never_below_the_floor() {
        CaseFile file = caseFiles.open(caseTypes.find(PermitCaseType.ID).orElseThrow(), "关于数据分级的许可申请",
                "office", directory.find("zhangsan").orElseThrow(), Map.of("subject", "数据分级", "category", "甲类"));
        Api officer = Api.as(rest, "zhangsan");
        String path = "/api/cases/" + file.caseId() + "/classification";

        assertThat(officer.get("/api/cases/" + file.caseId()).getBody()).containsEntry("classification", "内部");
        assertThat(officer.put(path, Map.of("classification", "敏感")).getBody()).containsEntry("classification", "敏感");
        assertThat(officer.get("/api/cases/" + file.caseId()).getBody()).containsEntry("classification", "敏感");
        assertThat(officer.put(path, Map.of("classification", "公开")).getStatusCode().value()).isEqualTo(400);
        assertThat(officer.put(path, Map.of("classification", "随便")).getStatusCode().value()).isEqualTo(400);
        assertThat(Api.as(rest, "zhaoliu").put(path, Map.of("classification", "涉密")).getStatusCode().value())
                .isEqualTo(404);
        assertThat(officer.get("/api/cases/" + file.caseId()).getBody()).containsEntry("classification", "敏感");
    }
}
