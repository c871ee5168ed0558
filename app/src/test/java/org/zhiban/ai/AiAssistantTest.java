package org.zhiban.ai;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.zhiban.ai.FakeOpenAiServer.Reply;
import org.zhiban.shared.Classification;

/**
 * The AI layer against the local OpenAI-compatible fake: plain, streamed and JSON answers, malformed JSON, 429,
 * 500, timeouts, the circuit breaker, routing by classification and by the {@code local} mark, redaction and
 * restoration, the injection corpus, and the no-model path.
 */
class AiAssistantTest {

    static final FakeOpenAiServer CLOUD = new FakeOpenAiServer();
    static final FakeOpenAiServer LOCAL = new FakeOpenAiServer();

    record TicketType(@NotBlank @Pattern(regexp = "投诉|举报|咨询|建议|不属于本部门职责") String type, String reason) {
    }

    @BeforeEach
    void reset() {
        CLOUD.reset();
        LOCAL.reset();
        CLOUD.answerWith("（云端回答）");
        LOCAL.answerWith("（本地回答）");
    }

    @AfterAll
    static void stop() {
        CLOUD.close();
        LOCAL.close();
    }

    static AiRequest summary(Classification c, String content) {
        return AiRequest.of(AiTask.SUMMARISE_TICKET, c).forCase("GD-2026-000001").material("投诉内容", content);
    }

    @Test
    void the_default_model_answers_and_the_call_is_logged_with_tokens_and_prompt_version() {
        AiLayer ai = AiLayer.builder().model("cloud", CLOUD, false).build();

        AiResult<String> r = ai.assistant.write(summary(Classification.INTERNAL, "超市卖过期牛奶"), () -> "摘要模板");

        assertThat(r.value()).isEqualTo("（云端回答）");
        assertThat(r.model()).isEqualTo("cloud");
        assertThat(r.fallback()).isFalse();
        assertThat(r.prompt()).isEqualTo("ticket-summary@1");
        assertThat(CLOUD.requests()).singleElement().satisfies(q -> {
            assertThat(q.path()).isEqualTo("/v1/chat/completions");
            assertThat(q.authorization()).isEqualTo("Bearer sk-cloud");
            assertThat(q.body()).contains("\"model\":\"cloud-model\"", "超市卖过期牛奶", "<<<资料 投诉内容");
        });
        AiCall call = ai.lastCall();
        assertThat(call).extracting(AiCall::outcome, AiCall::model, AiCall::caseId, AiCall::promptTokens,
                AiCall::completionTokens).containsExactly("ok", "cloud", "GD-2026-000001", 120, 30);
        assertThat(ai.meters.get("zhiban.ai.calls").tag("model", "cloud").tag("task", "ticket-summary").timer().count())
                .isEqualTo(1);
    }

    @Test
    void without_a_model_the_fallback_answers_and_says_no_model_is_configured() {
        AiLayer ai = AiLayer.builder().build();

        AiResult<String> r = ai.assistant.write(summary(Classification.PUBLIC, "超市卖过期牛奶"), () -> "摘要模板");

        assertThat(r).extracting(AiResult::value, AiResult::model, AiResult::fallback, AiResult::notice)
                .containsExactly("摘要模板", null, true, "未配置模型");
        assertThat(ai.lastCall().outcome()).isEqualTo("no-model");
        assertThat(ai.lastCall().redactedPrompt()).isNull();
    }

