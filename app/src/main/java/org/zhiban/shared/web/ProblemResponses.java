package org.zhiban.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.zhiban.integrations.upload.UploadGuard;
import org.zhiban.integrations.upload.UploadRefusedException;
import org.zhiban.shared.Refusal;

/**
 * Every API error is {@code application/problem+json} with a message key ({@code code}) and title and detail in the
 * caller's language: Spring MVC's own errors, ours ({@link Refusal}), the upload guard's, and the security filter's
 * 401/403. No answer carries an exception's message or class; what the caller cannot act on goes to the log.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    /** How many field problems a 400 lists. */
    static final int MAX_LISTED = 10;

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    private final MessageSource messages;
    private final ApiProblems problems;
    private final long maxUploadBytes;

    ProblemResponses(MessageSource messages, ApiProblems problems, UploadGuard uploads) {
        this.messages = messages;
        this.problems = problems;
        this.maxUploadBytes = uploads.limits().maxBytes();
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> accessDenied(RuntimeException e, Locale locale) {
        return answer(problems.problem(403, "forbidden", "http.403", problems.detail(403, locale), locale));
    }

    /** A service's refusal, in the caller's language (Accept-Language; Chinese by default). */
    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refusal(Refusal r, Locale locale) {
        HttpStatus status = switch (r.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
        };
        StringBuilder detail = new StringBuilder(translate(r.messageKey(), r.getMessage(), r.args(), locale));
        List<Map<String, Object>> errors = new ArrayList<>();
        // a request with 200,000 unknown keys gets the first ten back, not all of them
        List<Refusal.FieldProblem> shown = r.fieldProblems().stream().limit(MAX_LISTED).toList();
        for (Refusal.FieldProblem p : shown) {
            String label = translate("field." + p.field(), p.field(), List.of(), locale);
            String message = translate(p.messageKey(), p.message(), p.args(), locale);
            boolean chinese = "zh".equals(locale.getLanguage());
            detail.append(errors.isEmpty() ? (chinese ? "：" : ": ") : (chinese ? "；" : "; "))
                    .append(label).append(" ").append(message);
            errors.add(Map.of("field", p.field(), "code", p.messageKey(), "message", message));
        }
        ProblemDetail problem = problems.problem(status.value(), r.kind() == Refusal.Kind.INVALID ? "invalid-input"
                : r.kind().name().toLowerCase().replace('_', '-'), r.messageKey(), detail.toString(), locale);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        if (r.fieldProblems().size() > MAX_LISTED) {
            problem.setProperty("moreErrors", r.fieldProblems().size() - MAX_LISTED);
        }
        var response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (r.retryAfterSeconds() != null) {
            problem.setType(URI.create(ApiProblems.TYPE_BASE + "retry-later"));
            problem.setProperty("retryAfterSeconds", r.retryAfterSeconds());
            response.header("Retry-After", Integer.toString(r.retryAfterSeconds()));
        }
        return response.body(problem);
    }

    /** The upload guard's refusal: too large is 413, a hostile or broken file 400, a busy parser 503. */
    @ExceptionHandler(UploadRefusedException.class)
    ResponseEntity<ProblemDetail> uploadRefused(UploadRefusedException e, Locale locale) {
        HttpStatus status = switch (e.reason()) {
            case TOO_LARGE, TOO_MANY_ENTRIES, TOO_LARGE_UNCOMPRESSED -> HttpStatus.PAYLOAD_TOO_LARGE;
            case PARSER_BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
            default -> HttpStatus.BAD_REQUEST;
        };
        List<Object> arguments = e.arguments();
        if (e.reason() == UploadRefusedException.Reason.CORRUPT) {
            // what the parser said (an exception's message, or its class when it had none) is for the log only
            log.info("unreadable upload refused: {}", e.getMessage());
            arguments = List.of();
        }
        return answer(problems.problem(status.value(), "upload-refused", e.messageKey(),
                translate(e.messageKey(), e.messageKey(), arguments, locale), locale));
    }

    /**
     * A multipart request over {@code spring.servlet.multipart.max-file-size} or {@code max-request-size}: refused
     * by the container before the upload guard sees it, and answered like the guard's own size refusal.
     */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String key = UploadRefusedException.Reason.TOO_LARGE.messageKey();
        ProblemDetail problem = problems.problem(413, "upload-refused", key,
                translate(key, key, List.of(readable(maxUploadBytes)), locale), locale);
        return ResponseEntity.status(413).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A multipart body the container cannot parse (cut off, no closing boundary): the caller's, not ours. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> malformedMultipart(MultipartException e, Locale locale) {
        log.info("malformed multipart request: {}", String.valueOf(e.getMostSpecificCause()));
        return answer(problems.problem(400, "upload-refused", "upload.malformed",
                translate("upload.malformed", "upload.malformed", List.of(), locale), locale));
    }

    /** A body cut off at the API's body limit ({@link ApiErrorBoundary}) is too large, not malformed. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiErrorBoundary.BodyTooLarge) {
                return handleExceptionInternal(ex, null, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
            }
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    /**
     * Spring MVC's own errors (405, 406, 413, 415, unreadable body …): their status, a message key ({@code http.405})
     * and text in the caller's language instead of the framework's English sentence naming its internals.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problems.forStatus(status.value(), LocaleContextHolder.getLocale());
        return super.handleExceptionInternal(ex, problem, headers, status, request);
    }

    /**
     * An {@link IllegalArgumentException} that reached a controller is a bad request. Ours are worded for the caller
     * (Chinese / English, like a refusal's fallback) and say what was wrong; a library's (a UUID or enum parser, the
     * engine) may name a class or its internals, so its message goes to the log only.
     */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException e, Locale locale) {
        boolean ours = e.getMessage() != null && e.getStackTrace().length > 0
                && e.getStackTrace()[0].getClassName().startsWith("org.zhiban.");
        if (!ours) {
            log.info("bad request: {}", e.toString());
        }
        return answer(problems.problem(400, "invalid-input", "http.400",
                ours ? e.getMessage() : problems.detail(400, locale), locale));
    }

    /** Anything unexpected: logged with a reference the user can quote; no internals in the answer. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) {
        String reference = reference();
        log.error("unexpected error, reference {}", reference, e);
        return answer(internalError(problems, reference, locale));
    }

    static String reference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static ProblemDetail internalError(ApiProblems problems, String reference, Locale locale) {
        ProblemDetail problem = problems.problem(500, "internal-error", "http.500",
                problems.text("http.500.reference", "internal error, reference " + reference,
                        new Object[] {reference}, locale), locale);
        problem.setProperty("reference", reference);
        return problem;
    }

    /** 20 MB, as the upload guard words its own limit. */
    static String readable(long bytes) {
        long mb = 1024L * 1024;
        return bytes % mb == 0 ? bytes / mb + " MB" : bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " B";
    }

    private String translate(String key, String fallback, List<Object> args, Locale locale) {
        return messages.getMessage(key, args.toArray(), fallback, locale);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** For the security filter chain, which answers before any controller runs; the text from {@link ApiProblems}. */
    public static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"zhiban\"");
            write(request, response, 401, "unauthorized");
        };
    }

    public static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(request, response, 403, "forbidden");
    }

    /** A keyed refusal written by a filter, before any controller runs (tokens, CSRF, the login gate). */
    public static void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                            String fallback) throws IOException {
        ApiProblems problems = ApiProblems.of(request.getServletContext());
        Locale locale = ApiProblems.locale(request);
        problems.write(response, problems.problem(status.value(), status == HttpStatus.UNAUTHORIZED ? "unauthorized"
                : "forbidden", code, problems.text(code, fallback, null, locale), locale));
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String type)
            throws IOException {
        ApiProblems problems = ApiProblems.of(request.getServletContext());
        Locale locale = ApiProblems.locale(request);
        problems.write(response, problems.problem(status, type, "http." + status, problems.detail(status, locale),
                locale));
    }
}
