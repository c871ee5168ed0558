package org.zhiban.ai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhiban.ai.FakeOpenAiServer.Reply;
import org.zhiban.ai.eval.Evaluation;

/** The evaluation command's counting: right, wrong, fallbacks, tokens, against the fake and without a model. */
class EvaluationTest {

    static final FakeOpenAiServer MODEL = new FakeOpenAiServer();

    @AfterAll
    static void stop() {
        MODEL.close();
    }

    static final String DATASET = """
            {"id":"a","task":"document-proofread","classification":"公开","material":{"文稿":"发展大数局产业"},"expect":{"contains":["数据产"]}}
            {"id":"b","task":"document-proofread","material":{"文稿":"二登奖"},"expect":{"contains":["二等奖"]}}

            {"id":"c","task":"ticket-classify","values":{"categories":"食品安全"},"material":{"工单内容":"过期牛奶"},"expect":{"fields":{"type":"投诉"}}}
            """;

    @Test
    void accuracy_latency_and_tokens_are_counted_per_case(@TempDir Path dir) throws Exception {
        Path data = Files.writeString(dir.resolve("d.jsonl"), DATASET);
        MODEL.then(Reply.text("“大数局”应为“大数据产业”"), Reply.text("未发现问题"), Reply.text("{\"type\":\"投诉\"}"));
        AiLayer ai = AiLayer.builder().model("qwen", MODEL, true).build();

        Evaluation.Report r = new Evaluation(ai.assistant, ai.log, new ObjectMapper())
                .run(data, 0);

        assertThat(r.cases()).isEqualTo(3);
        assertThat(r.outcomes()).extracting(o -> o.id() + ":" + o.correct()).containsExactly("a:true", "b:false", "c:true");
        assertThat(r.accuracy()).isEqualTo(2 / 3.0);
        assertThat(r.fallbacks()).isZero();
        assertThat(r.promptTokens()).isEqualTo(360);
        assertThat(r.byModel()).containsEntry("qwen", 3);
    }

    @Test
    void without_a_model_every_case_is_a_fallback_and_none_is_right(@TempDir Path dir) throws Exception {
        Path data = Files.writeString(dir.resolve("d.jsonl"), DATASET);
        AiLayer ai = AiLayer.builder().build();

        Evaluation.Report r = new Evaluation(ai.assistant, ai.log, new ObjectMapper())
                .run(data, 0);

        assertThat(r).extracting(Evaluation.Report::cases, Evaluation.Report::correct, Evaluation.Report::fallbacks)
                .containsExactly(3, 0, 3);
    }
}
