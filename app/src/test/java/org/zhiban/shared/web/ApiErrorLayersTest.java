package org.zhiban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The layers below Spring MVC's advice, each on its own: a filter that throws, a {@code sendError}, the container's
 * {@code /error} dispatch. Each answers an {@code /api} caller with problem+json and keeps the cause to the log.
 */
class ApiErrorLayersTest {

    static final String SECRET = "org.h2.jdbc.JdbcSQLSyntaxErrorException: Table \"CASE_FILE\" not found";

    final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    final ApiProblems problems = new ApiProblems(messages(), json);

    @Test
    void a_filter_that_throws_on_an_api_path_answers_500_with_a_reference_and_no_cause() throws Exception {
        var response = new MockHttpServletResponse();

        new ApiErrorBoundary(problems, 1024).doFilter(request("/api/cases", "en"), response, (req, res) -> {
            throw new IllegalStateException(SECRET);
        });

        Map<String, Object> problem = problem(response, 500);
        assertThat(problem).containsEntry("code", "http.500").containsKey("reference");
        assertThat((String) problem.get("detail")).contains((String) problem.get("reference"));
    }

    @Test
    void a_send_error_on_an_api_path_is_written_as_a_problem_in_the_callers_language() throws Exception {
        var response = new MockHttpServletResponse();

        new ApiErrorBoundary(problems, 1024).doFilter(request("/api/cases", "zh-CN"), response,
                (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).sendError(400, SECRET));

        assertThat(problem(response, 400)).containsEntry("code", "http.400").containsEntry("detail", "请求格式不正确")
                .containsEntry("title", "请求有误");
        assertThat(response.getErrorMessage()).as("no dispatch to /error").isNull();
    }

    @Test
    void a_body_with_a_length_over_the_limit_is_refused_before_anything_reads_it() throws Exception {
        var request = request("/api/documents", "en");
        request.setContentType("application/json");
        request.setContent(new byte[2048]);
        var response = new MockHttpServletResponse();

        new ApiErrorBoundary(problems, 1024).doFilter(request, response, (req, res) -> {
            throw new AssertionError("the chain must not run");
        });

        assertThat(problem(response, 413)).containsEntry("code", "http.413").containsEntry("title", "Content too large");
    }

    @Test
    void the_error_dispatch_for_an_api_path_is_a_problem_whatever_the_caller_accepts() throws Exception {
        var controller = new ApiErrorController(new DefaultErrorAttributes(), new ErrorProperties(), List.of(), problems);
        var browser = errorDispatch("/api/cases", 500, "text/html");
        var tool = errorDispatch("/api/cases", 404, "application/json");
        var htmlResponse = new MockHttpServletResponse();

        assertThat(controller.errorHtml(browser, htmlResponse)).isNull();
        var entity = controller.error(tool);

        Map<String, Object> fromHtml = problem(htmlResponse, 500);
        assertThat(fromHtml).containsEntry("code", "http.500").containsKey("reference");
        assertThat(entity.getStatusCode().value()).isEqualTo(404);
        assertThat(entity.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(entity.getBody()).containsEntry("code", "http.404").containsEntry("detail", "没有这个接口")
                .doesNotContainKeys("exception", "trace", "message", "error");
    }

    @Test
    void the_error_dispatch_for_a_ui_path_stays_spring_boots() {
        var controller = new ApiErrorController(new DefaultErrorAttributes(), new ErrorProperties(), List.of(), problems);

        var entity = controller.error(errorDispatch("/inbox", 404, "application/json"));

        assertThat(entity.getBody()).containsKeys("status", "error", "path").doesNotContainKey("code");
    }

    @Test
    void an_illegal_argument_keeps_our_wording_and_hides_a_librarys() {
        var responses = new ProblemResponses(messages(), problems,
                new org.zhiban.integrations.upload.UploadGuard(org.zhiban.integrations.upload.UploadLimits.defaults()));
        IllegalArgumentException library = null;
        try {
            java.util.UUID.fromString("not-a-uuid");
        } catch (IllegalArgumentException e) {
            library = e;
        }

        var theirs = responses.illegalArgument(library, java.util.Locale.SIMPLIFIED_CHINESE).getBody();
        var ours = responses.illegalArgument(new IllegalArgumentException("未知文种「便条」 / unknown docType"),
                java.util.Locale.SIMPLIFIED_CHINESE).getBody();

        assertThat(theirs.getDetail()).isEqualTo("请求格式不正确");
        assertThat(ours.getDetail()).isEqualTo("未知文种「便条」 / unknown docType");
        assertThat(ours.getProperties()).containsEntry("code", "http.400");
    }

    MockHttpServletRequest request(String path, String language) {
        var request = new MockHttpServletRequest("POST", path);
        request.addHeader("Accept-Language", language);
        request.addPreferredLocale(java.util.Locale.forLanguageTag(language));
        return request;
    }

    MockHttpServletRequest errorDispatch(String originalPath, int status, String accept) {
        var request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, originalPath);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException(SECRET));
        request.addHeader("Accept", accept);
        return request;
    }

    Map<String, Object> problem(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("Exception", "org.", "java.", "CASE_FILE");
        return json.readValue(body, new TypeReference<>() { });
    }

    static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("vaadin-i18n/translations");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
