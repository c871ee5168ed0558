package org.zhiban.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhiban.Api;
import org.zhiban.Waiting;
import org.zhiban.ZhibanTest;

/**
 * The whole chain as an auditor meets it: someone with database access rewrites an approval's opinion; the case
 * verification marks exactly that record ✗ and the whole-log audit names it. On PostgreSQL the append-only trigger
 * has to be switched off first, as only a superuser could.
 */
@ZhibanTest
class TamperDetectionTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

    @Test
    void an_opinion_rewritten_in_the_database_is_caught_and_the_record_named() throws Exception {
        Api officer = Api.as(rest, "zhangsan");
        Api reviewer = Api.as(rest, "lisi");
        Api auditor = Api.as(rest, "auditor");
        String caseId = officer.startDocument("关于篡改检测演练的通知", "各科室：正文。");
        officer.complete((String) officer.openTask(caseId).get("id"), "submit", null, Map.of());
        reviewer.complete((String) reviewer.openTask(caseId).get("id"), "return", "请补充附件。", null);
        List<Map<String, Object>> records = Waiting.until(() -> auditor.list("/api/ledger/records?caseId=" + caseId),
                r -> r.size() == 2);
        String returned = (String) records.get(1).get("recordId");
        Waiting.until(() -> verification(auditor, caseId), v -> v.stream().allMatch(r -> "VERIFIED".equals(r.get("status"))));

        String original = jdbc.sql("select entry from ledger_review_record where record_id = :id")
                .param("id", returned).query(String.class).single();
        try {
            rewrite(returned, original.replace("请补充附件。", "同意。"));

            List<Map<String, Object>> checks = verification(auditor, caseId);
            assertThat(checks).filteredOn(r -> returned.equals(r.get("recordId")))
                    .singleElement().satisfies(r -> assertThat(r.get("status")).isEqualTo("FAILED"));
            assertThat(checks).filteredOn(r -> !returned.equals(r.get("recordId")))
                    .allSatisfy(r -> assertThat(r.get("status")).isEqualTo("VERIFIED"));
            Map<String, Object> audit = auditor.get("/api/ledger/audit").getBody();
            assertThat(audit.get("findings").toString()).contains(returned, "RECORD_EDITED");
        } finally {
            rewrite(returned, original);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> verification(Api auditor, String caseId) {
        return (List<Map<String, Object>>) auditor.get("/api/ledger/cases/" + caseId + "/verification")
                .getBody().get("records");
    }

    private void rewrite(String recordId, String entry) throws Exception {
        org.zhiban.LedgerTampering.rewrite(jdbcTemplate, recordId, entry);
    }
}
