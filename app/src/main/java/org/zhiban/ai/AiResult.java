package org.zhiban.ai;

import java.util.List;

/**
 * A task's result and how it came about: from which model (null when none), or from the no-model path and why.
 *
 * @param fallback  true when rules, retrieval or a template produced the value (no model, routing refused, the
 *                  model failed or gave invalid output)
 * @param notice    what the UI and the record say about it, e.g. 未配置模型; null when a model answered
 * @param routing   the routing decision as recorded, e.g. 内部 → deepseek（外部模型，个人信息已脱敏）
 * @param prompt    the prompt's id and version, e.g. {@code policy-answer@2}
 * @param citations the law citations of a text answer, verified; empty for other tasks
 */
public record AiResult<T>(T value, String model, boolean fallback, String notice, String routing, String prompt,
                          String callId, List<AiCitation> citations) {

    public AiResult {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    /** True when some citation could not be confirmed: the UI flags it and the record says so. */
    public boolean hasUnresolvedCitations() {
        return citations.stream().anyMatch(c -> !c.resolved());
    }

    <U> AiResult<U> withValue(U other) {
        return new AiResult<>(other, model, fallback, notice, routing, prompt, callId, citations);
    }
}
