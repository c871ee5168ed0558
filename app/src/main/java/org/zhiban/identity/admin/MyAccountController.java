package org.zhiban.identity.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhiban.identity.AccountStage;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.identity.password.Passwords;

/**
 * 我的账号: who the caller is, how far their login has come, the CSRF token a session needs to change anything
 * through the API, and their own password change — reachable before the login is finished, so that a password
 * that must change can be changed.
 */
@RestController
@RequestMapping("/api/me")
class MyAccountController {

    record PasswordChange(String currentPassword, String newPassword) {}

    private final Passwords passwords;

    MyAccountController(Passwords passwords) {
        this.passwords = passwords;
    }

    @GetMapping
    Map<String, Object> me(CsrfToken csrf) {
        ZhibanUser user = CurrentUser.atAnyStage().orElseThrow();
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("id", user.id());
        me.put("name", user.displayName());
        me.put("department", user.departmentId());
        me.put("roles", user.roles().stream().map(r -> r.groupId()).sorted().toList());
        me.put("stage", String.valueOf(AccountStage.of(SecurityContextHolder.getContext().getAuthentication())));
        if (csrf != null) {
            me.put("csrf", Map.of("headerName", csrf.getHeaderName(), "token", csrf.getToken()));
        }
        return me;
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@RequestBody PasswordChange change) {
        ZhibanUser user = CurrentUser.atAnyStage().orElseThrow();
        if (AccountStage.of(SecurityContextHolder.getContext().getAuthentication()) == AccountStage.SECOND_FACTOR) {
            // a password alone must not be enough to take the account over
            throw org.zhiban.shared.Refusal.forbidden("auth.secondFactorRequired", "请先完成双因素认证 / second factor required");
        }
        passwords.changeOwn(user.id(), change.currentPassword(), change.newPassword());
    }
}
