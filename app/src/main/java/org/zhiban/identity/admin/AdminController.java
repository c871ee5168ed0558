package org.zhiban.identity.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.password.Passwords;
import org.zhiban.identity.token.ApiTokens;
import org.zhiban.identity.token.ServiceAccounts;

/** 系统管理员 API: users, departments, service accounts and their tokens. */
@RestController
@RequestMapping("/api/admin")
@PreAuthorize("hasRole('SYSADMIN')")
class AdminController {

    record NewServiceAccount(String id, String name, String department, List<String> roles) {}

    record NewToken(Set<String> scopes, Instant expiresAt) {}

    record Assignment(String department, List<String> roles) {}

    record NewDepartment(String id, String name) {}

    private final UserAdministration users;
    private final ServiceAccounts serviceAccounts;
    private final ApiTokens tokens;
    private final Passwords passwords;

    AdminController(UserAdministration users, ServiceAccounts serviceAccounts, ApiTokens tokens, Passwords passwords) {
        this.users = users;
        this.serviceAccounts = serviceAccounts;
        this.tokens = tokens;
        this.passwords = passwords;
    }

    @GetMapping("/users")
    List<UserAdministration.UserRow> users() {
        return users.users(CurrentUser.get());
    }

    /** 201 with the one-time password, which appears only in this answer. */
    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserAdministration.Created createUser(@RequestBody UserAdministration.NewUser user) {
        return users.create(CurrentUser.get(), user);
    }

    @PutMapping("/users/{id}/assignment")
    UserAdministration.UserRow assign(@PathVariable String id, @RequestBody Assignment assignment) {
        return users.assign(CurrentUser.get(), id, assignment.department(), assignment.roles());
    }

    @PostMapping("/users/{id}/disable")
    UserAdministration.UserRow disable(@PathVariable String id) {
        return users.setDisabled(CurrentUser.get(), id, true);
    }

    @PostMapping("/users/{id}/enable")
    UserAdministration.UserRow enable(@PathVariable String id) {
        return users.setDisabled(CurrentUser.get(), id, false);
    }

    @PostMapping("/users/{id}/password-reset")
    Map<String, String> resetPassword(@PathVariable String id) {
        return Map.of("id", id, "temporaryPassword", passwords.reset(CurrentUser.get(), id));
    }

    @PostMapping("/departments")
    @ResponseStatus(HttpStatus.CREATED)
    void createDepartment(@RequestBody NewDepartment department) {
        users.createDepartment(CurrentUser.get(), department.id(), department.name());
    }

    @GetMapping("/service-accounts")
    List<ServiceAccounts.ServiceAccount> serviceAccounts() {
        return serviceAccounts.list();
    }

    @PostMapping("/service-accounts")
    @ResponseStatus(HttpStatus.CREATED)
    ServiceAccounts.ServiceAccount createServiceAccount(@RequestBody NewServiceAccount account) {
        return serviceAccounts.create(CurrentUser.get(), account.id(), account.name(), account.department(),
                account.roles());
    }

    @GetMapping("/service-accounts/{id}/tokens")
    List<ApiTokens.TokenView> tokens(@PathVariable String id) {
        serviceAccounts.find(id);
        return tokens.tokens(id);
    }

    /** 201 {@code {id, token}}: the token appears only in this answer. */
    @PostMapping("/service-accounts/{id}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.IssuedToken issueToken(@PathVariable String id, @RequestBody NewToken token) {
        return tokens.issue(CurrentUser.get(), id, token.scopes(), token.expiresAt());
    }

    @DeleteMapping("/service-accounts/{id}/tokens/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeToken(@PathVariable String id, @PathVariable String tokenId) {
        tokens.revoke(CurrentUser.get(), id, tokenId);
    }
}
