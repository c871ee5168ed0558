package org.zhiban.ai;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.zhiban.integrations.llm.ChatEndpoint;
import org.zhiban.integrations.llm.ModelEndpoint;
import org.zhiban.integrations.llm.Resilience;

/**
 * {@code zhiban.ai.*}: the named models, which one answers by default and per task, and how hard to try them.
 * None is defined by default. {@code ZHIBAN_AI_BASE_URL} / {@code _API_KEY} / {@code _MODEL} (or
 * {@code ZHIBAN_AI_PROVIDER=openai}) remain a shorthand for one model named {@code default}.
 */
@ConfigurationProperties("zhiban.ai")
public record AiProperties(Map<String, Model> models, String defaultModel, Map<String, TaskSettings> tasks,
                           Map<String, Model> embeddingModels, Shorthand shorthand,
                           @DefaultValue("true") boolean redactIndividualBusinessCodes,
                           @DefaultValue Retry retry) {

    public static final String SHORTHAND_NAME = "default";

    public AiProperties {
        models = new LinkedHashMap<>(models == null ? Map.of() : models);
        tasks = tasks == null ? Map.of() : Map.copyOf(tasks);
        embeddingModels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(embeddingModels == null ? Map.of() : embeddingModels));
        if (shorthand != null && shorthand.active() && !models.containsKey(SHORTHAND_NAME)) {
            models.put(SHORTHAND_NAME, shorthand.asModel());
        }
        models = java.util.Collections.unmodifiableMap(models);
    }

    /** One OpenAI-compatible server: {@code base-url} without {@code /v1}, {@code local} when inside the network. */
    public record Model(String baseUrl, String apiKey, String model, @DefaultValue("false") boolean local,
                        @DefaultValue("60s") Duration timeout, Integer maxTokens, Double temperature,
                        @DefaultValue("schema") String json) {

        ModelEndpoint endpoint(String name) {
            return new ModelEndpoint(name, baseUrl, apiKey, model, local, timeout, maxTokens, temperature);
        }

        ChatEndpoint.JsonMode jsonMode() {
            return "object".equalsIgnoreCase(json) ? ChatEndpoint.JsonMode.OBJECT : ChatEndpoint.JsonMode.SCHEMA;
        }
    }

    public record TaskSettings(String model) {
    }

    /** The pre-1.0 variables: a model is configured when a base URL is given or the provider is {@code openai}. */
    public record Shorthand(String provider, String baseUrl, String apiKey, String model,
                            @DefaultValue("false") boolean local) {

        boolean active() {
            if ("none".equalsIgnoreCase(provider)) {
                return false;
            }
            return "openai".equalsIgnoreCase(provider) || (baseUrl != null && !baseUrl.isBlank());
        }

        Model asModel() {
            String url = baseUrl == null || baseUrl.isBlank() ? "http://127.0.0.1:11434" : baseUrl;
            String name = model == null || model.isBlank() ? "deepseek-chat" : model;
            return new Model(url, apiKey, name, local, Duration.ofSeconds(60), null, 0.2, "schema");
        }
    }

    public record Retry(@DefaultValue("3") int maxAttempts, @DefaultValue("500ms") Duration firstBackoff,
                        @DefaultValue("10") int breakerWindow, @DefaultValue("30s") Duration openFor) {

        Resilience resilience() {
            return new Resilience(maxAttempts, firstBackoff, breakerWindow, openFor);
        }
    }
}
