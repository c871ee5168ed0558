package org.zhiban.shared.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal the caller can act on, rendered as {@code application/problem+json}. Thrown before anything
 * changes, so a refused request leaves no trace but its answer.
 */
public class ApiProblem extends ErrorResponseException {

    private ApiProblem(HttpStatus status, String type, String detail) {
        super(status, problem(status, type, detail), null);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://zhiban.gov.cn/problems/" + type));
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", detail);
    }

    public static ApiProblem invalid(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-input", detail);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", detail);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, "conflict", detail);
    }

    /** 409 with a hint how long to wait, e.g. a proof asked for before its checkpoint exists. */
    public static ApiProblem retryLater(String detail, int seconds) {
        ApiProblem problem = new ApiProblem(HttpStatus.CONFLICT, "retry-later", detail);
        problem.getBody().setProperty("retryAfterSeconds", seconds);
        problem.getHeaders().set("Retry-After", Integer.toString(seconds));
        return problem;
    }
}
