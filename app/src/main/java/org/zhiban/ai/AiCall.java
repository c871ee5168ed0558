package org.zhiban.ai;

import java.time.Instant;

/**
 * One request to the AI layer as the call log keeps it.
 *
 * @param outcome ok, no-model, refused, failed (the model failed, fallback used) or invalid (bad output twice)
 */
public record AiCall(String id, Instant calledAt, String task, String prompt, String classification, String model,
                     String routing, String caseId, String outcome, long latencyMs, int promptTokens,
                     int completionTokens, int attempts, int redactions, String redactedPrompt, String error) {
}
