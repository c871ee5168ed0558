package org.zhiban.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * API problems built where Spring MVC's advice does not reach: the security entry points, the unknown-path handler,
 * the error boundary filter, the error controller and Tomcat's error report. Each has a message key ({@code code}),
 * and title and detail in the caller's language (Chinese unless {@code Accept-Language} asks otherwise, as
 * {@code spring.web.locale}); none carries an exception's message or class.
 */
@Component
class ApiProblems {

    static final String TYPE_BASE = "https://zhiban.gov.cn/problems/";

    private final MessageSource messages;
    private final ObjectMapper json;

    ApiProblems(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** The bean, for callers made before the context (the security chain's entry points, Tomcat's valve). */
    static ApiProblems of(ServletContext servletContext) {
        return WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext).getBean(ApiProblems.class);
    }

    /** Is this an API path? (Servlet path, or the original URI of an error dispatch, without the context path.) */
    static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    static boolean isApi(String requestUri, String contextPath) {
        if (requestUri == null) {
            return false;
        }
        String path = contextPath != null && !contextPath.isEmpty() && requestUri.startsWith(contextPath)
                ? requestUri.substring(contextPath.length()) : requestUri;
        return isApi(path);
    }

    /** The caller's language from Accept-Language; Chinese when none is sent. */
    static Locale locale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Locale.SIMPLIFIED_CHINESE : request.getLocale();
    }

    /** {@code code} {@code http.<status>}, with the translated title and detail for that status. */
    ProblemDetail forStatus(int status, Locale locale) {
        return problem(status, "http-" + status, "http." + status, detail(status, locale), locale);
    }

    /** A problem with a message key of our own and its translated detail; the title follows the status. */
    ProblemDetail problem(int status, String type, String code, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatusCode.valueOf(status),
                detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title(status, locale));
        problem.setProperty("code", code);
        return problem;
    }

    String text(String key, String fallback, Object[] args, Locale locale) {
        return messages.getMessage(key, args, fallback, locale);
    }

    String title(int status, Locale locale) {
        HttpStatus known = HttpStatus.resolve(status);
        String generic = messages.getMessage(status >= 500 ? "http.500.title" : "http.400.title", null,
                known == null ? "Error" : known.getReasonPhrase(), locale);
        return messages.getMessage("http." + status + ".title", null, generic, locale);
    }

    String detail(int status, Locale locale) {
        String generic = messages.getMessage(status >= 500 ? "http.500" : "http.400", null, "", locale);
        return messages.getMessage("http." + status, null, generic, locale);
    }

    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        // the only header a JSON answer needs when it is written before the security chain could add its own
        if (!response.containsHeader("X-Content-Type-Options")) {
            response.setHeader("X-Content-Type-Options", "nosniff");
        }
        json.writeValue(response.getOutputStream(), problem);
    }

    /** As Jackson writes it (the extra properties at the top level), for answers that want a map. */
    java.util.Map<String, Object> asMap(ProblemDetail problem) {
        return json.convertValue(problem, new com.fasterxml.jackson.core.type.TypeReference<>() { });
    }

    byte[] bytes(ProblemDetail problem) throws IOException {
        return json.writeValueAsBytes(problem);
    }
}
