package org.zhiban.integrations.llm;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.observation.ObservationRegistry;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.openai.api.OpenAiApi;
import org.springframework.ai.openai.api.ResponseFormat;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.ResponseErrorHandler;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Flux;

/**
 * One named model, called through Spring AI's OpenAI client, with our own retries (timeouts, connection errors,
 * 429 and 5xx, exponential backoff) and a circuit breaker in front: Spring AI's retry is switched off so a dead
 * server costs {@code maxAttempts} calls, not ten, and then nothing until the breaker lets one through again.
 */
public final class ChatEndpoint {

    /** How the answer is asked to be JSON: {@code SCHEMA} (OpenAI, vLLM, Ollama) or {@code OBJECT} (DeepSeek). */
    public enum JsonMode { SCHEMA, OBJECT }

    private static final Predicate<Throwable> SERVER_FAULT = e -> e instanceof ModelCallException m && m.retryable();

    private final ModelEndpoint endpoint;
    private final JsonMode jsonMode;
    private final OpenAiChatModel model;
    private final Retry retry;
    private final CircuitBreaker breaker;
    private final RestClient probe;

    public ChatEndpoint(ModelEndpoint endpoint, JsonMode jsonMode, Resilience resilience) {
        this.endpoint = endpoint;
        this.jsonMode = jsonMode == null ? JsonMode.SCHEMA : jsonMode;
        HttpClient http = HttpClient.newBuilder().connectTimeout(min(endpoint.timeout(), Duration.ofSeconds(10))).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(endpoint.timeout());
        JdkClientHttpConnector streams = new JdkClientHttpConnector(http);
        streams.setReadTimeout(endpoint.timeout());
        OpenAiApi api = OpenAiApi.builder().baseUrl(endpoint.baseUrl()).apiKey(endpoint.apiKey())
                .restClientBuilder(RestClient.builder().requestFactory(requests))
                .webClientBuilder(WebClient.builder().clientConnector(streams))
                .responseErrorHandler(STATUS_ERRORS).build();
        OpenAiChatOptions.Builder options = OpenAiChatOptions.builder().model(endpoint.model())
                .maxTokens(endpoint.maxTokens()).streamUsage(true);
        if (endpoint.temperature() != null) {
            options.temperature(endpoint.temperature());
        }
        this.model = OpenAiChatModel.builder().openAiApi(api).defaultOptions(options.build())
                .retryTemplate(RetryTemplate.builder().maxAttempts(1).build())
                .observationRegistry(ObservationRegistry.NOOP).build();
        this.retry = Retry.of(endpoint.name(), RetryConfig.custom().maxAttempts(resilience.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(resilience.firstBackoff(), 2.0))
                .retryOnException(SERVER_FAULT).build());
        this.breaker = CircuitBreaker.of(endpoint.name(), CircuitBreakerConfig.custom()
                .slidingWindowSize(resilience.breakerWindow()).minimumNumberOfCalls(resilience.breakerWindow())
                .failureRateThreshold(50).waitDurationInOpenState(resilience.openFor())
                .recordException(SERVER_FAULT).build());
        this.probe = RestClient.builder().requestFactory(requests).baseUrl(endpoint.baseUrl()).build();
    }

    public ModelEndpoint endpoint() {
        return endpoint;
    }

