package org.zhiban.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's {@code /error} dispatch for an {@code /api} path answers problem+json, whatever the caller
 * accepts, instead of Spring Boot's whitelabel page or its JSON with {@code exception}, {@code trace} and
 * {@code message}. Every other path is Spring Boot's {@link BasicErrorController} unchanged.
 */
class ApiErrorController extends BasicErrorController {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorController.class);

    private final ApiProblems problems;
    private final ErrorAttributes errorAttributes;

    ApiErrorController(ErrorAttributes errorAttributes, ErrorProperties properties, List<ErrorViewResolver> resolvers,
                       ApiProblems problems) {
        super(errorAttributes, properties, resolvers);
        this.errorAttributes = errorAttributes;
        this.problems = problems;
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (!forApi(request)) {
            return super.errorHtml(request, response);
        }
        try {
            problems.write(response, problem(request));
        } catch (IOException e) {
            log.debug("could not write the error answer", e);
        }
        return null;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (!forApi(request)) {
            return super.error(request);
        }
        ProblemDetail problem = problem(request);
        // a preset content type is written as is, whatever the caller's Accept says
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problems.asMap(problem));
    }

    private boolean forApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String original && ApiProblems.isApi(original, request.getContextPath());
    }

    private ProblemDetail problem(HttpServletRequest request) {
        Locale locale = ApiProblems.locale(request);
        int status = getStatus(request).value();
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        if (status >= 500) {
            String reference = ProblemResponses.reference();
            log.error("error dispatch for {}, reference {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    reference, error);
            return ProblemResponses.internalError(problems, reference, locale);
        }
        return problems.forStatus(status, locale);
    }
}
