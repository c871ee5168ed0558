package org.zhiban.ai;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * 模型替身: a local OpenAI-compatible server that answers {@code POST /v1/chat/completions} with a recorded answer,
 * standing in for DeepSeek, vLLM or Ollama, which cannot run on the build machines. It keeps every request it got
 * (path, Authorization header, body) so tests can check what would have left the building.
 */
public final class FakeOpenAiServer implements AutoCloseable {

    public record Request(String path, String authorization, String body) {}

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile String answer = "（录制的回答）";

    public FakeOpenAiServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            byte[] response = completion(answer).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, response.length);
            exchange.getResponseBody().write(response);
            exchange.close();
        });
        server.start();
    }

    /** The base URL to configure, without {@code /v1} as Spring AI expects. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void answerWith(String text) {
        this.answer = text;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private static String completion(String text) {
        String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return """
                {"id":"chatcmpl-fake","object":"chat.completion","created":1764000000,"model":"fake-model",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":10,"completion_tokens":10,"total_tokens":20}}""".formatted(escaped);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