    /**
     * Asks for an answer; with {@code jsonSchema} set the server is asked for JSON of that shape.
     *
     * @throws ModelCallException when every attempt failed or the breaker is open
     */
    public ModelReply complete(String system, String user, String jsonSchema) {
        Prompt prompt = new Prompt(List.of(new SystemMessage(system), new UserMessage(user)), callOptions(jsonSchema));
        AtomicInteger attempts = new AtomicInteger();
        try {
            ChatResponse response = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, () -> {
                attempts.incrementAndGet();
                return call(prompt);
            })).get();
            String text = response.getResult() == null || response.getResult().getOutput() == null ? null
                    : response.getResult().getOutput().getText();
            if (text == null) {
                throw new ModelCallException("模型返回了空回答 / the model returned no answer", 200, false, null);
            }
            Usage usage = response.getMetadata().getUsage();
            return new ModelReply(text, tokens(usage == null ? null : usage.getPromptTokens()),
                    tokens(usage == null ? null : usage.getCompletionTokens()), attempts.get());
        } catch (CallNotPermittedException e) {
            throw new ModelCallException("模型 " + endpoint.name() + " 连续失败，暂停调用 / circuit open", 0, false, e);
        }
    }

    /**
     * The answer as it is written, one piece per chunk. Not retried (half an answer cannot be taken back), but
     * counted by the breaker, and refused at once while it is open.
     */
    public Flux<String> stream(String system, String user) {
        Prompt prompt = new Prompt(List.of(new SystemMessage(system), new UserMessage(user)), callOptions(null));
        return Flux.defer(() -> {
            if (!breaker.tryAcquirePermission()) {
                return Flux.error(new ModelCallException("模型 " + endpoint.name() + " 连续失败，暂停调用 / circuit open",
                        0, false, null));
            }
            long start = System.nanoTime();
            return model.stream(prompt)
                    .mapNotNull(r -> r.getResult() == null || r.getResult().getOutput() == null ? null
                            : r.getResult().getOutput().getText())
                    .onErrorMap(ChatEndpoint::translate)
                    .doOnComplete(() -> breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS))
                    .doOnError(e -> breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e));
        });
    }

    /** CLOSED, OPEN, HALF_OPEN ...: whether calls go through. */
    public String breakerState() {
        return breaker.getState().name();
    }

    /** Asks the server for its model list ({@code GET /v1/models}): true when it answers at all. */
    public boolean reachable() {
        try {
            probe.get().uri("/v1/models").header("Authorization", "Bearer " + endpoint.apiKey()).retrieve().toBodilessEntity();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private OpenAiChatOptions callOptions(String jsonSchema) {
        OpenAiChatOptions options = OpenAiChatOptions.fromOptions((OpenAiChatOptions) model.getDefaultOptions());
        if (jsonSchema != null) {
            options.setResponseFormat(jsonMode == JsonMode.SCHEMA
                    ? ResponseFormat.builder().type(ResponseFormat.Type.JSON_SCHEMA).jsonSchema(jsonSchema).build()
                    : ResponseFormat.builder().type(ResponseFormat.Type.JSON_OBJECT).build());
        }
        return options;
    }

    private ChatResponse call(Prompt prompt) {
        try {
            return model.call(prompt);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    private static RuntimeException translate(Throwable e) {
        if (e instanceof ModelCallException m) {
            return m;
        }
        if (e instanceof WebClientResponseException w) {
            int status = w.getStatusCode().value();
            return new ModelCallException("模型服务返回 " + status, status, ModelCallException.retryableStatus(status), w);
        }
        if (e instanceof ResourceAccessException || e instanceof WebClientRequestException) {
            return new ModelCallException("模型服务超时或无法连接 / timeout or connection error", 0, true, e);
        }
        if (e instanceof RestClientException) {
            return new ModelCallException("模型服务的回答无法读取 / unreadable response", 0, false, e);
        }
        return new ModelCallException("模型调用失败 / " + e.getClass().getSimpleName(), 0, false, e);
    }

    private static int tokens(Integer n) {
        return n == null ? 0 : n;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    /** Every error status becomes a {@link ModelCallException} that knows whether to try again. */
    private static final ResponseErrorHandler STATUS_ERRORS = new ResponseErrorHandler() {
        @Override
        public boolean hasError(org.springframework.http.client.ClientHttpResponse response) throws java.io.IOException {
            return response.getStatusCode().isError();
        }

        @Override
        public void handleError(java.net.URI url, org.springframework.http.HttpMethod method,
                                org.springframework.http.client.ClientHttpResponse response) throws java.io.IOException {
            int status = response.getStatusCode().value();
            throw new ModelCallException("模型服务返回 " + status, status, ModelCallException.retryableStatus(status), null);
        }
    };
}
