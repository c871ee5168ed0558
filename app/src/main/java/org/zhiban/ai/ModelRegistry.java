package org.zhiban.ai;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhiban.integrations.llm.ChatEndpoint;

/** The configured chat models by name, in configuration order, each with its own retry and circuit breaker. */
@Component
public class ModelRegistry {

    private final Map<String, ChatEndpoint> endpoints = new LinkedHashMap<>();
    private final AiProperties properties;

    ModelRegistry(AiProperties properties) {
        this.properties = properties;
        properties.models().forEach((name, m) ->
                endpoints.put(name, new ChatEndpoint(m.endpoint(name), m.jsonMode(), properties.retry().resilience())));
        if (properties.defaultModel() != null && !properties.defaultModel().isBlank()
                && !endpoints.containsKey(properties.defaultModel())) {
            throw new IllegalStateException("zhiban.ai.default-model names '" + properties.defaultModel()
                    + "', which is not among zhiban.ai.models " + endpoints.keySet());
        }
        properties.tasks().forEach((task, settings) -> {
            if (AiTask.byId(task).isEmpty()) {
                throw new IllegalStateException("zhiban.ai.tasks." + task + ": no such task; tasks are "
                        + java.util.Arrays.stream(AiTask.values()).map(AiTask::id).toList());
            }
            if (settings.model() != null && !endpoints.containsKey(settings.model())) {
                throw new IllegalStateException("zhiban.ai.tasks." + task + ".model names '" + settings.model()
                        + "', which is not among zhiban.ai.models " + endpoints.keySet());
            }
        });
    }

    public boolean any() {
        return !endpoints.isEmpty();
    }

    public Optional<ChatEndpoint> named(String name) {
        return Optional.ofNullable(name == null ? null : endpoints.get(name));
    }

    public Collection<ChatEndpoint> all() {
        return endpoints.values();
    }

    /** The model a task asks for first: its own, else the default. */
    Optional<ChatEndpoint> preferredFor(AiTask task) {
        AiProperties.TaskSettings own = properties.tasks().get(task.id());
        return own != null && own.model() != null ? named(own.model()) : defaultModel();
    }

    /** {@code zhiban.ai.default-model}, else the first configured. */
    Optional<ChatEndpoint> defaultModel() {
        if (properties.defaultModel() != null && !properties.defaultModel().isBlank()) {
            return named(properties.defaultModel());
        }
        return endpoints.values().stream().findFirst();
    }
}
