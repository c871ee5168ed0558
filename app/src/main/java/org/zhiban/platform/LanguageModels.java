package org.zhiban.platform;

import java.util.Optional;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 模型接入: the one place features ask whether a language model is configured. Spring AI registers a
 * {@code ChatClient.Builder} even without a model, so features must not probe for that; they call {@link #chat()},
 * which is empty unless {@code spring.ai.model.chat} names a provider (e.g. {@code openai} with a base URL, key and
 * model for DeepSeek, vLLM or Ollama). Without one, every feature falls back to rules, retrieval and templates and
 * says so.
 */
@Component
public class LanguageModels {

    private final ObjectProvider<ChatModel> models;
    private final String modelName;

    LanguageModels(ObjectProvider<ChatModel> models,
                   @Value("${spring.ai.openai.chat.options.model:}") String modelName) {
        this.models = models;
        this.modelName = modelName;
    }

    public Optional<ChatClient> chat() {
        return Optional.ofNullable(models.getIfAvailable()).map(ChatClient::create);
    }

    /** The configured model's name, e.g. {@code deepseek-chat}; empty without a model. */
    public Optional<String> modelName() {
        return models.getIfAvailable() == null || modelName.isBlank() ? Optional.empty() : Optional.of(modelName);
    }
}
