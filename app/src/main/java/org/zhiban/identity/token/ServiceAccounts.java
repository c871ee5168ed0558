package org.zhiban.identity.token;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.zhiban.shared.AdminOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiban.identity.AccountStates;
import org.zhiban.identity.Directory;
import org.zhiban.identity.IdentityProvisioning;
import org.zhiban.identity.Administrators;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.Refusal;

/**
 * 服务账号: an OA system or a script, with a department and case roles like a person, that signs in with API tokens
 * only. Its password is random and told to no one, and a password login is refused anyway. It never holds one of
 * the three administrator roles.
 */
@Service
public class ServiceAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    public record ServiceAccount(String id, String name, String department, Set<Role> roles, boolean disabled) {}

    private final IdentityService identityService;
    private final IdentityProvisioning provisioning;
    private final Directory directory;
    private final AccountStates states;
    private final AdminOperations adminLog;

    ServiceAccounts(IdentityService identityService, IdentityProvisioning provisioning, Directory directory,
                    AccountStates states, AdminOperations adminLog) {
        this.identityService = identityService;
        this.provisioning = provisioning;
        this.directory = directory;
        this.states = states;
        this.adminLog = adminLog;
    }

    @Transactional
    public ServiceAccount create(ZhibanUser admin, String id, String name, String department, List<String> roles) {
        Administrators.require(admin, Role.SYSADMIN);
        if (id == null || !IdentityProvisioning.ACCOUNT_ID.matcher(id).matches()) {
            throw Refusal.invalid("serviceAccount.id", "账号只能由小写字母、数字和 ._- 组成，2–64 位 / bad id");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw Refusal.invalid("serviceAccount.name", "请填写名称（不超过 100 字）/ a name is required");
        }
        if (identityService.createUserQuery().userId(id).count() > 0) {
            throw Refusal.conflict("serviceAccount.exists", "账号已存在 / account exists: " + id, id);
        }
        if (department != null && !department.isBlank() && !directory.isDepartment(department)) {
            throw Refusal.invalid("admin.department.unknown", "科室不存在 / no such department: " + department, department);
        }
        Set<Role> granted = Role.ofGroupIds(roles);
        if (granted.stream().anyMatch(Role.ADMINISTRATORS::contains)) {
            throw Refusal.invalid("serviceAccount.adminRole", "服务账号不能担任三员角色 / no administrator role for a service account");
        }
        byte[] unusable = new byte[32];
        RANDOM.nextBytes(unusable);
        String deptId = department == null || department.isBlank() ? null : department;
        provisioning.ensureAccount(new IdentityProvisioning.Account(id, name.strip(), "", null, deptId,
                directory.departmentName(deptId).orElse(null), List.copyOf(granted),
                Base64.getEncoder().encodeToString(unusable)), AccountStates.Kind.SERVICE, false, admin.id());
        adminLog.record(admin.id(), Role.SYSADMIN.groupId(), "serviceAccount.create", id,
                "创建服务账号 " + id + "（" + (deptId == null ? "无科室" : deptId) + "，角色 " + granted + "）");
        return find(id);
    }

    public List<ServiceAccount> list() {
        return states.ofKind(AccountStates.Kind.SERVICE).stream().map(this::find).toList();
    }

    public ServiceAccount find(String id) {
        AccountStates.AccountState state = states.of(id);
        ZhibanUser user = directory.find(id).filter(u -> state.kind() == AccountStates.Kind.SERVICE)
                .orElseThrow(() -> Refusal.notFound("serviceAccount.notFound", "服务账号不存在 / no such service account: " + id, id));
        return new ServiceAccount(user.id(), user.displayName(), user.departmentId(), user.roles(), state.disabled());
    }

    void requireServiceAccount(String id) {
        find(id);
    }

}
