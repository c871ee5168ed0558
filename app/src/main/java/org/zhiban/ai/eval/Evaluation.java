package org.zhiban.ai.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.zhiban.ai.AiAssistant;
import org.zhiban.ai.AiCall;
import org.zhiban.ai.AiCallLog;
import org.zhiban.ai.AiRequest;
import org.zhiban.ai.AiResult;
import org.zhiban.ai.AiTask;
import org.zhiban.shared.Classification;

/**
 * 模型评测: runs a task over a dataset against whichever model the configuration names and reports accuracy,
 * latency and tokens, so a real model can be judged by configuration alone. Answers that came from the no-model
 * path count as wrong and are reported as fallbacks.
 */
@Component
public class Evaluation {

    private final AiAssistant ai;
    private final AiCallLog calls;
    private final ObjectMapper json;

    public Evaluation(AiAssistant ai, AiCallLog calls, ObjectMapper json) {
        this.ai = ai;
        this.calls = calls;
        this.json = json;
    }

    public record Outcome(String id, boolean correct, boolean fallback, String model, long latencyMs,
                          int promptTokens, int completionTokens, String answer) {
    }

    public record Report(String dataset, int cases, int correct, int fallbacks, double accuracy, long p50Ms,
                         long p95Ms, long promptTokens, long completionTokens, Map<String, Integer> byModel,
                         List<Outcome> outcomes) {
    }

    public Report run(Path dataset, int limit) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(dataset, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null && (limit <= 0 || outcomes.size() < limit)) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                EvaluationCase c = json.readValue(line, EvaluationCase.class);
                outcomes.add(evaluate(c.id() == null ? "line " + n : c.id(), c));
            }
        }
        return report(dataset.toString(), outcomes);
    }

    Outcome evaluate(String id, EvaluationCase c) {
        AiTask task = AiTask.byId(c.task()).orElseThrow(() -> new IllegalArgumentException(id + ": no task " + c.task()));
        AiRequest request = AiRequest.of(task, Classification.require(c.classification(), Classification.INTERNAL))
                .references(c.references());
        for (Map.Entry<String, String> v : (c.values() == null ? Map.<String, String>of() : c.values()).entrySet()) {
            request = request.with(v.getKey(), v.getValue());
        }
        for (Map.Entry<String, String> m : (c.material() == null ? Map.<String, String>of() : c.material()).entrySet()) {
            request = request.material(m.getKey(), m.getValue());
        }
        EvaluationCase.Expectation expect = c.expect();
        boolean structured = expect != null && expect.fields() != null && !expect.fields().isEmpty();
        AiResult<?> result = structured ? ai.extract(request, Map.class, () -> null) : ai.write(request, () -> "");
        AiCall call = calls.find(result.callId()).orElse(null);
        String answer = result.value() == null ? "" : result.value().toString();
        boolean correct = !result.fallback() && expect != null && matches(expect, result.value(), answer);
        return new Outcome(id, correct, result.fallback(), result.model(), call == null ? 0 : call.latencyMs(),
                call == null ? 0 : call.promptTokens(), call == null ? 0 : call.completionTokens(), answer);
    }

    private static boolean matches(EvaluationCase.Expectation expect, Object value, String answer) {
        if (expect.contains() != null && !expect.contains().stream().allMatch(answer::contains)) {
            return false;
        }
        if (expect.equals() != null && !expect.equals().strip().equals(answer.strip())) {
            return false;
        }
        if (expect.fields() != null && !expect.fields().isEmpty()) {
            if (!(value instanceof Map<?, ?> fields)) {
                return false;
            }
            return expect.fields().entrySet().stream()
                    .allMatch(e -> Objects.equals(String.valueOf(e.getValue()), String.valueOf(fields.get(e.getKey()))));
        }
        return true;
    }

    static Report report(String dataset, List<Outcome> outcomes) {
        int correct = (int) outcomes.stream().filter(Outcome::correct).count();
        int fallbacks = (int) outcomes.stream().filter(Outcome::fallback).count();
        List<Long> latencies = outcomes.stream().filter(o -> !o.fallback()).map(Outcome::latencyMs).sorted().toList();
        Map<String, Integer> byModel = new LinkedHashMap<>();
        outcomes.forEach(o -> byModel.merge(o.model() == null ? "（无模型）" : o.model(), 1, Integer::sum));
        return new Report(dataset, outcomes.size(), correct, fallbacks,
                outcomes.isEmpty() ? 0 : correct / (double) outcomes.size(), percentile(latencies, 0.50),
                percentile(latencies, 0.95), outcomes.stream().mapToLong(Outcome::promptTokens).sum(),
                outcomes.stream().mapToLong(Outcome::completionTokens).sum(), byModel, outcomes);
    }

    private static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
