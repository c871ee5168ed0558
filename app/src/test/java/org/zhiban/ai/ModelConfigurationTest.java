package org.zhiban.ai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.model.chat.client.autoconfigure.ChatClientAutoConfiguration;
import org.springframework.ai.model.openai.autoconfigure.OpenAiChatAutoConfiguration;
import org.springframework.ai.model.tool.autoconfigure.ToolCallingAutoConfiguration;
import org.springframework.ai.retry.autoconfigure.SpringAiRetryAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.zhiban.platform.LanguageModels;

/**
 * The model is configuration only: absent by default, and any OpenAI-compatible server (DeepSeek, vLLM, Ollama)
 * by three properties. Checked against the local fake server.
 */
class ModelConfigurationTest {

    final ApplicationContextRunner app = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OpenAiChatAutoConfiguration.class, ChatClientAutoConfiguration.class,
                    ToolCallingAutoConfiguration.class, SpringAiRetryAutoConfiguration.class,
                    RestClientAutoConfiguration.class, JacksonAutoConfiguration.class))
            .withPropertyValues("spring.ai.openai.api-key=none");

    @Test
    void no_model_is_configured_by_default() {
        app.withPropertyValues("spring.ai.model.chat=none")
                .withBean(LanguageModels.class)
                .run(context -> {
                    assertThat(context).doesNotHaveBean(ChatModel.class);
                    assertThat(context.getBean(LanguageModels.class).chat()).isEmpty();
                    assertThat(context.getBean(LanguageModels.class).modelName()).isEmpty();
                });
    }

    @Test
    void base_url_key_and_model_point_the_chat_client_at_any_openai_compatible_server() {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerWith("依据《消费者权益保护法》第五十五条，可以要求三倍赔偿。");
            app.withPropertyValues("spring.ai.model.chat=openai", "spring.ai.openai.base-url=" + server.baseUrl(),
                            "spring.ai.openai.api-key=sk-test", "spring.ai.openai.chat.options.model=deepseek-chat")
                    .withBean(LanguageModels.class)
                    .run(context -> {
                        LanguageModels models = context.getBean(LanguageModels.class);
                        assertThat(models.modelName()).contains("deepseek-chat");
                        String answer = models.chat().orElseThrow()
                                .prompt().user("退一赔三依据哪条？").call().content();
                        assertThat(answer).contains("第五十五条");
                        FakeOpenAiServer.Request request = server.requests().get(0);
                        assertThat(request.path()).isEqualTo("/v1/chat/completions");
                        assertThat(request.authorization()).isEqualTo("Bearer sk-test");
                        assertThat(request.body()).contains("\"model\":\"deepseek-chat\"", "退一赔三");
                    });
        }
    }
}
