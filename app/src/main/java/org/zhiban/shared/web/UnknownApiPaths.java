package org.zhiban.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * An {@code /api} path nothing maps is a 404 problem, not the UI's HTML page: Vaadin's catch-all forwarding
 * mapping would otherwise answer it with 200. Ordered after the controllers' mappings (so a known path with a wrong
 * method stays 405) and before Vaadin's.
 */
@Configuration
class UnknownApiPaths {

    static final String KEY = "http.404";

    @Bean
    SimpleUrlHandlerMapping unknownApiPathMapping(ObjectMapper json, MessageSource messages) {
        HttpRequestHandler notFound = (HttpServletRequest request, HttpServletResponse response) -> {
            Locale locale = request.getLocale() == null ? Locale.SIMPLIFIED_CHINESE : request.getLocale();
            ProblemDetail problem = ProblemResponses.problem(HttpStatus.NOT_FOUND, "not-found",
                    messages.getMessage(KEY, null, "没有这个接口 / no such endpoint", locale));
            problem.setProperty("code", KEY);
            response.setStatus(HttpStatus.NOT_FOUND.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
        };
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api/**", notFound));
        mapping.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return mapping;
    }
}
