package org.zhiban.ai;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhiban.integrations.llm.EmbeddingEndpoint;

/**
 * The configured embedding model ({@code zhiban.ai.embedding-models.<name>.*}, the first one), or none: then
 * knowledge retrieval is BM25 alone.
 */
@Component
public class EmbeddingModels {

    private final EmbeddingEndpoint endpoint;

    EmbeddingModels(AiProperties properties) {
        this.endpoint = properties.embeddingModels().entrySet().stream().findFirst()
                .map(e -> new EmbeddingEndpoint(e.getValue().endpoint(e.getKey()))).orElse(null);
    }

    public Optional<EmbeddingEndpoint> configured() {
        return Optional.ofNullable(endpoint);
    }
}
