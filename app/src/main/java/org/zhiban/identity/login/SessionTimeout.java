package org.zhiban.identity.login;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.stereotype.Component;
import org.zhiban.identity.SecurityPolicies;

/** 会话超时: every session ends after the security policy's idle time, as the 安全管理员 has set it. */
@Component
class SessionTimeout implements HttpSessionListener {

    private final SecurityPolicies policies;

    SessionTimeout(SecurityPolicies policies) {
        this.policies = policies;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(policies.current().sessionTimeoutMinutes() * 60);
    }
}
