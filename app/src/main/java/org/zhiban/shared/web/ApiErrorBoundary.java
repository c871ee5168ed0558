package org.zhiban.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter of every {@code /api} request, so that what goes wrong outside Spring MVC still answers
 * problem+json: a filter that throws (the security chain, the engine's filters) gets a 500 with a reference and the
 * cause in the log; a {@code sendError} (Spring Security's request firewall, a filter's refusal) is written here as
 * a problem instead of dispatching to the container's {@code /error} page; and a request body larger than the
 * multipart request limit is refused with 413 before anything reads it (a JSON body has no other limit).
 */
class ApiErrorBoundary extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorBoundary.class);

    /** A body read past the limit: {@link ProblemResponses} answers 413 when the JSON reader trips over it. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge(long limit) {
            super("request body larger than " + limit + " bytes");
        }
    }

    private final ApiProblems problems;
    private final long maxBodyBytes;

    ApiErrorBoundary(ApiProblems problems, long maxBodyBytes) {
        this.problems = problems;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiProblems.isApi(request.getRequestURI(), request.getContextPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale locale = ApiProblems.locale(request);
        // multipart bodies have their own limits (spring.servlet.multipart.*), refused like the upload guard's
        boolean multipart = request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
        if (!multipart && request.getContentLengthLong() > maxBodyBytes) {
            problems.write(response, problems.forStatus(413, locale));
            return;
        }
        HttpServletRequest limited = multipart ? request : new LimitedBody(request, maxBodyBytes);
        ProblemOnSendError answer = new ProblemOnSendError(response, problems, locale);
        try {
            chain.doFilter(limited, answer);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            String reference = ProblemResponses.reference();
            log.error("unexpected error outside the controllers on {}, reference {}", request.getRequestURI(),
                    reference, e);
            // the buffer goes, the headers stay (the security chain wrote its own on the way out)
            response.resetBuffer();
            problems.write(response, ProblemResponses.internalError(problems, reference, locale));
        }
    }

    /** {@code sendError} written as a problem right here, never a dispatch to the container's error page. */
    static final class ProblemOnSendError extends HttpServletResponseWrapper {

        private final ApiProblems problems;
        private final Locale locale;

        ProblemOnSendError(HttpServletResponse response, ApiProblems problems, Locale locale) {
            super(response);
            this.problems = problems;
            this.locale = locale;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            if (message != null) {
                log.debug("sendError {} on an API path: {}", status, message);
            }
            resetBuffer();
            problems.write((HttpServletResponse) getResponse(), problems.forStatus(status, locale));
            flushBuffer();
        }
    }

    /** The request body, refused once more than the limit has been read (chunked bodies carry no length). */
    static final class LimitedBody extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
