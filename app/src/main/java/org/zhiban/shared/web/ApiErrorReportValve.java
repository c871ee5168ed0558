package org.zhiban.shared.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error answer (a request it refuses before any servlet runs: a malformed URI, a request line or
 * header over {@code server.max-http-request-header-size}) is problem+json on an {@code /api} path, and when the
 * request line was too long to tell its path, instead of Tomcat's HTML page. Other paths keep the HTML page,
 * without report or server version.
 */
class ApiErrorReportValve extends ErrorReportValve {

    private final Supplier<ApiProblems> problems;
    private final String contextPath;

    ApiErrorReportValve(Supplier<ApiProblems> problems, String contextPath) {
        this.problems = problems;
        this.contextPath = contextPath;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        ApiProblems answer = problems.get();
        int status = response.getStatus();
        String uri = request.getRequestURI();
        // a request line too long to read has no path yet: a browser never sends one, so it gets JSON too
        boolean api = uri == null || uri.isEmpty() || ApiProblems.isApi(uri, contextPath);
        if (answer == null || status < 400 || response.getContentWritten() > 0 || !api) {
            super.report(request, response, throwable);
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }
        try {
            byte[] body = answer.bytes(answer.forStatus(status, ApiProblems.locale(request)));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("X-Content-Type-Options", "nosniff");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(new String(body, StandardCharsets.UTF_8));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is going away; nothing more to say
        }
    }
}
