package org.zhiban.document.writing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.zhiban.Api;
import org.zhiban.ZhibanApplication;
import org.zhiban.ai.FakeOpenAiServer;

/**
 * 拟稿 with a model configured, against the local OpenAI-compatible fake with a recorded answer: the draft and the
 * polish are the model's, the prompt carries the 文种's structure and fences the attachments, the suggestion is
 * kept with the case as the model's, and classified material never reaches the model.
 */
@SpringBootTest(classes = ZhibanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.springframework.test.context.TestExecutionListeners(listeners = org.zhiban.SecurityStrategyRestorer.class,
        mergeMode = org.springframework.test.context.TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class DocumentWritingWithModelTest {

    static final FakeOpenAiServer MODEL = new FakeOpenAiServer();

    @DynamicPropertySource
    static void aModel(DynamicPropertyRegistry properties) {
        properties.add("zhiban.ai.models.deepseek.base-url", MODEL::baseUrl);
        properties.add("zhiban.ai.models.deepseek.api-key", () -> "sk-test");
        properties.add("zhiban.ai.models.deepseek.model", () -> "deepseek-chat");
    }

    @AfterAll
    static void stopModel() {
        MODEL.close();
    }

    @Autowired TestRestTemplate rest;

    @Test
    void the_model_drafts_in_the_structure_of_the_type_and_the_suggestion_is_kept_as_its() {
        String answer = "各科室：\n为提高应急处置能力，现将开展消防演练有关事项通知如下：\n一、演练定于3月20日上午举行。\n特此通知。";
        MODEL.answerWith(answer);
        Api officer = Api.as(rest, "zhangsan");
        String caseId = officer.startDocument("关于开展消防演练的通知", "各科室：\n待起草。");
        int before = MODEL.requests().size();

        Map<String, Object> drafted = officer.post("/api/documents/compose", Map.of("caseId", caseId,
                "docType", "通知", "title", "关于开展消防演练的通知", "keyPoints", List.of("演练定于3月20日上午"),
                "attachments", List.of(Map.of("name", "演练方案", "text", "疏散路线：东侧楼梯")))).getBody();

        assertThat(drafted).containsEntry("text", answer).containsEntry("model", "deepseek")
                .containsEntry("fallback", false).containsEntry("notice", null).containsEntry("note", null)
                .containsEntry("prompt", "document-draft@2").containsEntry("attachmentNote", "附件：演练方案");
        String sent = MODEL.requests().get(before).body();
        assertThat(sent).contains("通知·事项通知：缘由—事项—要求；结束语「特此通知。」", "一、〔事项〕", "一、演练定于3月20日上午。",
                "<<<资料 附件1《演练方案》", "疏散路线：东侧楼梯", "〔待补充〕");
        assertThat(officer.list("/api/cases/" + caseId + "/ai-suggestions").get(0))
                .containsEntry("id", drafted.get("suggestionId")).containsEntry("model", "deepseek")
                .containsEntry("fallback", false).containsEntry("content", answer).containsEntry("field", "body");
    }

    @Test
    void the_model_polishes_the_selection_given_as_material() {
        MODEL.answerWith("请各科室于3月31日前报送自查情况。");
        int before = MODEL.requests().size();

        Map<String, Object> polished = Api.as(rest, "zhangsan").post("/api/documents/polish",
                Map.of("text", "各科室要在3月31号之前把自查的情况报上来。", "instruction", "改为公文语体")).getBody();

        assertThat(polished).containsEntry("text", "请各科室于3月31日前报送自查情况。").containsEntry("model", "deepseek")
                .containsEntry("fallback", false).containsEntry("corrections", List.of())
                .containsEntry("prompt", "text-polish@1").containsEntry("suggestionId", null);
        assertThat(MODEL.requests().get(before).body()).contains("润色要求：改为公文语体",
                "<<<资料 待润色文字", "各科室要在3月31号之前把自查的情况报上来。");
    }

    @Test
    void classified_material_is_drafted_from_the_template_and_never_sent() {
        int before = MODEL.requests().size();

        Map<String, Object> drafted = Api.as(rest, "zhangsan").post("/api/documents/compose", Map.of(
                "docType", "请示", "title", "关于购置执法记录仪的请示", "classification", "机密",
                "keyPoints", List.of("购置20台"))).getBody();

        assertThat(drafted).containsEntry("fallback", true).containsEntry("notice", "涉密数据不发送任何模型")
                .containsEntry("model", null);
        assertThat((String) drafted.get("text")).contains("一、购置20台。").endsWith("妥否，请批示。");
        assertThat(MODEL.requests()).hasSize(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_models_proofreading_is_kept_only_where_the_character_model_confirms_it() {
        Api officer = Api.as(rest, "zhangsan");
        String caseId = officer.startDocument("关于培育数据产业的通知", "各地要大力培育发展大数局产业，推动产业升级。");
        MODEL.answerWith("{\"issues\":[{\"original\":\"大数局\",\"suggestion\":\"大数据\",\"reason\":\"错字\"},"
                + "{\"original\":\"产业升级\",\"suggestion\":\"惨业升级\",\"reason\":\"\"}]}");

        Map<String, Object> result = officer.post("/api/documents/" + caseId + "/proofread", Map.of()).getBody();

        assertThat(result).containsEntry("fallback", false).containsEntry("model", "deepseek")
                .containsEntry("unconfirmed", 1);
        assertThat((List<Map<String, Object>>) result.get("findings")).singleElement().satisfies(f -> {
            assertThat(f).containsEntry("field", "正文").containsEntry("suggestion", "大数据");
            assertThat(f.get("start")).isEqualTo("各地要大力培育发展".length());
        });
    }
}
