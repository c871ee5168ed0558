package org.zhiban.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.zhiban.Api;
import org.zhiban.ZhibanTest;

/** {@code POST /api/documents/check}: the editor's engine for outside systems, with the contract's field names. */
@ZhibanTest
class DocumentCheckApiTest {

    @Autowired TestRestTemplate rest;

    static Map<String, Object> cleanNotice() {
        return Map.of("docType", "通知", "direction", "下行文",
                "fields", Map.of("发文机关", "示范市人民政府办公室", "发文字号", "示政办发〔2026〕7号",
                        "标题", "示范市人民政府办公室关于做好2027年元旦春节期间安全生产工作的通知",
                        "主送", "各区人民政府、市政府各部门", "成文日期", "2026年11月24日"),
                "body", "为做好元旦春节期间安全生产工作，现将有关事项通知如下。\n一、落实安全责任\n各单位要压实主体责任。\n二、加强隐患排查\n各单位要全面排查隐患。");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_clean_notice_has_no_errors_and_a_faulty_number_is_found_at_its_offsets_with_a_fix() {
        Api officer = Api.as(rest, "zhangsan");
        var clean = officer.post("/api/documents/check", cleanNotice());
        assertThat(clean.getStatusCode().value()).isEqualTo(200);
        assertThat((List<Map<String, Object>>) clean.getBody().get("findings"))
                .noneMatch(f -> "error".equals(f.get("severity")));

        Map<String, Object> faulty = new java.util.HashMap<>(cleanNotice());
        Map<String, Object> fields = new java.util.HashMap<>((Map<String, Object>) faulty.get("fields"));
        fields.put("发文字号", "示政办发[2026]第07号");
        faulty.put("fields", fields);
        List<Map<String, Object>> findings = (List<Map<String, Object>>) officer.post("/api/documents/check", faulty)
                .getBody().get("findings");
        assertThat(findings).filteredOn(f -> "发文字号".equals(f.get("field"))).isNotEmpty().allSatisfy(f -> {
            assertThat(f).containsKeys("ruleId", "severity", "start", "end", "message", "suggestion", "source");
            assertThat((String) f.get("severity")).isIn("error", "warning", "info");
        });
        Map<String, Object> brackets = findings.stream().filter(f -> "发文字号".equals(f.get("field"))
                && f.get("start") != null && "error".equals(f.get("severity"))).findFirst().orElseThrow();
        String number = "示政办发[2026]第07号";
        assertThat(number.substring((Integer) brackets.get("start"), (Integer) brackets.get("end"))).isNotBlank();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_notice_without_an_issuing_organ_is_an_error_not_a_clean_bill() {
        Map<String, Object> request = new java.util.HashMap<>(cleanNotice());
        Map<String, Object> fields = new java.util.HashMap<>((Map<String, Object>) request.get("fields"));
        fields.remove("发文机关");
        request.put("fields", fields);
        List<Map<String, Object>> findings = (List<Map<String, Object>>) Api.as(rest, "zhangsan")
                .post("/api/documents/check", request).getBody().get("findings");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("field")).isEqualTo("发文机关");
            assertThat(f.get("severity")).isEqualTo("error");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_wrongly_written_character_in_the_body_is_found_without_a_model_and_a_proofread_says_no_model_is_used() {
        Map<String, Object> request = new java.util.HashMap<>(cleanNotice());
        String body = "内蒙古自治区乌兰察布市大力培育发展大数局产业。";
        request.put("body", body);
        List<Map<String, Object>> findings = (List<Map<String, Object>>) Api.as(rest, "zhangsan")
                .post("/api/documents/check", request).getBody().get("findings");
        assertThat(findings).filteredOn(f -> "DOC-PROOF-TYPO".equals(f.get("ruleId"))).singleElement().satisfies(f -> {
            assertThat(f.get("field")).isEqualTo("正文");
            assertThat(body.substring((Integer) f.get("start"), (Integer) f.get("end"))).isEqualTo("局");
            assertThat(f.get("suggestion")).isEqualTo("据");
        });

        Api officer = Api.as(rest, "zhangsan");
        String caseId = officer.startDocument("关于培育数据产业的通知", body);
        Map<String, Object> proofread = officer.post("/api/documents/" + caseId + "/proofread", Map.of()).getBody();
        assertThat(proofread).containsEntry("fallback", true);
        assertThat((String) proofread.get("notice")).isNotBlank();
        assertThat((List<Map<String, Object>>) proofread.get("findings")).isNotEmpty();
    }

    @Test
    void bad_input_is_a_clear_400_and_outsiders_are_refused() {
        Api officer = Api.as(rest, "zhangsan");
        var unknownType = officer.post("/api/documents/check", Map.of("docType", "便条", "body", "x"));
        assertThat(unknownType.getStatusCode().value()).isEqualTo(400);
        assertThat((String) unknownType.getBody().get("detail")).contains("文种");
        var unknownField = officer.post("/api/documents/check", Map.of("docType", "通知", "fields", Map.of("作者", "x")));
        assertThat(unknownField.getStatusCode().value()).isEqualTo(400);
        assertThat((String) unknownField.getBody().get("detail")).contains("作者");
        assertThat(Api.as(rest, "sysadmin").post("/api/documents/check", cleanNotice()).getStatusCode().value())
                .isEqualTo(403);
        assertThat(rest.postForEntity("/api/documents/check", cleanNotice(), String.class).getStatusCode().value())
                .isEqualTo(401);
    }
}
