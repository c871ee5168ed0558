package org.zhiban.ai;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * 模型替身: a local OpenAI-compatible server standing in for DeepSeek, vLLM or Ollama, which cannot run on the build
 * machines. It answers {@code POST /v1/chat/completions} — plain or streamed (server-sent events, when the request
 * asks for {@code stream}) — with a recorded answer, or with the scripted replies queued first: an error status
 * (429, 500), a delay longer than the client's timeout, malformed JSON. {@code GET /v1/models} answers for health
 * checks. Every request is kept (path, Authorization header, body) so tests can check what would have left the
 * building.
 */
public final class FakeOpenAiServer implements AutoCloseable {

    public record Request(String path, String authorization, String body) {
        public boolean streamed() {
            return body.contains("\"stream\":true");
        }
    }

    /** One scripted reply: a status other than 200, a delay before answering, and the answer's text. */
    public record Reply(int status, long delayMillis, String text) {
        public static Reply text(String text) {
            return new Reply(200, 0, text);
        }

        public static Reply status(int status) {
            return new Reply(status, 0, "{\"error\":{\"message\":\"scripted " + status + "\"}}");
        }

        public static Reply slow(long millis, String text) {
            return new Reply(200, millis, text);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    private volatile String answer = "（录制的回答）";
    private final java.util.Map<String, String> embedAs = new java.util.concurrent.ConcurrentHashMap<>();

    public FakeOpenAiServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/models")) {
                send(exchange, 200, "application/json", "{\"object\":\"list\",\"data\":[{\"id\":\"fake-model\"}]}");
                return;
            }
            Request request = new Request(path, exchange.getRequestHeaders().getFirst("Authorization"), body);
            requests.add(request);
            if (path.endsWith("/embeddings")) {
                send(exchange, 200, "application/json", embeddings(body));
                return;
            }
            Reply reply = script.poll();
            if (reply == null) {
                reply = Reply.text(answer);
            }
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (reply.status() != 200) {
                send(exchange, reply.status(), "application/json", reply.text());
            } else if (request.streamed()) {
                stream(exchange, reply.text());
            } else {
                send(exchange, 200, "application/json", completion(reply.text()));
            }
        } catch (IOException e) {
            // the client gave up (a timeout test): nothing to answer
        }
    }

    /** The base URL to configure, without {@code /v1} as Spring AI expects. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void answerWith(String text) {
        this.answer = text;
    }

    /** Replies used in order before the recorded answer. */
    public void then(Reply... replies) {
        script.addAll(List.of(replies));
    }

    /** The embedding of {@code text} is given as that of {@code like}: a query made to land on one article. */
    public void embedAs(String text, String like) {
        embedAs.put(text, like);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public void reset() {
        requests.clear();
        script.clear();
    }

    private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** Server-sent events of a few characters each, then the usage and [DONE], as OpenAI streams. */
    private static void stream(HttpExchange exchange, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (int i = 0; i < text.length(); i += 4) {
            String piece = text.substring(i, Math.min(text.length(), i + 4));
            out.write(("data: {\"id\":\"chatcmpl-fake\",\"object\":\"chat.completion.chunk\",\"created\":1764000000,"
                    + "\"model\":\"fake-model\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + escape(piece)
                    + "\"},\"finish_reason\":null}]}\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        out.write(("data: {\"id\":\"chatcmpl-fake\",\"object\":\"chat.completion.chunk\",\"created\":1764000000,"
                + "\"model\":\"fake-model\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                + "data: [DONE]\n\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code POST /v1/embeddings}: a 64-dimensional bag of characters (each character hashed to a dimension), a
     * stand-in whose neighbours are texts sharing many characters.
     */
    private String embeddings(String body) throws IOException {
        com.fasterxml.jackson.databind.JsonNode input = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).get("input");
        StringBuilder data = new StringBuilder();
        int i = 0;
        for (com.fasterxml.jackson.databind.JsonNode text : input.isArray() ? input : java.util.List.of(input)) {
            String t = embedAs.getOrDefault(text.asText(), text.asText());
            float[] v = new float[64];
            t.codePoints().forEach(c -> v[Math.floorMod(c * 31, 64)] += 1);
            StringBuilder vector = new StringBuilder();
            for (int d = 0; d < v.length; d++) {
                vector.append(d == 0 ? "" : ",").append(v[d]);
            }
            data.append(i == 0 ? "" : ",").append("{\"object\":\"embedding\",\"index\":").append(i++)
                    .append(",\"embedding\":[").append(vector).append("]}");
        }
        return "{\"object\":\"list\",\"model\":\"fake-embedding\",\"data\":[" + data
                + "],\"usage\":{\"prompt_tokens\":1,\"total_tokens\":1}}";
    }

    private static String completion(String text) {
        return """
                {"id":"chatcmpl-fake","object":"chat.completion","created":1764000000,"model":"fake-model",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":120,"completion_tokens":30,"total_tokens":150}}""".formatted(escape(text));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
