package org.zhiban.ai;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The AI layer put together without Spring, for tests: models as configured, a call log kept in memory, meters
 * in a simple registry, and a citation check that knows only the articles given.
 */
final class AiLayer {

    final List<AiCall> calls = new CopyOnWriteArrayList<>();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final AiAssistant assistant;
    final ModelRouter router;
    final AiCallLog log;

    private AiLayer(AiProperties properties, LawCitations citations) {
        ModelRegistry registry = new ModelRegistry(properties);
        router = new ModelRouter(registry);
        log = new AiCallLog(null) {
            @Override
            void add(AiCall c) {
                calls.add(c);
            }

            @Override
            public java.util.Optional<AiCall> find(String id) {
                return calls.stream().filter(c -> c.id().equals(id)).findFirst();
            }
        };
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (citations != null) {
            beans.addBean("citations", citations);
        }
        beans.addBean("meters", meters);
        assistant = new AiAssistant(router, new PromptLibrary(), properties, log,
                beans.getBeanProvider(LawCitations.class), beans.getBeanProvider(io.micrometer.core.instrument.MeterRegistry.class),
                Clock.systemUTC(), new ObjectMapper(), Validation.buildDefaultValidatorFactory().getValidator());
    }

    static Builder builder() {
        return new Builder();
    }

    AiCall lastCall() {
        return calls.get(calls.size() - 1);
    }

    static final class Builder {
        private final Map<String, AiProperties.Model> models = new LinkedHashMap<>();
        private final Map<String, AiProperties.TaskSettings> tasks = new LinkedHashMap<>();
        private String defaultModel;
        private LawCitations citations;
        private Duration timeout = Duration.ofSeconds(5);

        Builder model(String name, FakeOpenAiServer server, boolean local) {
            models.put(name, new AiProperties.Model(server.baseUrl(), "sk-" + name, name + "-model", local, timeout,
                    null, null, "schema"));
            return this;
        }

        Builder timeout(Duration t) {
            this.timeout = t;
            return this;
        }

        Builder defaultModel(String name) {
            this.defaultModel = name;
            return this;
        }

        Builder task(AiTask task, String model) {
            tasks.put(task.id(), new AiProperties.TaskSettings(model));
            return this;
        }

        Builder citations(LawCitations c) {
            this.citations = c;
            return this;
        }

        AiLayer build() {
            return new AiLayer(new AiProperties(models, defaultModel, tasks, Map.of(), null, true,
                    new AiProperties.Retry(3, Duration.ofMillis(10), 6, Duration.ofSeconds(30))), citations);
        }
    }
}
