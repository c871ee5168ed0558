package org.zhiban.identity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * 账号开通: creates departments, role groups and users in Camunda's identity tables, idempotently (what exists is
 * left alone). Used by the demo accounts and by the production import command ({@link IdentityImport}).
 */
@Service
public class IdentityProvisioning {

    /** Account and department ids: lower-case letters, digits and {@code ._-}, 2–64 long (Camunda is told so). */
    public static final java.util.regex.Pattern ACCOUNT_ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    static final Map<Role, String> ROLE_NAMES = new EnumMap<>(Map.of(
            Role.OFFICER, "承办人", Role.REVIEWER, "核稿人", Role.LEADER, "领导", Role.DESIGNER, "流程设计",
            Role.AUDITOR, "审计", Role.SYSADMIN, "系统管理员", Role.SECADMIN, "安全管理员", Role.AUDITADMIN, "审计管理员"));

    /** A user to create. {@code lastName} carries the family name (张), {@code firstName} the given name (三). */
    public record Account(String id, String lastName, String firstName, String email, String departmentId,
                          String departmentName, List<Role> roles, String password) {}

    private final IdentityService identityService;
    private final AccountStates states;

    IdentityProvisioning(IdentityService identityService, AccountStates states) {
        this.identityService = identityService;
        this.states = states;
    }

    public void ensureRoleGroups() {
        for (Role role : Role.values()) {
            ensureGroup(role.groupId(), ROLE_NAMES.get(role), Role.GROUP_TYPE);
        }
    }

    public void ensureDepartment(String id, String name) {
        ensureGroup(id, name, Directory.DEPARTMENT_TYPE);
    }

    /**
     * A person's account from an import: its initial password must be changed at the first login.
     * @return true when the user was created, false when it already existed (and was left unchanged)
     */
    public boolean ensureAccount(Account account) {
        return ensureAccount(account, AccountStates.Kind.PERSON, true, null);
    }

    public boolean ensureAccount(Account account, AccountStates.Kind kind, boolean mustChangePassword, String createdBy) {
        if (identityService.createUserQuery().userId(account.id()).count() > 0) {
            return false;
        }
        if (account.departmentId() != null) {
            ensureDepartment(account.departmentId(), account.departmentName());
        }
        User user = identityService.newUser(account.id());
        user.setLastName(account.lastName());
        user.setFirstName(account.firstName());
        user.setEmail(account.email());
        user.setPassword(account.password());
        identityService.saveUser(user);
        if (account.departmentId() != null) {
            identityService.createMembership(account.id(), account.departmentId());
        }
        account.roles().forEach(r -> identityService.createMembership(account.id(), r.groupId()));
        states.created(account.id(), kind, mustChangePassword, createdBy);
        if (kind != AccountStates.Kind.SERVICE) {
            states.rememberPassword(account.id(), account.password());
        }
        return true;
    }

    private void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(id);
        group.setName(name == null || name.isBlank() ? id : name);
        group.setType(type);
        identityService.saveGroup(group);
    }
}