    @Test
    void secret_data_goes_to_no_model_and_sensitive_data_only_to_a_local_one() {
        AiLayer both = AiLayer.builder().model("cloud", CLOUD, false).model("local", LOCAL, true).build();
        AiLayer cloudOnly = AiLayer.builder().model("cloud", CLOUD, false).build();

        AiResult<String> secret = both.assistant.write(summary(Classification.SECRET, "案情"), () -> "模板");
        AiResult<String> sensitive = both.assistant.write(summary(Classification.SENSITIVE, "案情"), () -> "模板");
        AiResult<String> sensitiveNoLocal = cloudOnly.assistant.write(summary(Classification.SENSITIVE, "案情"), () -> "模板");
        AiResult<String> internal = both.assistant.write(summary(Classification.INTERNAL, "案情"), () -> "模板");

        assertThat(secret).extracting(AiResult::fallback, AiResult::notice).containsExactly(true, "涉密数据不发送任何模型");
        assertThat(sensitive.model()).isEqualTo("local");
        assertThat(sensitive.routing()).isEqualTo("敏感 → local（本地模型）");
        assertThat(sensitiveNoLocal).extracting(AiResult::fallback, AiResult::notice)
                .containsExactly(true, "敏感数据只发送本地模型，未配置本地模型");
        assertThat(internal.model()).isEqualTo("cloud");
        assertThat(CLOUD.requests()).hasSize(1);
        assertThat(LOCAL.requests()).hasSize(1);
    }

    @Test
    void a_task_may_have_its_own_model_and_the_default_model_is_configurable() {
        AiLayer ai = AiLayer.builder().model("cloud", CLOUD, false).model("local", LOCAL, true)
                .defaultModel("local").task(AiTask.SUMMARISE_TICKET, "cloud").build();

        assertThat(ai.assistant.write(summary(Classification.INTERNAL, "案情"), () -> "").model()).isEqualTo("cloud");
        assertThat(ai.assistant.write(AiRequest.of(AiTask.PROOFREAD, Classification.INTERNAL).material("文稿", "正文"),
                () -> "").model()).isEqualTo("local");
    }

    @Test
    void personal_data_is_replaced_for_a_model_outside_the_network_and_restored_in_the_answer() {
        AiLayer ai = AiLayer.builder().model("cloud", CLOUD, false).build();
        CLOUD.answerWith("〔姓名1〕（电话〔手机号1〕）反映超市出售过期牛奶。");

        AiResult<String> r = ai.assistant.write(summary(Classification.INTERNAL,
                "投诉人王小明，电话13812345678，身份证110101199003074514，住北京市朝阳区建国路88号，反映超市出售过期牛奶。"),
                () -> "");

        String sent = CLOUD.requests().get(0).body();
        assertThat(sent).doesNotContain("王小明", "13812345678", "110101199003074514", "建国路88号")
                .contains("〔姓名1〕", "〔手机号1〕", "〔身份证号1〕", "〔地址1〕");
        assertThat(r.value()).isEqualTo("王小明（电话13812345678）反映超市出售过期牛奶。");
        assertThat(ai.lastCall().redactions()).isEqualTo(4);
        assertThat(ai.lastCall().redactedPrompt()).doesNotContain("13812345678");
    }

    @Test
    void a_local_model_sees_the_text_as_it_is_but_the_call_log_keeps_only_the_redacted_prompt() {
        AiLayer ai = AiLayer.builder().model("local", LOCAL, true).build();

        ai.assistant.write(summary(Classification.SENSITIVE, "投诉人电话13812345678"), () -> "");

        assertThat(LOCAL.requests().get(0).body()).contains("13812345678");
        assertThat(ai.lastCall().redactedPrompt()).doesNotContain("13812345678").contains("〔手机号1〕");
    }

    @Test
    void a_streamed_answer_arrives_piece_by_piece_and_ends_with_the_whole_result() {
        AiLayer ai = AiLayer.builder().model("cloud", CLOUD, false).build();
        CLOUD.answerWith("〔姓名1〕反映超市出售过期牛奶，要求退一赔三。");

        List<AiProgress> progress = ai.assistant.stream(summary(Classification.INTERNAL, "投诉人王小明反映过期牛奶"), () -> "模板")
                .collectList().block(Duration.ofSeconds(10));

        assertThat(CLOUD.requests().get(0).streamed()).isTrue();
        assertThat(progress).hasSizeGreaterThan(3);
        assertThat(progress.get(progress.size() - 2).text()).isEqualTo("王小明反映超市出售过期牛奶，要求退一赔三。");
        AiProgress last = progress.get(progress.size() - 1);
        assertThat(last.done()).isTrue();
        assertThat(last.result()).extracting(AiResult::value, AiResult::model, AiResult::fallback)
                .containsExactly("王小明反映超市出售过期牛奶，要求退一赔三。", "cloud", false);
    }

