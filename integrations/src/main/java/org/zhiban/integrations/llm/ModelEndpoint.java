package org.zhiban.integrations.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * One named OpenAI-compatible chat server (DeepSeek, vLLM, Ollama, Xinference, a cloud API).
 *
 * @param baseUrl     the server's address without {@code /v1}: Spring AI appends {@code /v1/chat/completions}
 * @param local       true when the server runs inside the government network: only such a model sees 敏感 data
 *                    and only such a model sees personal data unredacted
 * @param maxTokens   the answer's length limit, or null for the server's own
 * @param temperature null for the server's default
 */
public record ModelEndpoint(String name, String baseUrl, String apiKey, String model, boolean local, Duration timeout,
                            Integer maxTokens, Double temperature) {

    public ModelEndpoint {
        Objects.requireNonNull(name, "name");
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("model '" + name + "' has no base-url");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model '" + name + "' has no model name");
        }
        baseUrl = baseUrl.strip().replaceAll("/+$", "").replaceAll("/v1$", "");
        // Spring AI refuses an empty key; servers inside the network usually take any.
        apiKey = apiKey == null || apiKey.isBlank() ? "none" : apiKey;
        timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
    }
}
