package org.zhiban.identity;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.zhiban.identity.token.ApiTokenFilter;
import org.zhiban.identity.token.ApiTokens;
import org.zhiban.identity.ui.LoginView;
import org.zhiban.shared.web.ProblemResponses;

/**
 * Two filter chains. {@code /api/**} (and the API docs and metrics) take an API token (service accounts), HTTP
 * Basic (people's own tools) or the UI's session, and answer problem+json; everything else is the Vaadin UI with
 * its login view. A session that changes something through the API needs the CSRF token (requests carrying an
 * {@code Authorization} header carry no ambient credential to forge and are exempt); so does the login form. Only
 * a finished login ({@link AccountStage#READY}) reaches anything but {@code /api/me}. Role checks live on each
 * controller method ({@code @PreAuthorize}) and each view ({@code @RolesAllowed}); nothing is open by default.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/api/me", "/api/me/**").authenticated()
                        .requestMatchers("/actuator/**").hasRole(Role.Names.SYSADMIN)
                        .anyRequest().hasAuthority(AccountStage.READY_AUTHORITY))
                .addFilterBefore(new ApiTokenFilter(tokens), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized()))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(apiAccessDenied()))
                // an API caller is never sent back to a saved request after logging in: saving one only made every
                // anonymous 401 open a session
                .requestCache(cache -> cache.disable())
                // only a session can be ridden on; a request with no session or its own Authorization has nothing
                // ambient to forge (and a request with neither gets its 401, not a CSRF 403)
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null
                        || request.getRequestedSessionId() == null));
        SecurityHeaders.forApi(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/swagger-ui/**").hasAuthority(AccountStage.READY_AUTHORITY));
        SecurityHeaders.forUi(http);
        // Vaadin's own CSRF setup exempts the login page, which made login CSRF possible; its internal requests
        // carry Vaadin's own security key and stay exempt, the login form posts the token from the page.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }

    /** 403 with what is missing: a CSRF token, the second factor, a new password, or simply the right role. */
    private static AccessDeniedHandler apiAccessDenied() {
        AccessDeniedHandler forbidden = ProblemResponses.forbidden();
        return (request, response, e) -> {
            if (e instanceof CsrfException) {
                ProblemResponses.send(request, response, HttpStatus.FORBIDDEN, "auth.csrf",
                        "缺少或无效的 CSRF 令牌 / missing or invalid CSRF token");
                return;
            }
            AccountStage stage = AccountStage.of(SecurityContextHolder.getContext().getAuthentication());
            if (stage == AccountStage.PASSWORD_CHANGE) {
                ProblemResponses.send(request, response, HttpStatus.FORBIDDEN, "password.changeRequired",
                        "请先修改口令（POST /api/me/password）/ change your password first");
            } else if (stage == AccountStage.SECOND_FACTOR) {
                ProblemResponses.send(request, response, HttpStatus.FORBIDDEN, "auth.secondFactorRequired",
                        "请先完成双因素认证 / second factor required");
            } else {
                forbidden.handle(request, response, e);
            }
        };
    }
}
