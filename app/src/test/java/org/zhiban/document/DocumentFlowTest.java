package org.zhiban.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.zhiban.Api;
import org.zhiban.Waiting;
import org.zhiban.ZhibanTest;
import org.zhiban.integrations.storage.ObjectStore;
import org.zhiban.ledger.proof.RecordProof;
import org.zhiban.ledger.verifier.ProofVerifier;

/**
 * The thin 公文 process end to end through the REST API: real Camunda, real Drools, the embedded S3 endpoint
 * and the ledger, on PostgreSQL in CI.
 */
@ZhibanTest
class DocumentFlowTest {

    @Autowired TestRestTemplate rest;
    @Autowired ObjectStore objectStore;

    @Test
    void a_document_is_drafted_checked_returned_approved_and_archived() throws Exception {
        Api officer = Api.as(rest, "zhangsan");
        Api reviewer = Api.as(rest, "lisi");
        String caseId = officer.startDocument("关于开展2026年度安全生产检查的通知", "各科室：\n现将有关事项通知如下。");

        // given a draft with a malformed 发文字号, when it is submitted, then Drools sends it back to 拟稿
        Map<String, Object> draft = officer.openTask(caseId);
        assertThat(draft.get("name")).isEqualTo("拟稿");
        assertThat(draft.get("due")).as("办理时限 set in working days").isNotNull();
        assertThat(officer.complete((String) draft.get("id"), "submit", null,
                Map.of("documentNumber", "某办发[2026]第007号")).getStatusCode().value()).isEqualTo(204);
        Map<String, Object> returned = officer.openTask(caseId);
        assertThat(returned.get("name")).isEqualTo("拟稿");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> findings = (List<Map<String, Object>>)
                ((Map<String, Object>) officer.get("/api/cases/" + caseId).getBody().get("data")).get("findings");
        assertThat(findings).extracting(f -> f.get("ruleId"))
                .contains("DOC-NUMBER-BRACKETS", "DOC-NUMBER-ORDINAL", "DOC-NUMBER-ZERO-PADDING");

        // when it is corrected, then it reaches 核稿 and the reviewer can claim it
        officer.complete((String) returned.get("id"), "submit", null,
                Map.of("documentNumber", "某办发〔2026〕7号", "signingDate", "2026年11月24日"));
        assertThat(officer.openTask(caseId)).isNull();
        Map<String, Object> review = reviewer.openTask(caseId);
        assertThat(review.get("name")).isEqualTo("核稿");
        assertThat(review.get("assignee")).isNull();

        // returning without an opinion is refused and changes nothing
        assertThat(reviewer.complete((String) review.get("id"), "return", " ", null).getStatusCode().value())
                .isEqualTo(400);
        assertThat(reviewer.openTask(caseId).get("id")).isEqualTo(review.get("id"));

        reviewer.complete((String) review.get("id"), "return", "请补充检查范围。", null);
        Map<String, Object> redraft = officer.openTask(caseId);
        officer.complete((String) redraft.get("id"), "submit", null,
                Map.of("body", "各科室：\n现将有关事项通知如下。检查范围为全部办公场所。"));
        Map<String, Object> review2 = reviewer.openTask(caseId);
        assertThat(reviewer.complete((String) review2.get("id"), "approve", "同意。", null).getStatusCode().value())
                .isEqualTo(204);

        // then the archive job stores the document and the case completes
        Map<String, Object> done = Waiting.until(() -> officer.get("/api/cases/" + caseId).getBody(),
                c -> "completed".equals(c.get("state")));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) done.get("data");
        String key = (String) data.get("archivedObjectKey");
        byte[] archived = objectStore.get(key).orElseThrow();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archived)))
                .isEqualTo(data.get("archivedSha256"));
        assertThat(new String(archived, StandardCharsets.UTF_8)).contains("检查范围为全部办公场所", "请补充检查范围。");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = (List<Map<String, Object>>) done.get("history");
        assertThat(history).filteredOn(h -> h.get("outcome") != null)
                .extracting(h -> h.get("activity") + ":" + h.get("user") + ":" + h.get("outcome"))
                .containsExactly("拟稿:zhangsan:submit", "拟稿:zhangsan:submit", "核稿:lisi:return",
                        "拟稿:zhangsan:submit", "核稿:lisi:approve");
        assertThat(reviewer.list("/api/tasks?state=done")).extracting(t -> t.get("caseId")).contains(caseId);

        // and every decision, and the archive with the document's hash, is on the ledger and provable
        Api auditor = Api.as(rest, "auditor");
        List<Map<String, Object>> records = Waiting.until(() -> auditor.list("/api/ledger/records?caseId=" + caseId),
                r -> r.size() == 6);
        assertThat(records).extracting(r -> r.get("action"))
                .containsExactly("submit", "submit", "return", "submit", "approve", "archive");
        assertThat(records.get(2).get("opinion")).isEqualTo("请补充检查范围。");
        assertThat(records.get(2).get("user")).isEqualTo("lisi");
        assertThat(records.get(5).get("documentHash")).isEqualTo(data.get("archivedSha256"));
        String recordId = (String) records.get(4).get("recordId");
        var proof = Waiting.until(() -> rest.withBasicAuth("auditor", "demo123")
                .getForEntity("/api/ledger/records/" + recordId + "/proof", RecordProof.class),
                r -> r.getStatusCode().value() == 200).getBody();
        assertThat(new ProofVerifier().verify(proof).valid()).isTrue();
        assertThat(proof.entry()).contains("\"approve\"", "同意。");
    }

    @Test
    void bad_input_is_refused_with_a_problem_and_starts_nothing() {
        Api officer = Api.as(rest, "zhangsan");
        int before = officer.list("/api/tasks").size();
        var response = officer.post("/api/documents", Map.of("title", "关于某事的通知", "docType", "便条", "body", "x"));
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat((String) response.getBody().get("detail")).contains("文种");
        assertThat(officer.list("/api/tasks")).hasSize(before);
    }
}
