package org.zhiban.ai.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar zhiban-exec.jar --zhiban.ai.evaluate.dataset=bench/ai/proofread-odw.jsonl
 * --server.port=0 [--zhiban.ai.evaluate.limit=50] [--zhiban.ai.evaluate.report=r.json]}
 * plus the model settings: evaluates, prints the figures, writes the report (with every answer) and exits.
 */
@Component
@ConditionalOnProperty("zhiban.ai.evaluate.dataset")
class EvaluationCommand implements ApplicationRunner {

    private final Evaluation evaluation;
    private final ObjectMapper json;
    private final ConfigurableApplicationContext context;
    private final String dataset;
    private final int limit;
    private final String reportFile;

    EvaluationCommand(Evaluation evaluation, ObjectMapper json, ConfigurableApplicationContext context,
                      @Value("${zhiban.ai.evaluate.dataset}") String dataset,
                      @Value("${zhiban.ai.evaluate.limit:0}") int limit,
                      @Value("${zhiban.ai.evaluate.report:}") String reportFile) {
        this.evaluation = evaluation;
        this.json = json;
        this.context = context;
        this.dataset = dataset;
        this.limit = limit;
        this.reportFile = reportFile;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Evaluation.Report r = evaluation.run(Path.of(dataset), limit);
        System.out.printf("""
                        评测 %s
                          cases %d, correct %d, accuracy %.1f%%, fallbacks (no model answered) %d
                          latency p50 %d ms, p95 %d ms; tokens in %d, out %d; by model %s%n""",
                r.dataset(), r.cases(), r.correct(), 100 * r.accuracy(), r.fallbacks(), r.p50Ms(), r.p95Ms(),
                r.promptTokens(), r.completionTokens(), r.byModel());
        if (!reportFile.isBlank()) {
            Files.writeString(Path.of(reportFile), json.writerWithDefaultPrettyPrinter().writeValueAsString(r));
            System.out.println("  report: " + reportFile);
        }
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
