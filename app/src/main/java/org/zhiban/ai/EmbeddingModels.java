package org.zhiban.ai;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhiban.integrations.llm.EmbeddingEndpoint;
import org.zhiban.integrations.redaction.PersonalDataRedactor;

/**
 * The configured embedding model ({@code zhiban.ai.embedding-models.<name>.*}, the first one), or none: then
 * knowledge retrieval is BM25 alone.
 */
@Component
public class EmbeddingModels {

    private final EmbeddingEndpoint endpoint;
    private final PersonalDataRedactor redactor;

    EmbeddingModels(AiProperties properties) {
        this.endpoint = properties.embeddingModels().entrySet().stream().findFirst()
                .map(e -> new EmbeddingEndpoint(e.getValue().endpoint(e.getKey()))).orElse(null);
        this.redactor = new PersonalDataRedactor(properties.redactIndividualBusinessCodes());
    }

    public Optional<EmbeddingEndpoint> configured() {
        return Optional.ofNullable(endpoint);
    }

    /**
     * A search query's vector. Articles are public text and go as they are; a query is what an official typed, so
     * it goes to a model outside the network only redacted, as every prompt does.
     *
     * @throws org.zhiban.integrations.llm.ModelCallException when the model does not answer
     */
    public float[] embedQuery(String query) {
        if (endpoint == null) {
            throw new IllegalStateException("no embedding model configured");
        }
        String sent = endpoint.endpoint().local() ? query : redactor.redact(query).text(0);
        return endpoint.embed(java.util.List.of(sent)).get(0);
    }
}
