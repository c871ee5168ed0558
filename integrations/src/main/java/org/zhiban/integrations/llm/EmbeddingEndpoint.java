package org.zhiban.integrations.llm;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.ai.document.MetadataMode;
import org.springframework.ai.openai.OpenAiEmbeddingModel;
import org.springframework.ai.openai.OpenAiEmbeddingOptions;
import org.springframework.ai.openai.api.OpenAiApi;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.web.client.RestClient;

/**
 * One named OpenAI-compatible embedding server ({@code POST /v1/embeddings}: vLLM, Ollama, Xinference, a cloud
 * API), through Spring AI's OpenAI client. Texts go in batches; every vector comes back L2-normalised, so a dot
 * product is the cosine.
 */
public final class EmbeddingEndpoint {

    static final int BATCH = 32;

    private final ModelEndpoint endpoint;
    private final OpenAiEmbeddingModel model;

    public EmbeddingEndpoint(ModelEndpoint endpoint) {
        this.endpoint = endpoint;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(endpoint.timeout());
        OpenAiApi api = OpenAiApi.builder().baseUrl(endpoint.baseUrl()).apiKey(endpoint.apiKey())
                .restClientBuilder(RestClient.builder().requestFactory(requests)).build();
        this.model = new OpenAiEmbeddingModel(api, MetadataMode.NONE,
                OpenAiEmbeddingOptions.builder().model(endpoint.model()).build(),
                RetryTemplate.builder().maxAttempts(2).fixedBackoff(500).build());
    }

    public ModelEndpoint endpoint() {
        return endpoint;
    }

    /** The identity of the vectors: a different model (or server model name) means they must all be rebuilt. */
    public String fingerprint() {
        return endpoint.name() + ":" + endpoint.model();
    }

    /** @throws ModelCallException when the server does not answer */
    public List<float[]> embed(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        try {
            for (int from = 0; from < texts.size(); from += BATCH) {
                for (float[] v : model.embed(texts.subList(from, Math.min(texts.size(), from + BATCH)))) {
                    out.add(normalised(v));
                }
            }
            return out;
        } catch (RuntimeException e) {
            throw new ModelCallException("向量模型调用失败 / embedding failed: " + e.getClass().getSimpleName(), 0, true, e);
        }
    }

    static float[] normalised(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        double norm = Math.sqrt(sum);
        if (norm == 0) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }
}
