package org.zhiban.integrations.llm;

/**
 * A model's answer and what it cost.
 *
 * @param attempts how many requests it took (retries included)
 */
public record ModelReply(String text, int promptTokens, int completionTokens, int attempts) {
}
