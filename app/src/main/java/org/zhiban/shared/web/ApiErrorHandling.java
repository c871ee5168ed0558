package org.zhiban.shared.web;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Problem+json for {@code /api} errors at every layer below Spring MVC's advice, outermost last: the error boundary
 * filter (filters, {@code sendError}, oversized bodies), the {@code /error} dispatch, and Tomcat's own error report.
 */
@Configuration
class ApiErrorHandling {

    @Bean
    FilterRegistrationBean<ApiErrorBoundary> apiErrorBoundary(ApiProblems problems,
                                                             ObjectProvider<MultipartProperties> multipart) {
        long limit = multipart.getIfAvailable(MultipartProperties::new).getMaxRequestSize().toBytes();
        var registration = new FilterRegistrationBean<>(new ApiErrorBoundary(problems, limit < 0 ? Long.MAX_VALUE : limit));
        registration.addUrlPatterns("/api/*");
        // outside everything but the character encoding filter, Spring Security's chain included
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Replaces Spring Boot's {@code basicErrorController} (it backs off when another ErrorController exists). */
    @Bean
    ApiErrorController apiErrorController(ErrorAttributes errorAttributes, ServerProperties server,
                                          ObjectProvider<ErrorViewResolver> resolvers, ApiProblems problems) {
        return new ApiErrorController(errorAttributes, server.getError(), resolvers.orderedStream().toList(), problems);
    }

    /** After Spring Boot's own customizer, whose error report valve this one replaces. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReport(ObjectProvider<ApiProblems> problems) {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    Host host = (Host) context.getParent();
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.getPipeline().addValve(new ApiErrorReportValve(problems::getIfAvailable, context.getPath()));
                    if (host instanceof StandardHost standard) {
                        // so the host does not add Tomcat's default valve beside ours when it starts
                        standard.setErrorReportValveClass(ApiErrorReportValve.class.getName());
                    }
                });
            }
        };
    }
}
