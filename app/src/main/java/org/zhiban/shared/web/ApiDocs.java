package org.zhiban.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /api/docs}, the address the README and the start banner give, leads to the Swagger UI at
 * {@code /swagger-ui/index.html}: served by the UI filter chain, whose Content-Security-Policy lets it run.
 */
@Configuration
class ApiDocs implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/api/docs", "/swagger-ui/index.html");
    }
}