    @Test
    void a_stream_from_a_failing_model_ends_with_the_fallback() {
        AiLayer ai = AiLayer.builder().model("cloud", CLOUD, false).build();
        CLOUD.then(Reply.status(500));

        List<AiProgress> progress = ai.assistant.stream(summary(Classification.INTERNAL, "案情"), () -> "模板")
                .collectList().block(Duration.ofSeconds(10));

        assertThat(progress).singleElement().satisfies(p -> assertThat(p.result())
                .extracting(AiResult::value, AiResult::fallback).containsExactly("模板", true));
    }

    @Test
    void json_output_is_mapped_to_a_record_and_validated() {
        AiLayer ai = AiLayer.builder().model("cloud", CLOUD, false).build();
        CLOUD.answerWith("{\"type\":\"投诉\",\"reason\":\"〔姓名1〕要求赔偿\"}");

        AiResult<TicketType> r = ai.assistant.extract(classify("投诉人王小明要求赔偿"), TicketType.class,
                () -> new TicketType("举报", "规则"));

        assertThat(r.value()).isEqualTo(new TicketType("投诉", "王小明要求赔偿"));
        assertThat(CLOUD.requests().get(0).body()).contains("\"response_format\"", "json_schema");
    }

    @Test
    void malformed_or_invalid_json_is_asked_for_once_more_then_the_fallback_is_used() {
        AiLayer ai = AiLayer.builder().model("cloud", CLOUD, false).build();
        CLOUD.then(Reply.text("好的，分类如下：投诉"), Reply.text("{\"type\":\"投诉\",\"reason\":\"消费纠纷\"}"));

        AiResult<TicketType> second = ai.assistant.extract(classify("案情"), TicketType.class, () -> null);

        assertThat(second.value().type()).isEqualTo("投诉");
        assertThat(CLOUD.requests()).hasSize(2);
        assertThat(CLOUD.requests().get(1).body()).contains("上一次的输出无效");

        CLOUD.reset();
        CLOUD.then(Reply.text("{\"type\":\"低风险\"}"), Reply.text("{not json"));
        AiResult<TicketType> failed = ai.assistant.extract(classify("案情"), TicketType.class,
                () -> new TicketType("投诉", "规则判断"));

        assertThat(failed).extracting(AiResult::value, AiResult::fallback, AiResult::notice)
                .containsExactly(new TicketType("投诉", "规则判断"), true, AiAssistant.INVALID_NOTICE);
        assertThat(ai.lastCall().outcome()).isEqualTo("invalid");
        assertThat(CLOUD.requests()).hasSize(2);
    }

    @Test
    void server_errors_and_429_are_retried_with_backoff_and_a_client_error_is_not() {
        AiLayer ai = AiLayer.builder().model("cloud", CLOUD, false).build();

        CLOUD.then(Reply.status(500), Reply.status(429));
        AiResult<String> recovered = ai.assistant.write(summary(Classification.INTERNAL, "案情"), () -> "模板");
        assertThat(recovered).extracting(AiResult::value, AiResult::fallback).containsExactly("（云端回答）", false);
        assertThat(CLOUD.requests()).hasSize(3);
        assertThat(ai.lastCall().attempts()).isEqualTo(3);

        CLOUD.reset();
        CLOUD.then(Reply.status(400));
        AiResult<String> refused = ai.assistant.write(summary(Classification.INTERNAL, "案情"), () -> "模板");
        assertThat(refused).extracting(AiResult::value, AiResult::fallback, AiResult::notice)
                .containsExactly("模板", true, AiAssistant.FAILED_NOTICE);
        assertThat(CLOUD.requests()).hasSize(1);
        assertThat(ai.lastCall().outcome()).isEqualTo("failed");
    }

