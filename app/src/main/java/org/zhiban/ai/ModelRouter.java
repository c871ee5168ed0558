package org.zhiban.ai;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhiban.integrations.llm.ChatEndpoint;
import org.zhiban.shared.Classification;

/**
 * Chooses the model for a task by the data's classification: 涉密 goes to no model; 敏感 only to a model marked
 * local (the task's own if it is local, else the first local one configured); 公开 and 内部 to the task's model.
 */
@Component
public class ModelRouter {

    private final ModelRegistry models;

    ModelRouter(ModelRegistry models) {
        this.models = models;
    }

    public Routing route(AiTask task, Classification classification) {
        if (classification == Classification.SECRET) {
            return new Routing(null, classification, Routing.Refused.SECRET);
        }
        Optional<ChatEndpoint> preferred = models.preferredFor(task);
        if (preferred.isEmpty()) {
            return new Routing(null, classification, Routing.Refused.NO_MODEL);
        }
        if (classification == Classification.SENSITIVE && !preferred.get().endpoint().local()) {
            return models.all().stream().filter(e -> e.endpoint().local()).findFirst()
                    .map(local -> new Routing(local, classification, null))
                    .orElse(new Routing(null, classification, Routing.Refused.NO_LOCAL_MODEL));
        }
        return new Routing(preferred.get(), classification, null);
    }
}
