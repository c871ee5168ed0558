package org.zhiban.identity;

import java.util.List;
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
            new Department("office", "办公室"), new Department("legal", "法制科"),
            new Department("finance", "财务科"));

    static final List<Account> ACCOUNTS = List.of(
            new Account("zhangsan", "张", "三", "office", List.of(Role.OFFICER)),
            new Account("lisi", "李", "四", "office", List.of(Role.REVIEWER)),
            new Account("wangwu", "王", "五", "office", List.of(Role.LEADER)),
            new Account("zhaoliu", "赵", "六", "legal", List.of(Role.OFFICER)),
            new Account("sunqi", "孙", "七", "legal", List.of(Role.REVIEWER)),
            new Account("qianba", "钱", "八", "finance", List.of(Role.REVIEWER)),
            new Account("designer", "流程", "设计员", null, List.of(Role.DESIGNER)),
            new Account("auditor", "审计", "员", null, List.of(Role.AUDITOR)),
            new Account("sysadmin", "系统", "管理员", null, List.of(Role.SYSADMIN)),
            new Account("secadmin", "安全", "管理员", null, List.of(Role.SECADMIN)),
            new Account("auditadmin", "审计", "管理员", null, List.of(Role.AUDITADMIN)));

    private final IdentityProvisioning provisioning;
    private final AccountStates states;

    DemoAccounts(IdentityProvisioning provisioning, AccountStates states) {
        this.provisioning = provisioning;
        this.states = states;
    }

    @Override
    public void run(ApplicationArguments args) {
        provisioning.ensureRoleGroups();
        DEPARTMENTS.forEach(d -> provisioning.ensureDepartment(d.id(), d.name()));
        ACCOUNTS.forEach(a -> provisioning.ensureAccount(new IdentityProvisioning.Account(a.id(), a.lastName(),
                a.firstName(), a.id() + "@demo.zhiban.local", a.department(), null, a.roles(), PASSWORD),
                AccountStates.Kind.DEMO, false, null));
        // a data directory from before account states were kept: its demo accounts are still demo accounts
        ACCOUNTS.stream().filter(a -> states.find(a.id()).isEmpty())
                .forEach(a -> states.created(a.id(), AccountStates.Kind.DEMO, false, null));
        log.info("演示账号 / demo accounts (password {}): {}", PASSWORD,
                ACCOUNTS.stream().map(a -> a.id() + "(" + a.roles().get(0).groupId()
                        + (a.department() == null ? "" : "," + a.department()) + ")").toList());
    }
}