    @Test
    void a_model_slower_than_its_timeout_is_given_up_on_and_the_fallback_answers() {
        AiLayer ai = AiLayer.builder().timeout(Duration.ofMillis(300)).model("cloud", CLOUD, false).build();
        CLOUD.then(Reply.slow(1500, "迟到的回答"), Reply.slow(1500, "迟到的回答"), Reply.slow(1500, "迟到的回答"));

        AiResult<String> r = ai.assistant.write(summary(Classification.INTERNAL, "案情"), () -> "模板");

        assertThat(r).extracting(AiResult::value, AiResult::fallback).containsExactly("模板", true);
        assertThat(CLOUD.requests()).hasSize(3);
    }

    @Test
    void the_circuit_breaker_stops_calling_a_dead_endpoint() {
        AiLayer ai = AiLayer.builder().model("cloud", CLOUD, false).build();
        for (int i = 0; i < 30; i++) {
            CLOUD.then(Reply.status(503));
        }

        for (int i = 0; i < 5; i++) {
            assertThat(ai.assistant.write(summary(Classification.INTERNAL, "案情"), () -> "模板").fallback()).isTrue();
        }

        // window of 6 requests, half failing: two calls of three attempts open it, the later ones cost nothing
        assertThat(CLOUD.requests()).hasSize(6);
        assertThat(ai.lastCall().error()).contains("circuit open");
    }

    @Test
    void a_fallback_that_fails_is_the_callers_exception_so_an_async_ai_step_becomes_an_incident() {
        AiLayer ai = AiLayer.builder().build();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ai.assistant.write(summary(Classification.INTERNAL, "案情"),
                () -> {
                    throw new IllegalStateException("模板缺失");
                })).isInstanceOf(IllegalStateException.class).hasMessage("模板缺失");
    }

    @Test
    void injection_attempts_stay_fenced_material_and_change_no_routing_decision() throws IOException {
        AiLayer ai = AiLayer.builder().model("cloud", CLOUD, false).model("local", LOCAL, true).build();
        for (String attack : corpus()) {
            CLOUD.reset();
            LOCAL.reset();

            AiResult<String> secret = ai.assistant.write(summary(Classification.SECRET, attack), () -> "模板");
            AiResult<String> sensitive = ai.assistant.write(summary(Classification.SENSITIVE, attack), () -> "模板");

            assertThat(secret.fallback()).as(attack).isTrue();
            assertThat(sensitive.model()).as(attack).isEqualTo("local");
            assertThat(CLOUD.requests()).as(attack).isEmpty();
            String user = userMessage(LOCAL.requests().get(0).body());
            String tag = user.replaceAll("(?s).*<<<资料 投诉内容 ([0-9a-f]{12})>>>.*", "$1");
            assertThat(user).as(attack).containsOnlyOnce("<<<资料结束 " + tag + ">>>")
                    .doesNotContain("<|im_start|>", "[INST]", "<system>", "</tool>", "<<<资料结束 000000000000>>>");
            assertThat(LOCAL.requests().get(0).body()).contains("不是指令");
        }
    }

    static AiRequest classify(String content) {
        return AiRequest.of(AiTask.CLASSIFY_TICKET, Classification.INTERNAL).with("categories", "食品安全、价格")
                .material("工单内容", content);
    }

    static List<String> corpus() throws IOException {
        return new ClassPathResource("ai/injection-corpus.txt").getContentAsString(StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    private static String userMessage(String body) throws IOException {
        for (com.fasterxml.jackson.databind.JsonNode m : new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).get("messages")) {
            if ("user".equals(m.get("role").asText())) {
                return m.get("content").asText();
            }
        }
        throw new AssertionError("no user message in " + body);
    }
}
