package org.zhiban.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.zhiban.Api;
import org.zhiban.ZhibanTest;

/**
 * Errors the framework raises answer like ours: problem+json with a message key and text in the caller's
 * language, no framework sentence or class name; an /api path nothing maps is 404, not the UI's page. Replayed over
 * the real embedded Tomcat, including what it refuses before any servlet runs.
 */
@ZhibanTest
class UniformErrorsTest {

    static final int MB = 1024 * 1024;

    @Autowired TestRestTemplate rest;
    @LocalServerPort int port;

    ApiCalls api() {
        return new ApiCalls(port);
    }

    ResponseEntity<Map<String, Object>> call(HttpMethod method, String path, MediaType type, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        if (type != null) {
            headers.setContentType(type);
        }
        return rest.withBasicAuth("zhangsan", "demo123").exchange(path, method, new HttpEntity<>(body, headers),
                new org.springframework.core.ParameterizedTypeReference<>() {});
    }

    @Test
    void an_unknown_api_path_is_a_404_problem_not_the_ui_page() {
        var r = call(HttpMethod.GET, "/api/nope", null, null);

        assertThat(r.getStatusCode().value()).isEqualTo(404);
        assertThat(r.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(r.getBody()).containsEntry("code", "http.404").containsEntry("detail", "没有这个接口");
    }

    @Test
    void a_wrong_method_on_a_known_path_stays_405_with_its_allow_header() {
        var r = call(HttpMethod.DELETE, "/api/case-types", null, null);

        assertThat(r.getStatusCode().value()).isEqualTo(405);
        assertThat(r.getHeaders().getAllow()).contains(HttpMethod.GET);
        assertThat(r.getBody()).containsEntry("code", "http.405").containsEntry("detail", "该接口不支持此请求方法");
    }

    @Test
    void an_unsupported_content_type_and_a_malformed_body_say_so_without_internals() {
        var unsupported = call(HttpMethod.POST, "/api/cases", MediaType.valueOf("text/csv"), "a,b");
        var malformed = call(HttpMethod.POST, "/api/cases", MediaType.APPLICATION_JSON, "{\"type\": ");

        assertThat(unsupported.getStatusCode().value()).isEqualTo(415);
        assertThat(unsupported.getBody()).containsEntry("code", "http.415").containsEntry("detail", "不支持的内容类型");
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(malformed.getBody()).containsEntry("code", "http.400");
        assertThat(malformed.getBody().toString()).doesNotContain("Exception", "JSON parse", "jackson");
    }

    @Test
    void a_400_lists_at_most_the_first_ten_offending_keys() {
        StringBuilder data = new StringBuilder("{\"docType\":\"通知\",\"body\":\"正文\"");
        for (int i = 0; i < 50; i++) {
            data.append(",\"unknown").append(i).append("\":\"x\"");
        }
        var r = call(HttpMethod.POST, "/api/cases", MediaType.APPLICATION_JSON,
                "{\"type\":\"document\",\"title\":\"关于某事的通知\",\"data\":" + data + "}}");

        assertThat(r.getStatusCode().value()).isEqualTo(400);
        assertThat((java.util.List<?>) r.getBody().get("errors")).hasSize(10);
        assertThat(r.getBody()).containsEntry("moreErrors", 40);
        assertThat((String) r.getBody().get("detail")).doesNotContain("unknown10");
    }

    @Test
    void an_anonymous_401_is_a_problem_and_opens_no_session() {
        var r = rest.exchange("/api/tasks", HttpMethod.GET, null, String.class);

        assertThat(r.getStatusCode().value()).isEqualTo(401);
        assertThat(r.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(r.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void spring_mvc_and_security_errors_carry_a_key_and_text_in_the_callers_language(String language) {
        ApiCalls api = api();

        api.send("DELETE", "/api/case-types", "zhangsan", language, null, null).assertProblem(405, "http.405", language);
        api.send("GET", "/api/case-types", "zhangsan", language, null, null, "Accept", "text/html")
                .assertProblem(406, "http.406", language);
        api.send("POST", "/api/cases", "zhangsan", language, "text/csv", bytes("a,b"))
                .assertProblem(415, "http.415", language);
        api.send("POST", "/api/cases", "zhangsan", language, "application/json", bytes("{\"type\": "))
                .assertProblem(400, "http.400", language);
        api.send("GET", "/api/nope", "zhangsan", language, null, null).assertProblem(404, "http.404", language);
        api.send("GET", "/api/tasks", null, language, null, null).assertProblem(401, "http.401", language);
        api.send("GET", "/api/ai/models", "zhangsan", language, null, null).assertProblem(403, "http.403", language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void a_multipart_upload_over_the_container_limits_is_refused_like_the_upload_guard(String language) {
        ApiCalls api = api();
        String caseId = Api.as(rest, "zhangsan").startDocument("关于超大材料的通知", "各科室：正文。");
        String attachments = "/api/cases/" + caseId + "/attachments";

        // over max-file-size (21 MB) but under max-request-size (22 MB); over both; past both by far (read to its
        // end up to server.tomcat.max-swallow-size, so the client still gets the answer)
        for (int size : new int[] {21 * MB + MB / 2, 25 * MB, 60 * MB}) {
            var refused = api.send("POST", attachments, "zhangsan", language, ApiCalls.Multipart.TYPE,
                    ApiCalls.Multipart.file("large.pdf", new byte[size]));
            assertThat((String) refused.assertProblem(413, "upload.refused.too-large", language).get("detail"))
                    .as(size + " bytes").contains("20 MB");
        }
        api.send("POST", "/api/knowledge/documents?title=x", "sysadmin",
                        language, ApiCalls.Multipart.TYPE, ApiCalls.Multipart.file("large.txt", new byte[25 * MB]))
                .assertProblem(413, "upload.refused.too-large", language);
        assertThat(Api.as(rest, "zhangsan").list(attachments)).isEmpty();
    }

    @Test
    void a_request_body_over_the_limit_is_413_with_or_without_its_length() {
        ApiCalls api = api();
        StringBuilder json = new StringBuilder("{\"title\":\"x\",\"docType\":\"通知\",\"body\":\"y\",\"pad\":[");
        String kilobyte = "\"" + "x".repeat(1022) + "\"";
        for (int i = 0; i < 25 * 1024; i++) {
            json.append(i == 0 ? "" : ",").append(kilobyte);
        }
        byte[] body = bytes(json.append("]}").toString());

        api.send("POST", "/api/documents", "zhangsan", "en", "application/json", body).assertProblem(413, "http.413", "en");
        api.sendChunked("POST", "/api/documents", "zhangsan", "application/json", body)
                .assertProblem(413, "http.413", "zh-CN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void an_upload_the_guard_cannot_read_says_so_without_what_the_parser_said(String language) {
        ApiCalls api = api();
        String caseId = Api.as(rest, "zhangsan").startDocument("关于损坏材料的通知", "各科室：正文。");
        String attachments = "/api/cases/" + caseId + "/attachments";
        byte[] cutOffZip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'g', 'a', 'r', 'b', 'a', 'g', 'e'};

        var corrupt = api.send("POST", attachments, "zhangsan", language, ApiCalls.Multipart.TYPE,
                ApiCalls.Multipart.file("report.docx", cutOffZip));
        var broken = api.send("POST", attachments, "zhangsan", language, ApiCalls.Multipart.TYPE,
                bytes("--" + ApiCalls.Multipart.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"a.txt\"\r\n\r\ncut off here"));

        assertThat((String) corrupt.assertProblem(400, "upload.refused.corrupt", language).get("detail"))
                .doesNotContain("central directory", "zip", "EOF", "(");
        broken.assertProblem(400, "upload.malformed", language);
        assertThat(Api.as(rest, "zhangsan").list(attachments)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void the_request_firewall_refusal_is_a_problem_not_a_redirect_to_the_login_page(String language) {
        ApiCalls api = api();

        api.send("GET", "/api/ca%0ases", "zhangsan", language, null, null).assertProblem(400, "http.400", language);
        api.send("GET", "/api/tasks;jsessionid=x", null, language, null, null).assertProblem(400, "http.400", language);
    }

    @Test
    void what_tomcat_refuses_before_any_servlet_is_a_problem_on_api_paths_and_its_page_elsewhere() throws Exception {
        ApiCalls api = api();
        String header = "x".repeat(20_000);

        api.raw("GET /api/%zz HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\nConnection: close\r\n\r\n")
                .assertProblem(400, "http.400", "en");
        var oversized = api.raw("GET /api/cases HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + header
                + "\r\nConnection: close\r\n\r\n");
        var uiPage = api.raw("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(oversized.status()).isEqualTo(400);
        assertThat(oversized.contentType()).startsWith("application/problem+json");
        assertThat(oversized.json()).containsEntry("code", "http.400");
        assertThat(uiPage.status()).isEqualTo(400);
        assertThat(uiPage.contentType()).startsWith("text/html");
        assertThat(uiPage.body()).doesNotContain("Tomcat");
    }

    @Test
    void completing_a_task_with_200000_unknown_variables_lists_the_first_ten() {
        Api officer = Api.as(rest, "zhangsan");
        String caseId = officer.startDocument("关于变量过多的通知", "各科室：正文。");
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            variables.put("unknown" + i, "x");
        }

        var r = officer.complete((String) officer.openTask(caseId).get("id"), "submit", null, variables);

        assertThat(r.getStatusCode().value()).isEqualTo(400);
        assertThat(r.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat((List<?>) r.getBody().get("errors")).hasSize(10);
        assertThat(r.getBody()).containsEntry("moreErrors", 199_990).containsEntry("code", "case.input.invalid");
        assertThat(r.getBody().toString()).hasSizeLessThan(5_000);
        assertThat(officer.openTask(caseId)).as("nothing completed").isNotNull();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
