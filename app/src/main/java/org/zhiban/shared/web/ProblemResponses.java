package org.zhiban.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error is {@code application/problem+json}: Spring MVC's own errors, ours ({@link ApiProblem}),
 * and the security filter's 401/403.
 */
@RestControllerAdvice(basePackages = "org.zhiban")
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail accessDenied(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "没有权限执行此操作 / access denied");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", e.getMessage());
    }

    /** Anything unexpected: logged with a reference the user can quote; no internals in the answer. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
        log.error("unexpected error, reference {}", reference, e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "系统内部错误，请联系管理员并提供编号 " + reference + " / internal error, reference " + reference);
        problem.setProperty("reference", reference);
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://zhiban.gov.cn/problems/" + type));
        return problem;
    }

    /** For the security filter chain, which answers before any controller runs. */
    public static AuthenticationEntryPoint unauthorized(ObjectMapper json) {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"zhiban\"");
            write(json, response, problem(HttpStatus.UNAUTHORIZED, "unauthorized", "需要登录 / authentication required"));
        };
    }

    public static AccessDeniedHandler forbidden(ObjectMapper json) {
        return (request, response, e) ->
                write(json, response, problem(HttpStatus.FORBIDDEN, "forbidden", "没有权限执行此操作 / access denied"));
    }

    private static void write(ObjectMapper json, HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
