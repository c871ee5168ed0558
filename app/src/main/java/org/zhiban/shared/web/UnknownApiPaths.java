package org.zhiban.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
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
    SimpleUrlHandlerMapping unknownApiPathMapping(ApiProblems problems) {
        HttpRequestHandler notFound = (HttpServletRequest request, HttpServletResponse response) -> {
            var locale = ApiProblems.locale(request);
            problems.write(response, problems.problem(404, "not-found", KEY, problems.detail(404, locale), locale));
        };
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api/**", notFound));
        mapping.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return mapping;
    }
}
