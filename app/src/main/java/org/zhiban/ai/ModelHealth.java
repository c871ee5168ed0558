package org.zhiban.ai;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhiban.integrations.llm.ChatEndpoint;

/** 模型状态 for the admin page: each model's settings (never its key), its breaker and, on request, a probe. */
@Component
public class ModelHealth {

    /**
     * @param breaker   CLOSED (calls go through), OPEN (paused after failures), HALF_OPEN (trying again)
     * @param reachable null unless probed; then whether {@code GET /v1/models} answered
     */
    public record Status(String name, String model, String baseUrl, boolean local, String breaker, Boolean reachable,
                         boolean isDefault) {
    }

    private final ModelRegistry models;

    ModelHealth(ModelRegistry models) {
        this.models = models;
    }

    public List<Status> statuses(boolean probe) {
        ChatEndpoint defaultModel = models.defaultModel().orElse(null);
        return models.all().stream().map(e -> status(e, probe, e == defaultModel)).toList();
    }

    private static Status status(ChatEndpoint e, boolean probe, boolean isDefault) {
        return new Status(e.endpoint().name(), e.endpoint().model(), e.endpoint().baseUrl(), e.endpoint().local(),
                e.breakerState(), probe ? e.reachable() : null, isDefault);
    }
}
