package org.zhiban.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.zhiban.identity.ui.LoginView;
import org.zhiban.shared.web.ProblemResponses;

/**
 * Two filter chains. {@code /api/**} (and the API docs and metrics) take HTTP Basic for tools and OA systems, or the
 * UI's session, and answer problem+json; everything else is the Vaadin UI with its login view. Role checks live on
 * each controller method ({@code @PreAuthorize}) and each view ({@code @RolesAllowed}); nothing is open by default.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ObjectMapper json) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.Names.SYSADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized(json)))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(ProblemResponses.unauthorized(json))
                        .accessDeniedHandler(ProblemResponses.forbidden(json)))
                // an API caller is never sent back to a saved request after logging in: saving one only made every
                // anonymous 401 open a session
                .requestCache(cache -> cache.disable())
                // Basic-auth callers carry no cookie to forge; session callers are protected by the
                // SameSite=Strict session cookie (server.servlet.session.cookie.same-site).
                .csrf(csrf -> csrf.disable());
        SecurityHeaders.forApi(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/swagger-ui/**").authenticated());
        SecurityHeaders.forUi(http);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
