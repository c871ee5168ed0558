package org.zhiban.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 演示账号: creates the departments, roles and demo users (password {@value #PASSWORD}) on start.
 * Only when {@code zhiban.demo.enabled=true}, which only the default profile sets.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "zhiban.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo123";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record Department(String id, String name) {}

    record Account(String id, String lastName, String firstName, String department, List<Role> roles) {}

    static final List<Department> DEPARTMENTS = List.of(
            new Department("office", "办公室"), new Department("legal", "法制科"));

    static final List<Account> ACCOUNTS = List.of(
            new Account("zhangsan", "张", "三", "office", List.of(Role.OFFICER)),
            new Account("lisi", "李", "四", "office", List.of(Role.REVIEWER)),
            new Account("wangwu", "王", "五", "office", List.of(Role.LEADER)),
            new Account("zhaoliu", "赵", "六", "legal", List.of(Role.OFFICER)),
            new Account("sunqi", "孙", "七", "legal", List.of(Role.REVIEWER)),
            new Account("designer", "流程", "设计员", null, List.of(Role.DESIGNER)),
            new Account("auditor", "审计", "员", null, List.of(Role.AUDITOR)),
            new Account("sysadmin", "系统", "管理员", null, List.of(Role.SYSADMIN)),
            new Account("secadmin", "安全", "管理员", null, List.of(Role.SECADMIN)),
            new Account("auditadmin", "审计", "管理员", null, List.of(Role.AUDITADMIN)));

    private static final java.util.Map<Role, String> ROLE_NAMES = java.util.Map.of(
            Role.OFFICER, "承办人", Role.REVIEWER, "核稿人", Role.LEADER, "领导", Role.DESIGNER, "流程设计",
            Role.AUDITOR, "审计", Role.SYSADMIN, "系统管理员", Role.SECADMIN, "安全管理员", Role.AUDITADMIN, "审计管理员");

    private final IdentityService identityService;

    DemoAccounts(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
        DEPARTMENTS.forEach(d -> ensureGroup(d.id(), d.name(), Directory.DEPARTMENT_TYPE));
        for (Role role : Role.values()) {
            ensureGroup(role.groupId(), ROLE_NAMES.get(role), Role.GROUP_TYPE);
        }
        ACCOUNTS.forEach(this::ensureAccount);
        log.info("演示账号 / demo accounts (password {}): {}", PASSWORD,
                ACCOUNTS.stream().map(a -> a.id() + "(" + a.roles().get(0).groupId()
                        + (a.department() == null ? "" : "," + a.department()) + ")").toList());
    }

    private void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }

    private void ensureAccount(Account account) {
        if (identityService.createUserQuery().userId(account.id()).count() > 0) {
            return;
        }
        User user = identityService.newUser(account.id());
        user.setLastName(account.lastName());
        user.setFirstName(account.firstName());
        user.setEmail(account.id() + "@demo.zhiban.local");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        if (account.department() != null) {
            identityService.createMembership(account.id(), account.department());
        }
        account.roles().forEach(r -> identityService.createMembership(account.id(), r.groupId()));
    }
}
