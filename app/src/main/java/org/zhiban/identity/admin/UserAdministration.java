package org.zhiban.identity.admin;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.zhiban.shared.AdminOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiban.identity.AccountStates;
import org.zhiban.identity.Directory;
import org.zhiban.identity.IdentityProvisioning;
import org.zhiban.identity.Administrators;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.identity.password.Passwords;
import org.zhiban.identity.token.ApiTokens;
import org.zhiban.shared.Refusal;

/**
 * 用户管理 (系统管理员): accounts, their department and roles, disabling and enabling, password resets, and
 * departments. Every act is a record in the administrative log. No administrator acts on their own account —
 * a system administrator cannot make themself an auditor — and nothing here reads case content.
 */
@Service
public class UserAdministration {

    public record UserRow(String id, String name, String department, String departmentName, Set<Role> roles,
                          AccountStates.Kind kind, boolean disabled, boolean mustChangePassword) {}

    public record NewUser(String id, String familyName, String givenName, String email, String department,
                          List<String> roles) {}

    public record Created(String id, String temporaryPassword) {}

    private final IdentityService identityService;
    private final IdentityProvisioning provisioning;
    private final Directory directory;
    private final AccountStates states;
    private final Passwords passwords;
    private final ApiTokens tokens;
    private final AdminOperations adminLog;

    UserAdministration(IdentityService identityService, IdentityProvisioning provisioning, Directory directory,
                       AccountStates states, Passwords passwords, ApiTokens tokens, AdminOperations adminLog) {
        this.identityService = identityService;
        this.provisioning = provisioning;
        this.directory = directory;
        this.states = states;
        this.passwords = passwords;
        this.tokens = tokens;
        this.adminLog = adminLog;
    }

    public List<UserRow> users(ZhibanUser admin) {
        Administrators.require(admin, Role.SYSADMIN);
        return identityService.createUserQuery().orderByUserId().asc().listPage(0, 2000).stream()
                .map(u -> row(u.getId())).toList();
    }

    /** A person's account with a one-time password (to hand over out of band), to be changed at the first login. */
    @Transactional
    public Created create(ZhibanUser admin, NewUser user) {
        Administrators.require(admin, Role.SYSADMIN);
        if (user.id() == null || !IdentityProvisioning.ACCOUNT_ID.matcher(user.id()).matches()) {
            throw Refusal.invalid("admin.user.id", "账号只能由小写字母、数字和 ._- 组成，2–64 位 / bad id");
        }
        if (identityService.createUserQuery().userId(user.id()).count() > 0) {
            throw Refusal.conflict("admin.user.exists", "账号已存在 / account exists: " + user.id(), user.id());
        }
        if (user.familyName() == null || user.familyName().isBlank()) {
            throw Refusal.invalid("admin.user.name", "请填写姓名 / a name is required");
        }
        String department = department(user.department());
        List<Role> roles = List.copyOf(Role.ofGroupIds(user.roles()));
        String temporary = java.util.UUID.randomUUID().toString();
        provisioning.ensureAccount(new IdentityProvisioning.Account(user.id(), user.familyName().strip(),
                user.givenName() == null ? "" : user.givenName().strip(), user.email(), department,
                directory.departmentName(department).orElse(null), roles, temporary), AccountStates.Kind.PERSON, true,
                admin.id());
        log(admin, "user.create", user.id(), "创建账号 " + user.id() + "（" + (department == null ? "无科室" : department)
                + "，角色 " + roles + "）");
        // the real first password comes from the reset, which follows the policy and is logged
        return new Created(user.id(), passwords.reset(admin, user.id()));
    }

    /** 分配科室与角色. */
    @Transactional
    public UserRow assign(ZhibanUser admin, String userId, String departmentId, List<String> roleIds) {
        Administrators.requireOnOther(admin, Role.SYSADMIN, userId);
        ZhibanUser before = directory.find(userId).orElseThrow(() -> notFound(userId));
        String department = department(departmentId);
        Set<Role> roles = Role.ofGroupIds(roleIds);
        if (states.of(userId).kind() == AccountStates.Kind.SERVICE && roles.stream().anyMatch(Role.ADMINISTRATORS::contains)) {
            throw Refusal.invalid("serviceAccount.adminRole", "服务账号不能担任三员角色 / no administrator role for a service account");
        }
        for (Group g : identityService.createGroupQuery().groupMember(userId).list()) {
            identityService.deleteMembership(userId, g.getId());
        }
        if (department != null) {
            identityService.createMembership(userId, department);
        }
        roles.forEach(r -> identityService.createMembership(userId, r.groupId()));
        tokens.forget(userId);
        log(admin, "user.assign", userId, "调整 " + userId + "：科室 " + before.departmentId() + " → " + department
                + "，角色 " + before.roles() + " → " + roles);
        return row(userId);
    }

    @Transactional
    public UserRow setDisabled(ZhibanUser admin, String userId, boolean disabled) {
        Administrators.requireOnOther(admin, Role.SYSADMIN, userId);
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            throw notFound(userId);
        }
        states.setDisabled(userId, disabled);
        tokens.forget(userId);
        log(admin, disabled ? "user.disable" : "user.enable", userId, (disabled ? "停用账号 " : "启用账号 ") + userId);
        return row(userId);
    }

    @Transactional
    public void createDepartment(ZhibanUser admin, String id, String name) {
        Administrators.require(admin, Role.SYSADMIN);
        if (id == null || !IdentityProvisioning.ACCOUNT_ID.matcher(id).matches() || name == null || name.isBlank()) {
            throw Refusal.invalid("admin.department.invalid", "科室编号只能由小写字母、数字和 ._- 组成，名称必填 / bad department");
        }
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            throw Refusal.conflict("admin.department.exists", "编号已被占用 / id taken: " + id, id);
        }
        provisioning.ensureDepartment(id, name.strip());
        log(admin, "department.create", id, "新建科室 " + name.strip() + "（" + id + "）");
    }

    UserRow row(String userId) {
        ZhibanUser user = directory.find(userId).orElseThrow(() -> notFound(userId));
        AccountStates.AccountState state = states.of(userId);
        return new UserRow(user.id(), user.displayName(), user.departmentId(), user.departmentName(), user.roles(),
                state.kind(), state.disabled(), state.mustChangePassword());
    }

    private String department(String departmentId) {
        if (departmentId == null || departmentId.isBlank()) {
            return null;
        }
        if (!directory.isDepartment(departmentId)) {
            throw Refusal.invalid("admin.department.unknown", "科室不存在 / no such department: " + departmentId, departmentId);
        }
        return departmentId;
    }

    private static Refusal notFound(String userId) {
        return Refusal.notFound("admin.user.notFound", "用户不存在 / no such user: " + userId, userId);
    }

    private void log(ZhibanUser admin, String operation, String target, String detail) {
        adminLog.record(admin.id(), Role.SYSADMIN.groupId(), operation, target, detail);
    }
}
