package org.zhiban.identity.admin;

import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.SecurityPolicies;
import org.zhiban.identity.SecurityPolicy;
import org.zhiban.identity.login.LoginLog;
import org.zhiban.identity.login.LoginThrottle;
import org.zhiban.identity.login.SecondFactors;
import org.zhiban.shared.Refusal;

/** 安全管理员 API: the security policy, locked accounts and their unlocking, the login log, second-factor resets. */
@RestController
@RequestMapping("/api/admin/security")
@PreAuthorize("hasRole('SECADMIN')")
class SecurityAdminController {

    private final SecurityPolicies policies;
    private final AccountUnlocking unlocking;
    private final LoginThrottle throttle;
    private final LoginLog loginLog;
    private final SecondFactors secondFactors;
    private final Clock clock;

    SecurityAdminController(SecurityPolicies policies, AccountUnlocking unlocking, LoginThrottle throttle,
                            LoginLog loginLog, SecondFactors secondFactors, Clock clock) {
        this.policies = policies;
        this.unlocking = unlocking;
        this.throttle = throttle;
        this.loginLog = loginLog;
        this.secondFactors = secondFactors;
        this.clock = clock;
    }

    @GetMapping("/policy")
    SecurityPolicy policy() {
        return policies.current();
    }

    @PutMapping("/policy")
    SecurityPolicy changePolicy(@RequestBody SecurityPolicy policy) {
        return policies.change(CurrentUser.get(), policy);
    }

    @GetMapping("/locked-accounts")
    List<LoginThrottle.Lock> locked() {
        return unlocking.lockedAccounts();
    }

    @PostMapping("/locked-accounts/{userId}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(@PathVariable String userId) {
        unlocking.unlock(CurrentUser.get(), userId);
    }

    @GetMapping("/login-events")
    List<LoginLog.Event> loginEvents(@RequestParam(required = false) String user,
                                     @RequestParam(required = false) String outcome,
                                     @RequestParam(defaultValue = "200") int limit) {
        LoginLog.Outcome wanted = null;
        if (outcome != null && !outcome.isBlank()) {
            try {
                wanted = LoginLog.Outcome.valueOf(outcome.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid("security.loginLog.outcome", "未知的登录结果 / unknown outcome: " + outcome, outcome);
            }
        }
        return loginLog.recent(user, wanted, limit);
    }

    @PostMapping("/users/{userId}/second-factor-reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetSecondFactor(@PathVariable String userId) {
        secondFactors.reset(CurrentUser.get(), userId);
    }
}
