package org.zhiban.knowledge;

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
 * Policy Q&A with a model configured, against the local OpenAI-compatible fake that returns a recorded answer:
 * the answer is the model's, grounded in retrieved articles, personal data never leaves, classified questions stay
 * local, and every citation in the answer is checked against the knowledge base.
 */
@SpringBootTest(classes = ZhibanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.springframework.test.context.TestExecutionListeners(listeners = org.zhiban.SecurityStrategyRestorer.class,
        mergeMode = org.springframework.test.context.TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class PolicyQuestionsWithModelTest {

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
    void the_model_answers_from_the_retrieved_articles_and_its_citations_are_verified() {
        MODEL.answerWith("根据《消费者权益保护法》第五十五条，经营者欺诈的，消费者可要求三倍赔偿；"
                + "另见《消费者权益保护法》第九十九条。");
        int before = MODEL.requests().size();

        Map<String, Object> answer = Api.as(rest, "zhangsan").post("/api/knowledge/ask", Map.of(
                "question", "我叫王小明，电话13812345678，身份证110101199003074514，商家欺诈能赔几倍？")).getBody();

        assertThat(answer).containsEntry("model", "deepseek").containsEntry("fallback", false)
                .containsEntry("promptVersion", "policy-answer@2");
        assertThat((String) answer.get("answer")).startsWith("根据《消费者权益保护法》第五十五条");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> citations = (List<Map<String, Object>>) answer.get("citations");
        assertThat(citations).extracting(c -> c.get("statute") + " " + c.get("articleNo") + " " + c.get("resolved"))
                .containsExactly("消费者权益保护法 第五十五条 true", "消费者权益保护法 第九十九条 false");
        assertThat(citations).allSatisfy(c -> assertThat(c).containsKeys("text", "statute", "articleNo", "resolved"));
        String sent = MODEL.requests().get(before).body();
        assertThat(sent).contains("第五十五条", "〔手机号1〕").doesNotContain("13812345678", "110101199003074514", "王小明");
    }

    @Test
    void a_sensitive_question_does_not_go_to_a_model_outside_the_network() {
        int before = MODEL.requests().size();

        Map<String, Object> answer = Api.as(rest, "zhangsan").post("/api/knowledge/ask",
                Map.of("question", "经营者欺诈怎么赔偿？", "classification", "敏感")).getBody();

        assertThat(answer).containsEntry("fallback", true).containsEntry("promptVersion", "policy-answer@2");
        assertThat((String) answer.get("answer")).startsWith("敏感数据只发送本地模型");
        assertThat(MODEL.requests()).hasSize(before);
    }

    @Test
    void an_unknown_classification_is_refused() {
        assertThat(Api.as(rest, "zhangsan").post("/api/knowledge/ask",
                Map.of("question", "经营者欺诈怎么赔偿？", "classification", "随便")).getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void a_classified_question_never_reaches_the_model() {
        int before = MODEL.requests().size();

        Map<String, Object> answer = Api.as(rest, "zhangsan").post("/api/knowledge/ask",
                Map.of("question", "经营者欺诈怎么赔偿？", "classification", "机密")).getBody();

        assertThat(answer).containsEntry("fallback", true);
        assertThat(answer.get("model")).isNull();
        assertThat(MODEL.requests()).hasSize(before);
    }
}
