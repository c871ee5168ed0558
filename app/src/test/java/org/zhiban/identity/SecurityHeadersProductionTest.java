package org.zhiban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * Profile prod: the session cookie is Secure, HTTPS seen through the proxy counts (X-Forwarded-Proto), and HTTPS
 * answers carry HSTS for a year with subdomains; HTTP answers and other profiles carry none. The headers are tried
 * on {@link SecurityHeaders} in a small web context, the profile on the shipped {@code application.yml}.
 */
class SecurityHeadersProductionTest {

    @Test
    void profile_prod_makes_the_session_cookie_secure_trusts_the_proxy_and_turns_hsts_on() {
        StandardEnvironment prod = environment("prod");
        StandardEnvironment standard = environment();

        assertThat(prod.getProperty("server.servlet.session.cookie.secure", Boolean.class)).isTrue();
        assertThat(prod.getProperty("server.servlet.session.cookie.http-only", Boolean.class)).isTrue();
        assertThat(prod.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        assertThat(prod.getProperty(SecurityHeaders.HSTS_PROPERTY, Boolean.class)).isTrue();
        assertThat(standard.getProperty("server.servlet.session.cookie.secure", Boolean.class)).isNull();
        assertThat(standard.getProperty(SecurityHeaders.HSTS_PROPERTY, Boolean.class)).isFalse();
    }

    @Test
    void with_hsts_on_an_https_answer_of_either_chain_carries_it_and_a_plain_one_does_not() throws Exception {
        try (var context = chains(true)) {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

            for (String path : new String[] {"/api/ping", "/page"}) {
                String hsts = mvc.perform(get(path).secure(true)).andReturn().getResponse()
                        .getHeader("Strict-Transport-Security");
                assertThat(hsts).as(path).contains("max-age=31536000").contains("includeSubDomains");
                mvc.perform(get(path)).andExpect(header().doesNotExist("Strict-Transport-Security"));
            }
            mvc.perform(get("/api/ping").secure(true))
                    .andExpect(header().string("Content-Security-Policy", SecurityHeaders.API_POLICY));
            mvc.perform(get("/page").secure(true))
                    .andExpect(header().string("Content-Security-Policy", SecurityHeaders.UI_POLICY));
        }
    }

    @Test
    void outside_prod_not_even_an_https_answer_carries_hsts() throws Exception {
        try (var context = chains(false)) {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

            mvc.perform(get("/page").secure(true)).andExpect(header().doesNotExist("Strict-Transport-Security"))
                    .andExpect(header().string("X-Frame-Options", "DENY"));
        }
    }

    /** A web context with just the two chains, HSTS on or off as the property says. */
    static AnnotationConfigWebApplicationContext chains(boolean hsts) {
        var context = new AnnotationConfigWebApplicationContext();
        context.setServletContext(new MockServletContext());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
                Map.of(SecurityHeaders.HSTS_PROPERTY, Boolean.toString(hsts))));
        context.register(Chains.class);
        context.refresh();
        return context;
    }

    /** application.yml (and application-<profile>.yml) as the app reads it, for the given profiles. */
    static StandardEnvironment environment(String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        ConfigDataEnvironmentPostProcessor.applyTo(environment, new DefaultResourceLoader(),
                new DefaultBootstrapContext(), profiles);
        return environment;
    }

    /** The two chains as SecurityConfig builds them, reduced to their headers. */
    @Configuration
    @EnableWebMvc
    @EnableWebSecurity
    static class Chains {

        @Bean
        @Order(1)
        SecurityFilterChain api(HttpSecurity http) throws Exception {
            http.securityMatcher("/api/**").authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
            SecurityHeaders.forApi(http);
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain ui(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
            SecurityHeaders.forUi(http);
            return http.build();
        }

        @Bean
        Pages pages() {
            return new Pages();
        }
    }

    @RestController
    static class Pages {

        @GetMapping({"/api/ping", "/page"})
        String ping() {
            return "ok";
        }
    }
}
