package org.zhiban.ai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Every task's prompt, read once from {@code prompts/<task>.prompt}; a task without one stops the start. */
@Component
public class PromptLibrary {

    private final Map<AiTask, PromptFile> prompts = new EnumMap<>(AiTask.class);

    PromptLibrary() {
        for (AiTask task : AiTask.values()) {
            String name = "prompts/" + task.id() + ".prompt";
            try {
                PromptFile prompt = PromptFile.parse(name,
                        new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8));
                if (!prompt.id().equals(task.id())) {
                    throw new IllegalStateException(name + " declares id " + prompt.id());
                }
                prompts.put(task, prompt);
            } catch (IOException e) {
                throw new UncheckedIOException("missing prompt " + name, e);
            }
        }
    }

    public PromptFile of(AiTask task) {
        return prompts.get(task);
    }
}
