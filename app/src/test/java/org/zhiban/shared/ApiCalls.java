package org.zhiban.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The API over a real socket, as an OA system calls it: exact bytes, no client-side encoding or error handling, so
 * what Tomcat and the filters answer is what the test sees.
 */
final class ApiCalls {

    static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    ApiCalls(int port) {
        this.port = port;
    }

    /** What came back: status, content type, body, and the body as JSON when it is JSON. */
    record Answer(int status, String contentType, String body) {

        Map<String, Object> json() {
            try {
                return JSON.readValue(body, new TypeReference<>() { });
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        /**
         * problem+json with this status and message key, title and detail in the language asked for, and nothing
         * that names an exception, a class or a package.
         */
        Map<String, Object> assertProblem(int expectedStatus, String code, String language) {
            assertThat(status).as(body).isEqualTo(expectedStatus);
            assertThat(contentType).as(body).startsWith("application/problem+json");
            assertThat(body).doesNotContain("Exception", "org.", "java.", "\"trace\"", "\"exception\"", "\tat ");
            Map<String, Object> problem = json();
            assertThat(problem).containsEntry("status", expectedStatus).containsEntry("code", code);
            for (String field : new String[] {"title", "detail"}) {
                String text = (String) problem.get(field);
                assertThat(text).as(field).isNotBlank();
                assertThat(HAN.matcher(text).find()).as(field + " in " + language + ": " + text)
                        .isEqualTo(language.startsWith("zh"));
            }
            return problem;
        }
    }

    /** @param headers more request headers, as name, value, name, value … */
    Answer send(String method, String path, String user, String language, String contentType, byte[] body,
                String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request, user, language, contentType);
    }

    /** A body of unknown length, sent chunked. */
    Answer sendChunked(String method, String path, String user, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        return send(request, user, "zh-CN", contentType);
    }

    private Answer send(HttpRequest.Builder request, String user, String language, String contentType) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo123").getBytes(StandardCharsets.UTF_8)));
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new AssertionError("no answer from the server: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Bytes no HTTP client would send (a malformed URI, an oversized header); the connection closes after. */
    Answer raw(String requestHead) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(requestHead.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = text.substring(0, end);
            String contentType = head.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring("content-type:".length()).strip()).findFirst().orElse("");
            int status = Integer.parseInt(head.substring(9, 12));
            return new Answer(status, contentType, text.substring(end + 4));
        }
    }

    /** multipart/form-data with one file part named {@code file}. */
    static final class Multipart {
        static final String BOUNDARY = "zhibanTestBoundary7MA4YWxk";
        static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;

        static byte[] file(String name, byte[] content) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return body.toByteArray();
        }
    }
}
