package org.zhiban.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhiban.security.*}: the defaults of the security policy. The 安全管理员 may change the policy at run time
 * (kept in the database); these apply until they do.
 */
@ConfigurationProperties("zhiban.security")
public record SecurityProperties(@DefaultValue Lockout lockout, @DefaultValue Password password,
                                 @DefaultValue Session session, @DefaultValue SecondFactor secondFactor) {

    /**
     * @param maxAttempts         wrong passwords in a row before the account is locked
     * @param duration            how long a lock lasts; never permanent
     * @param addressFreeFailures failures one client address may make before its attempts are slowed down
     * @param delayBase           the wait after an account's second failure, doubling with each further one
     * @param maxDelay            the longest wait between two attempts of one address or account
     */
    public record Lockout(@DefaultValue("5") int maxAttempts, @DefaultValue("15m") Duration duration,
                          @DefaultValue("10") int addressFreeFailures, @DefaultValue("1s") Duration delayBase,
                          @DefaultValue("60s") Duration maxDelay) {
    }

    public record Password(@DefaultValue("10") int minLength, @DefaultValue("3") int characterClasses,
                           @DefaultValue("5") int history, @DefaultValue("90d") Duration maxAge) {
    }

    public record Session(@DefaultValue("30m") Duration idleTimeout) {
    }

    /** @param everyone TOTP for every account, not only the three administrators */
    public record SecondFactor(@DefaultValue("false") boolean everyone, @DefaultValue("政务智办") String issuer) {
    }
}
