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
import org.zhiban.shared.Refusal;

/**
 * Every API error is {@code application/problem+json}: Spring MVC's own errors, ours ({@link Refusal}),
 * and the security filter's 401/403.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    /** How many field problems a 400 lists. */
    static final int MAX_LISTED = 10;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail accessDenied(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "没有权限执行此操作 / access denied");
    }

    private final org.springframework.context.MessageSource messages;

    public ProblemResponses(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    /** A service's refusal, in the caller's language (Accept-Language; Chinese by default). */
    @ExceptionHandler(Refusal.class)
    org.springframework.http.ResponseEntity<ProblemDetail> refusal(Refusal r, java.util.Locale locale) {
        HttpStatus status = switch (r.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
        };
        StringBuilder detail = new StringBuilder(translate(r.messageKey(), r.getMessage(), r.args(), locale));
        java.util.List<java.util.Map<String, Object>> errors = new java.util.ArrayList<>();
        // a request with 200,000 unknown keys gets the first ten back, not all of them
        java.util.List<Refusal.FieldProblem> shown = r.fieldProblems().stream().limit(MAX_LISTED).toList();
        for (Refusal.FieldProblem p : shown) {
            String label = translate("field." + p.field(), p.field(), java.util.List.of(), locale);
            String message = translate(p.messageKey(), p.message(), p.args(), locale);
            boolean chinese = "zh".equals(locale.getLanguage());
            detail.append(errors.isEmpty() ? (chinese ? "：" : ": ") : (chinese ? "；" : "; "))
                    .append(label).append(" ").append(message);
            errors.add(java.util.Map.of("field", p.field(), "code", p.messageKey(), "message", message));
        }
        ProblemDetail problem = problem(status, r.kind() == Refusal.Kind.INVALID ? "invalid-input"
                : r.kind().name().toLowerCase().replace('_', '-'), detail.toString());
        problem.setProperty("code", r.messageKey());
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        if (r.fieldProblems().size() > MAX_LISTED) {
            problem.setProperty("moreErrors", r.fieldProblems().size() - MAX_LISTED);
        }
        var response = org.springframework.http.ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (r.retryAfterSeconds() != null) {
            problem.setType(URI.create("https://zhiban.gov.cn/problems/retry-later"));
            problem.setProperty("retryAfterSeconds", r.retryAfterSeconds());
            response.header("Retry-After", Integer.toString(r.retryAfterSeconds()));
        }
        return response.body(problem);
    }

    /** The upload guard's refusal: too large is 413, a hostile or broken file 400, a busy parser 503. */
    @ExceptionHandler(org.zhiban.integrations.upload.UploadRefusedException.class)
    org.springframework.http.ResponseEntity<ProblemDetail> uploadRefused(
            org.zhiban.integrations.upload.UploadRefusedException e, java.util.Locale locale) {
        HttpStatus status = switch (e.reason()) {
            case TOO_LARGE, TOO_MANY_ENTRIES, TOO_LARGE_UNCOMPRESSED -> HttpStatus.PAYLOAD_TOO_LARGE;
            case PARSER_BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
            default -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = problem(status, "upload-refused",
                translate(e.messageKey(), e.getMessage(), e.arguments(), locale));
        problem.setProperty("code", e.messageKey());
        return org.springframework.http.ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * Spring MVC's own errors (405, 406, 413, 415, unreadable body …): their status, a message key ({@code http.405})
     * and text in the caller's language instead of the framework's English sentence naming its internals.
     */
    @Override
    protected org.springframework.http.ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body,
            org.springframework.http.HttpHeaders headers, org.springframework.http.HttpStatusCode status,
            org.springframework.web.context.request.WebRequest request) {
        String key = "http." + status.value();
        HttpStatus known = HttpStatus.resolve(status.value());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, translate(key,
                known == null ? "请求无法处理 / request failed" : known.getReasonPhrase(), java.util.List.of(),
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        problem.setType(URI.create("https://zhiban.gov.cn/problems/http-" + status.value()));
        problem.setProperty("code", key);
        return super.handleExceptionInternal(ex, problem, headers, status, request);
    }

    private String translate(String key, String fallback, java.util.List<Object> args, java.util.Locale locale) {
        return messages.getMessage(key, args.toArray(), fallback, locale);
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

    /** A keyed refusal written by a filter, before any controller runs (tokens, CSRF, the login gate). */
    public static void send(ObjectMapper json, HttpServletResponse response, HttpStatus status, String code,
                            String detail) throws IOException {
        ProblemDetail problem = problem(status, status == HttpStatus.UNAUTHORIZED ? "unauthorized" : "forbidden", detail);
        problem.setProperty("code", code);
        write(json, response, problem);
    }

    private static void write(ObjectMapper json, HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
