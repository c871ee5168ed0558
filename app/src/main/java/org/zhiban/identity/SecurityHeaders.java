package org.zhiban.identity;

import org.springframework.context.ApplicationContext;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of both filter chains, beside Spring Security's defaults ({@code X-Content-Type-Options:
 * nosniff}, no-store caching, {@code X-XSS-Protection: 0}).
 *
 * <p>The UI's Content-Security-Policy is as tight as Vaadin Flow allows: Flow starts its client engine with an
 * inline script and runs {@code executeJs} and event expressions as constructed functions, so scripts need
 * {@code 'unsafe-inline' 'unsafe-eval'}; components and bpmn-js set inline styles. Everything else comes from our
 * own origin, push included ({@code connect-src 'self'} covers the same-origin WebSocket). Nothing may frame a page.
 * The API answers JSON only, so its policy allows nothing at all.
 *
 * <p>HSTS ({@code zhiban.security.headers.hsts}, on in profile {@code prod}) is written on secure requests only;
 * behind a TLS-terminating proxy that needs {@code server.forward-headers-strategy: native}, so the proxy's
 * {@code X-Forwarded-Proto: https} counts.
 */
final class SecurityHeaders {

    static final String UI_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** Powerful browser features nothing in the app uses, off for every frame. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

    static final String HSTS_PROPERTY = "zhiban.security.headers.hsts";

    private SecurityHeaders() {
    }

    /** The Vaadin UI chain (also serves the Swagger UI under {@code /swagger-ui/**}). */
    static void forUi(HttpSecurity http) throws Exception {
        apply(http, UI_POLICY);
    }

    /** The {@code /api/**} chain: JSON only, nothing to run or render. */
    static void forApi(HttpSecurity http) throws Exception {
        apply(http, API_POLICY);
    }

    private static void apply(HttpSecurity http, String policy) throws Exception {
        boolean hsts = hsts(http);
        http.headers(headers -> {
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                    .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
            if (hsts) {
                headers.httpStrictTransportSecurity(sts -> sts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS)
                        .includeSubDomains(true));
            } else {
                // a developer's localhost over TLS must not be pinned to HTTPS for a year
                headers.httpStrictTransportSecurity(HeadersConfigurer.HstsConfig::disable);
            }
        });
    }

    private static boolean hsts(HttpSecurity http) {
        ApplicationContext context = http.getSharedObject(ApplicationContext.class);
        return context != null && context.getEnvironment().getProperty(HSTS_PROPERTY, Boolean.class, false);
    }
}
