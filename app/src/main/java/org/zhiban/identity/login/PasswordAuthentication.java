package org.zhiban.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhiban.identity.AccountStage;
import org.zhiban.identity.AccountStates;
import org.zhiban.identity.Directory;
import org.zhiban.identity.SecurityPolicies;
import org.zhiban.identity.StoredPasswords;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.identity.login.LoginLog.Channel;
import org.zhiban.identity.login.LoginLog.Outcome;

/**
 * 口令认证 for the login form and HTTP Basic. Every refusal — unknown name, wrong password, locked, throttled,
 * disabled — gives the same answer after the same work (one bcrypt check, a dummy one where there is no hash), so
 * neither the answer nor its timing tells which names exist. Camunda's own lock is switched off
 * ({@code EngineHardening}): it never expired.
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {

    /** A TOTP code for HTTP Basic callers whose account needs a second factor (the form asks on its own page). */
    static final String TOTP_HEADER = "X-Zhiban-Totp";

    private final Directory directory;
    private final AccountStates states;
    private final LoginThrottle throttle;
    private final LoginLog log;
    private final SecurityPolicies policies;
    private final SecondFactors secondFactors;
    private final StoredPasswords storedPasswords;
    private final Clock clock;

    PasswordAuthentication(Directory directory, AccountStates states,
                           LoginThrottle throttle, LoginLog log, SecurityPolicies policies,
                           SecondFactors secondFactors, StoredPasswords storedPasswords, Clock clock) {
        this.storedPasswords = storedPasswords;
        this.directory = directory;
        this.states = states;
        this.throttle = throttle;
        this.log = log;
        this.policies = policies;
        this.secondFactors = secondFactors;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        HttpServletRequest request = currentRequest();
        Channel channel = request != null && (request.getContextPath() + "/login").equals(request.getRequestURI()) ? Channel.FORM : Channel.BASIC;
        Instant now = clock.instant();
        if (name.isEmpty() || name.length() > 64) {
            storedPasswords.burn(password);
            throw refused();
        }
        LoginThrottle.Verdict verdict = throttle.before(name, address, now);
        if (verdict != LoginThrottle.Verdict.ALLOWED) {
            storedPasswords.burn(password);
            log.record(name, verdict == LoginThrottle.Verdict.ACCOUNT_LOCKED ? Outcome.REFUSED_LOCKED
                    : Outcome.THROTTLED, address, channel, now);
            throw refused();
        }
        if (!storedPasswords.matches(name, password)) {
            boolean locked = throttle.failed(name, address, now);
            log.record(name, locked ? Outcome.LOCKED : Outcome.FAILURE, address, channel, now);
            throw refused();
        }
        AccountStates.AccountState state = states.of(name);
        ZhibanUser user = directory.find(name).orElse(null);
        if (user == null || state.disabled() || state.kind() == AccountStates.Kind.SERVICE) {
            log.record(name, Outcome.REFUSED_DISABLED, address, channel, now);
            throw refused();
        }
        AccountStage stage = stageAfterPassword(user, state, now);
        if (stage != AccountStage.SECOND_FACTOR) {
            // with a second factor owed, failures are forgiven only when it is given: a known password must not
            // reset the count of wrong codes
            throttle.succeeded(name);
        }
        if (stage == AccountStage.SECOND_FACTOR && channel == Channel.BASIC) {
            // HTTP Basic cannot stop half way: the code comes in a header or the request is refused
            String code = request == null ? null : request.getHeader(TOTP_HEADER);
            if (code == null || !secondFactors.verify(user.id(), code)) {
                boolean locked = throttle.failed(name, address, now);
                log.record(name, locked ? Outcome.LOCKED : Outcome.SECOND_FACTOR_FAILURE, address, channel, now);
                throw refused();
            }
            throttle.succeeded(name);
            stage = state.passwordChangeDue(policies.current(), now) ? AccountStage.PASSWORD_CHANGE : AccountStage.READY;
        }
        if (channel == Channel.FORM) {
            log.record(name, Outcome.SUCCESS, address, channel, now);
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, stage.authorities(user));
    }

    private AccountStage stageAfterPassword(ZhibanUser user, AccountStates.AccountState state, Instant now) {
        if (secondFactors.required(user, state)) {
            return AccountStage.SECOND_FACTOR;
        }
        return state.passwordChangeDue(policies.current(), now) ? AccountStage.PASSWORD_CHANGE : AccountStage.READY;
    }

    private static BadCredentialsException refused() {
        // one message for every reason: no account enumeration
        return new BadCredentialsException("Bad credentials");
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
