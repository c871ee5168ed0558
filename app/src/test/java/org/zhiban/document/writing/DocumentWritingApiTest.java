package org.zhiban.document.writing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.zhiban.Api;
import org.zhiban.ZhibanTest;

/**
 * 拟稿 through the REST API in the default run, which has no model: the template library, drafting and polishing
 * falling back to templates and the wrong-word list (and saying so), the suggestion kept with the case and decided
 * when 拟稿 is completed, DOCX import, and who may do any of it.
 */
@ZhibanTest
class DocumentWritingApiTest {

    @Autowired TestRestTemplate rest;

    @Test
    void the_library_lists_the_fifteen_types_with_their_structure_and_a_preview() {
        Api officer = Api.as(rest, "zhangsan");

        List<Map<String, Object>> all = officer.list("/api/documents/templates");
        Map<String, Object> request = officer.get("/api/documents/templates/请示").getBody();
        List<Map<String, Object>> notices = officer.list("/api/documents/templates?docType=NOTICE");

        assertThat(all).hasSize(15).extracting(t -> t.get("name")).contains("命令（令）", "函", "纪要");
        assertThat(request).containsEntry("docType", "REQUEST").containsEntry("name", "请示");
        Map<String, Object> form = forms(request).get(0);
        assertThat((String) form.get("structure")).startsWith("缘由—事项—请示语");
        assertThat(form).containsEntry("directions", List.of("上行文")).containsEntry("closing", "妥否，请批示。");
        assertThat((String) form.get("preview")).startsWith("〔主送机关〕：").endsWith("妥否，请批示。");
        assertThat(forms(notices.get(0))).extracting(f -> f.get("form")).containsExactly("事项通知", "印发通知");
        assertThat(officer.get("/api/documents/templates/方案").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void a_draft_without_a_model_is_the_filled_template_and_says_no_model_is_configured() {
        Map<String, Object> drafted = Api.as(rest, "zhangsan").post("/api/documents/compose", Map.of(
                "docType", "通知", "direction", "下行", "title", "关于开展2026年度安全生产检查的通知",
                "keyPoints", List.of("检查全部办公场所", "3月31日前完成自查"), "mainRecipients", "各科室",
                "attachments", List.of(Map.of("name", "安全生产检查表", "text", "检查项目：消防、用电")))).getBody();

        assertThat(drafted).containsEntry("fallback", true).containsEntry("notice", "未配置模型")
                .containsEntry("model", null).containsEntry("template", "通知·事项通知")
                .containsEntry("prompt", "document-draft@2").containsEntry("routing", "内部：未配置模型")
                .containsEntry("attachmentNote", "附件：安全生产检查表").containsEntry("suggestionId", null);
        assertThat((String) drafted.get("text")).startsWith("各科室：\n〔待补充〕。现将开展2026年度安全生产检查有关事项通知如下：\n"
                + "一、检查全部办公场所。\n二、3月31日前完成自查。\n").endsWith("特此通知。");
        assertThat((String) drafted.get("note")).isEqualTo("已按「通知·事项通知」模板生成，〔待补充〕处请补充完整");
    }

    @Test
    void a_draft_for_a_case_is_kept_and_adopting_it_is_recorded_when_the_drafting_task_is_completed() {
        Api officer = Api.as(rest, "zhangsan");
        String caseId = officer.startDocument("关于开展消防演练的通知", "各科室：\n待起草。");

        Map<String, Object> drafted = officer.post("/api/documents/compose", compose(caseId)).getBody();
        String suggestionId = (String) drafted.get("suggestionId");
        Map<String, Object> kept = officer.list("/api/cases/" + caseId + "/ai-suggestions").get(0);
        assertThat(kept).containsEntry("id", suggestionId).containsEntry("field", "body")
                .containsEntry("task", "document-draft").containsEntry("activityId", "draft")
                .containsEntry("fallback", true).containsEntry("content", drafted.get("text"))
                .containsEntry("decision", null);

        officer.complete((String) officer.openTask(caseId).get("id"), "submit", null, Map.of("body", drafted.get("text")));

        assertThat(officer.list("/api/cases/" + caseId + "/ai-suggestions").get(0))
                .containsEntry("decision", "accepted").containsEntry("decidedBy", "zhangsan")
                .containsEntry("decidedIn", "draft");
    }

    @Test
    void a_discarded_draft_is_recorded_as_not_adopted() {
        Api officer = Api.as(rest, "zhangsan");
        String caseId = officer.startDocument("关于开展消防演练的通知", "各科室：\n待起草。");
        officer.post("/api/documents/compose", compose(caseId));

        officer.complete((String) officer.openTask(caseId).get("id"), "submit", null,
                Map.of("body", "各科室：\n定于3月20日开展消防演练，请全体人员参加。\n特此通知。"));

        assertThat(officer.list("/api/cases/" + caseId + "/ai-suggestions").get(0))
                .containsEntry("decision", "rejected").containsEntry("finalContent", null);
    }

    @Test
    void polishing_without_a_model_corrects_only_listed_wrong_words_and_says_so() {
        Api officer = Api.as(rest, "zhangsan");

        Map<String, Object> fixed = officer.post("/api/documents/polish",
                Map.of("text", "请各科室核对帐本，再接再砺。", "instruction", "更简练")).getBody();
        Map<String, Object> untouched = officer.post("/api/documents/polish", Map.of("text", "请各科室按时报送。")).getBody();

        assertThat(fixed).containsEntry("text", "请各科室核对账本，再接再厉。").containsEntry("fallback", true)
                .containsEntry("notice", "未配置模型").containsEntry("prompt", "text-polish@1")
                .containsEntry("corrections", List.of("再接再砺→再接再厉", "帐本→账本"));
        assertThat((String) fixed.get("note")).isEqualTo("未作润色，仅按常见错字错词表改正：再接再砺→再接再厉、帐本→账本");
        assertThat(untouched).containsEntry("text", "请各科室按时报送。").containsEntry("note", "未作润色，原文未改动");
        assertThat(officer.post("/api/documents/polish", Map.of("text", " ")).getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void a_draft_in_the_wrong_direction_is_refused_in_chinese() {
        ResponseEntity<Map<String, Object>> refused = Api.as(rest, "zhangsan").post("/api/documents/compose",
                Map.of("docType", "请示", "direction", "平行", "title", "关于商请支持的请示"));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((String) refused.getBody().get("detail")).contains("「请示」的行文方向为上行文，不能平行文", "应当用函");
    }

    @Test
    void only_officers_draft_polish_and_import_and_case_staff_read_the_library() {
        Map<String, Object> draft = Map.of("docType", "通知", "title", "关于测试的通知");
        for (String user : List.of("lisi", "wangwu", "auditor", "sysadmin")) {
            Api api = Api.as(rest, user);
            assertThat(api.post("/api/documents/compose", draft).getStatusCode().value()).as(user).isEqualTo(403);
            assertThat(api.post("/api/documents/polish", Map.of("text", "正文")).getStatusCode().value()).as(user)
                    .isEqualTo(403);
            assertThat(upload(api, "a.docx", Docx.aPlainLetter()).getStatusCode().value()).as(user).isEqualTo(403);
        }
        assertThat(Api.as(rest, "lisi").get("/api/documents/templates/函").getStatusCode().value()).isEqualTo(200);
        assertThat(Api.as(rest, "sysadmin").get("/api/documents/templates").getStatusCode().value()).isEqualTo(403);
        assertThat(rest.postForEntity("/api/documents/compose", draft, String.class).getStatusCode().value())
                .isEqualTo(401);
    }

    @Test
    void another_departments_case_is_not_found_and_a_case_past_drafting_is_refused() {
        Api officer = Api.as(rest, "zhangsan");
        String caseId = officer.startDocument("关于开展消防演练的通知", "各科室：\n正文。");
        Api legalOfficer = Api.as(rest, "zhaoliu");

        assertThat(legalOfficer.post("/api/documents/compose", compose(caseId)).getStatusCode().value()).isEqualTo(404);
        assertThat(legalOfficer.post("/api/documents/polish", Map.of("caseId", caseId, "text", "正文"))
                .getStatusCode().value()).isEqualTo(404);

        officer.complete((String) officer.openTask(caseId).get("id"), "submit", null, Map.of());
        ResponseEntity<Map<String, Object>> late = officer.post("/api/documents/compose", compose(caseId));
        assertThat(late.getStatusCode().value()).isEqualTo(403);
        assertThat((String) late.getBody().get("detail")).startsWith("本案当前没有您可以办理的拟稿环节");
        assertThat(officer.list("/api/cases/" + caseId + "/ai-suggestions")).isEmpty();
    }

    @Test
    void a_docx_is_imported_and_a_file_that_is_not_one_or_is_a_bomb_is_refused() {
        Api officer = Api.as(rest, "zhangsan");

        ResponseEntity<Map<String, Object>> read = upload(officer, "通知.docx", Docx.aNotice());
        ResponseEntity<Map<String, Object>> text = upload(officer, "通知.docx",
                "各科室：现将有关事项通知如下。".getBytes(StandardCharsets.UTF_8));
        ResponseEntity<Map<String, Object>> bomb = upload(officer, "炸弹.docx", Docx.bomb(300));

        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(read.getBody()).containsEntry("title", "某市人民政府办公室关于开展2026年度安全生产检查的通知")
                .containsEntry("mainRecipients", "各区人民政府，市政府各部门")
                .containsEntry("documentNumber", "某政办发〔2026〕7号")
                .containsEntry("attachmentNote", "附件：1.安全生产检查表\n2.检查单位名单")
                .containsEntry("signingDate", "2026-03-05");
        assertThat(text.getStatusCode().value()).isEqualTo(400);
        assertThat((String) text.getBody().get("detail")).startsWith("只能导入 Word 的 DOCX 文件");
        assertThat(bomb.getStatusCode().value()).isIn(400, 413);
        assertThat(bomb.getBody()).containsEntry("code", bomb.getStatusCode().value() == 400
                ? "upload.refused.suspicious-ratio" : "upload.refused.too-large-uncompressed");
    }

    private static Map<String, Object> compose(String caseId) {
        Map<String, Object> body = new HashMap<>();
        body.put("caseId", caseId);
        body.put("docType", "通知");
        body.put("title", "关于开展消防演练的通知");
        body.put("keyPoints", List.of("演练时间为3月20日上午", "全体人员参加"));
        body.put("mainRecipients", "各科室");
        return body;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> forms(Map<String, Object> type) {
        return (List<Map<String, Object>>) type.get("forms");
    }

    private static ResponseEntity<Map<String, Object>> upload(Api api, String name, byte[] content) {
        return api.upload("/api/documents/import", name, content, Map.of());
    }
}
