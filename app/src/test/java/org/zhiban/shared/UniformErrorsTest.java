package org.zhiban.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.zhiban.ZhibanTest;

/**
 * Errors the framework raises answer like ours: problem+json with a message key and text in the caller's
 * language, no framework sentence or class name; an /api path nothing maps is 404, not the UI's page.
 */
@ZhibanTest
class UniformErrorsTest {

    @Autowired TestRestTemplate rest;

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
}
